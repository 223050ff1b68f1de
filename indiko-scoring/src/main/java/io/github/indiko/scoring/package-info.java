/**
 * Scoring an edition: the engine, its streaming tally and the typed results (scoring.md, cli.md).
 * Results are immutable; the same inputs give equal results whatever the order of the lines, the
 * number of threads or how the data was split.
 */
@NullMarked
package io.github.indiko.scoring;

import org.jspecify.annotations.NullMarked;
