/** Survey responses and their typed answers. */
@NullMarked
package io.github.indiko.core.response;

import org.jspecify.annotations.NullMarked;
