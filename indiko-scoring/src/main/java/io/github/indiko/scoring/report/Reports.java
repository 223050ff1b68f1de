package io.github.indiko.scoring.report;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Makes the reports of scoring.md §8 from a scored edition. */
public final class Reports {
  private Reports() {}

  /**
   * @param scored the edition scored in full
   * @param previous the previous edition's results ({@code edition.previous}), or null
   * @return the public overview and, per enrolled structure, the levels its enrolment allows
   */
  public static ReportSet of(ScoredEdition scored, @Nullable Results previous) {
    throw new UnsupportedOperationException("being written: issue 4");
  }

  /**
   * Reads the previous edition's results that {@code edition.previous} names, relative to the
   * edition folder.
   *
   * @param definitions the edition's definitions
   * @param editionFolder the edition folder
   * @return the previous results, or empty when {@code edition.previous} is null
   * @throws InputException when the file is missing, cannot be read or is not valid {@code
   *     indiko.results/1}
   */
  public static Optional<Results> previous(EditionDefinitions definitions, Path editionFolder) {
    throw new UnsupportedOperationException("being written: issue 4");
  }
}
