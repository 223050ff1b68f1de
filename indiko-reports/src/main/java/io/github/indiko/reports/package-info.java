/**
 * The three analysis levels of scoring.md §8 as reports, and their formats.
 *
 * <p>{@link io.github.indiko.reports.Reports#of} turns a {@link
 * io.github.indiko.scoring.ScoredEdition} (and the previous edition's results, if any) into a
 * {@link io.github.indiko.reports.ReportSet}: the public {@link io.github.indiko.reports.Overview}
 * and, per enrolled structure, the levels its enrolment allows. {@link
 * io.github.indiko.reports.ReportJson}, {@link io.github.indiko.reports.ReportCsv} and {@link
 * io.github.indiko.reports.ReportHtml} render them (through the renderers of {@code
 * reports.internal}); {@link io.github.indiko.reports.ReportFolder} writes the whole set in the
 * layout of cli.md. Every type is immutable and thread-safe.
 */
@NullMarked
package io.github.indiko.reports;

import org.jspecify.annotations.NullMarked;
