/**
 * The three analysis levels of scoring.md §8 as reports, and their renderers.
 *
 * <p>{@link io.github.indiko.scoring.report.Reports#of} turns a {@link
 * io.github.indiko.scoring.ScoredEdition} (and the previous edition's results, if any) into a
 * {@link io.github.indiko.scoring.report.ReportSet}: the public {@link
 * io.github.indiko.scoring.report.Overview} and, per enrolled structure, the levels its enrolment
 * allows. {@link io.github.indiko.scoring.report.ReportJson}, {@link
 * io.github.indiko.scoring.report.ReportCsv} and {@link io.github.indiko.scoring.report.ReportHtml}
 * render them; {@link io.github.indiko.scoring.report.ReportFiles} writes the whole set in the
 * layout of cli.md. Every type is immutable and thread-safe.
 */
@NullMarked
package io.github.indiko.scoring.report;

import org.jspecify.annotations.NullMarked;
