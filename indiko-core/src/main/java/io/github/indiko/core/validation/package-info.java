/**
 * Streaming validation of data lines: accepted records, rejects with reasons, reconciled counts.
 * And {@link io.github.indiko.core.validation.IndikoValidation}, the Bean Validation of the
 * definition records a host builds in Java, with the rules and messages of the readers.
 */
@NullMarked
package io.github.indiko.core.validation;

import org.jspecify.annotations.NullMarked;
