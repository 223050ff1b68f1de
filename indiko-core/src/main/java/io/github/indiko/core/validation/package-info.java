/** Streaming validation of data lines: accepted records, rejects with reasons, reconciled counts. */
@NullMarked
package io.github.indiko.core.validation;

import org.jspecify.annotations.NullMarked;
