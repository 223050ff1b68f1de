/**
 * Scoring an edition: the engine, its streaming tally and the typed results (scoring.md, cli.md).
 * Results are immutable; the same inputs give equal results whatever the order of the lines, the
 * number of threads or how the data was split. {@link io.github.indiko.scoring.ResultsJson} writes
 * and reads {@code results.json} and {@code trophies.json}; nothing here renders a report (the
 * module {@code io.github.indiko.reports} does).
 */
@NullMarked
package io.github.indiko.scoring;

import org.jspecify.annotations.NullMarked;
