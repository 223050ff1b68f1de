/** Runnable, tested examples of embedding and extending Indiko. */
@NullMarked
package io.github.indiko.examples;

import org.jspecify.annotations.NullMarked;
