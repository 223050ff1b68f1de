/**
 * Benchmarks of Indiko (docs/performance.md): JMH benchmarks of the codec, the conditions, the
 * validation of lines, the tally and the whole engine ({@code *Benchmark}), and the whole-program
 * comparison of the engine with a bare JSON token scan and with DuckDB ({@link
 * io.github.indiko.benchmarks.Comparison}, {@link io.github.indiko.benchmarks.ScoreOnce}), and the
 * engine's runs for a profiler ({@link io.github.indiko.benchmarks.ProfileRuns}). Not published.
 */
@NullMarked
package io.github.indiko.benchmarks;

import org.jspecify.annotations.NullMarked;
