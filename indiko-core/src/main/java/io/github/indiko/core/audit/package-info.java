/** Mystery audit records and their observations. */
@NullMarked
package io.github.indiko.core.audit;

import org.jspecify.annotations.NullMarked;
