package io.github.indiko.scoring.report;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes a report set in the layout of cli.md: {@code DIR/index.html} and {@code
 * DIR/structures/ID/{raw,analysis,organisation}.{json,csv,html}}, each structure receiving only the
 * levels its enrolment allows.
 */
public final class ReportFiles {
  /** The overview's file name. */
  public static final String INDEX = "index.html";

  /** The folder of the per-structure reports. */
  public static final String STRUCTURES = "structures";

  private ReportFiles() {}

  /**
   * @param reports the reports
   * @param definitions the edition's definitions, for labels
   * @param folder the output folder, created if needed; files already there are replaced
   * @param highest the highest level to write; a structure gets min(its level, highest)
   * @param formats the formats to write per structure; {@code index.html} is always written
   * @param options language and scale of the HTML pages
   * @return the files written, index first, then per structure in id order
   * @throws java.io.UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(
      ReportSet reports,
      EditionDefinitions definitions,
      Path folder,
      Level highest,
      Set<ReportFormat> formats,
      HtmlOptions options) {
    throw new UnsupportedOperationException("being written: issue 4");
  }
}
