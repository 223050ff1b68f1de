/** Interchange format v1: reading and writing every kind of document, strictly. */
@NullMarked
package io.github.indiko.core.json;

import org.jspecify.annotations.NullMarked;
