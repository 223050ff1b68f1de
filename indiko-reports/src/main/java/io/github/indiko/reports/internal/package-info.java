/**
 * The renderers behind {@link io.github.indiko.reports.ReportJson}, {@link
 * io.github.indiko.reports.ReportCsv} and {@link io.github.indiko.reports.ReportHtml}: the JSON
 * writer, the CSV rows and cells, the HTML pages, charts and texts (with their message bundles).
 * Not exported: the formats are the contract, not the code that writes them.
 */
@NullMarked
package io.github.indiko.reports.internal;

import org.jspecify.annotations.NullMarked;
