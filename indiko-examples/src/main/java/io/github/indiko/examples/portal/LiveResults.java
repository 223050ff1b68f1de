package io.github.indiko.examples.portal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The edition's reports as of now: the sample's data lines followed by the portal's stored
 * responses, validated together (so duplicates across both are refused as {@code indiko} would)
 * and scored by the engine. Thread-safe: each call scores on its own tally.
 */
final class LiveResults {
  private final ScoringEngine engine;
  private final EditionDefinitions definitions;
  private final DataValidator validator;
  private final Path editionFolder;
  private final ResponseStore store;
  private final @Nullable Results previous;

  LiveResults(
      ScoringEngine engine, EditionDefinitions definitions, Path editionFolder, ResponseStore store) {
    this.engine = engine;
    this.definitions = definitions;
    this.validator = DataValidator.of(definitions);
    this.editionFolder = editionFolder;
    this.store = store;
    this.previous = Reports.previous(definitions, editionFolder).orElse(null);
  }

  /**
   * @return the public overview and each enrolled structure's reports
   * @throws IOException when a data file cannot be read
   */
  ReportSet reports() throws IOException {
    Tally tally = engine.tally(definitions);
    byte[] stored = store.snapshot();
    try (InputStream sample = Files.newInputStream(editionFolder.resolve(DataValidator.RESPONSES));
        InputStream lines = new SequenceInputStream(sample, new ByteArrayInputStream(stored))) {
      validator.validateResponses(
          lines,
          DataValidator.RESPONSES,
          into(tally, tally::add));
    }
    try (InputStream audits = Files.newInputStream(editionFolder.resolve(DataValidator.AUDITS))) {
      validator.validateAudits(
          audits,
          DataValidator.AUDITS,
          into(tally, tally::add));
    }
    return Reports.of(engine.scored(tally), previous);
  }

  /** Feeds accepted records to {@code add} and rejected lines to the tally. */
  private static <T> Consumer<LineResult<T>> into(Tally tally, Consumer<T> add) {
    return result -> {
      if (result instanceof LineResult.Accepted<T> accepted) {
        add.accept(accepted.record());
      } else if (result instanceof LineResult.Rejected<T> rejected) {
        tally.add(rejected);
      }
    };
  }
}
