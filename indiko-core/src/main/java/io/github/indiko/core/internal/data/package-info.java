/**
 * Implementation detail of data validation: splitting a stream into bounded lines and reading a
 * line into a {@link io.github.indiko.core.internal.data.JsonValue} under format v1's limits. Not
 * exported.
 */
@NullMarked
package io.github.indiko.core.internal.data;

import org.jspecify.annotations.NullMarked;
