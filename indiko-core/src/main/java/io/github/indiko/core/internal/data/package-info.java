/**
 * Implementation detail of data validation: splitting a stream into bounded lines, reading a line
 * into a {@link io.github.indiko.core.internal.data.JsonValue} under format v1's limits, and the
 * {@link io.github.indiko.core.internal.data.ByteStringSet} that remembers accepted ids in bounded
 * heap. Not exported.
 */
@NullMarked
package io.github.indiko.core.internal.data;

import org.jspecify.annotations.NullMarked;
