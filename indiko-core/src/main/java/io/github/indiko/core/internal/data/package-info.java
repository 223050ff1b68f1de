/**
 * Implementation detail of data validation and scoring: reading a stream into blocks of whole,
 * bounded lines ({@link io.github.indiko.core.internal.data.LineBlocks}), working on the blocks in
 * parallel with the results delivered in order ({@link
 * io.github.indiko.core.internal.data.OrderedBlocks}), reading a line into a {@link
 * io.github.indiko.core.internal.data.JsonValue} under format v1's limits, and the {@link
 * io.github.indiko.core.internal.data.ByteStringSet} that remembers accepted ids in bounded heap.
 * Not exported: scoring reads the rows through the public {@link io.github.indiko.core.validation.ResponseRow}.
 */
@NullMarked
package io.github.indiko.core.internal.data;

import org.jspecify.annotations.NullMarked;
