/**
 * Benchmarks of Indiko (docs/performance.md): JMH benchmarks of the codec, the conditions, the
 * validation of lines, the tally and the whole engine ({@code *Benchmark}), and the whole-program
 * comparison of the engine with a bare JSON token scan and with DuckDB ({@link
 * io.github.indiko.benchmarks.Comparison}, {@link io.github.indiko.benchmarks.ScoreOnce}), the
 * engine's runs for a profiler ({@link io.github.indiko.benchmarks.ProfileRuns}), and the store's
 * submissions per second and scoring from a store ({@link io.github.indiko.benchmarks.StoreAccept},
 * {@link io.github.indiko.benchmarks.StoreScoring}). Not published.
 */
@NullMarked
package io.github.indiko.benchmarks;

import org.jspecify.annotations.NullMarked;
