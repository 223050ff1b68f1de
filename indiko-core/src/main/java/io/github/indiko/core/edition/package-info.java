/** Editions, their settings and lifecycle, channels, themes and sources. */
@NullMarked
package io.github.indiko.core.edition;

import org.jspecify.annotations.NullMarked;
