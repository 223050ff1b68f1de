/**
 * Indiko's foundation: exceptions, localized texts, targets and quantities shared by the domain.
 * Records are immutable and thread-safe; nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.indiko.core;

import org.jspecify.annotations.NullMarked;
