/** The language of {@code when} conditions: parsing to a typed AST, load-time checks and allocation-free evaluation. */
@NullMarked
package io.github.indiko.core.condition;

import org.jspecify.annotations.NullMarked;
