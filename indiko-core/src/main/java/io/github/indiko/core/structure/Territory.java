package io.github.indiko.core.structure;

import org.jspecify.annotations.Nullable;

/**
 * Where a structure is. Every part is optional.
 *
 * @param region the region code, or null
 * @param department the department code, or null
 * @param insee the INSEE code of the commune, or null
 */
public record Territory(
    @Nullable String region, @Nullable String department, @Nullable String insee) {}
