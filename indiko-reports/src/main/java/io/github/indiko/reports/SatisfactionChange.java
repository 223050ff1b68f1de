package io.github.indiko.reports;

import org.jspecify.annotations.Nullable;

/**
 * The change of the satisfaction since the previous edition, with a two-sided two-proportion z-test
 * (pooled) at level 1 − c (scoring.md §8.2). The favourable counts are value · n / 100, rounded.
 *
 * @param current this edition's satisfaction
 * @param n this edition's pooled answers
 * @param previous the previous edition's satisfaction
 * @param previousN the previous edition's pooled answers
 * @param change current − previous
 * @param z the test statistic, or null when the pooled proportion is 0 or 1 (no variance)
 * @param significant whether |z| exceeds Φ⁻¹(1 − (1 − c)/2); false when z is null
 */
public record SatisfactionChange(
    double current,
    long n,
    double previous,
    long previousN,
    double change,
    @Nullable Double z,
    boolean significant) {}
