package io.github.indiko.examples.portal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.scoring.report.ReportSet;
import io.github.indiko.scoring.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

  LiveResults(
      ScoringEngine engine, EditionDefinitions definitions, Path editionFolder, ResponseStore store) {
    this.engine = engine;
    this.definitions = definitions;
    this.validator = DataValidator.of(definitions);
    this.editionFolder = editionFolder;
    this.store = store;
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
          result -> {
            if (result instanceof LineResult.Accepted<Response> accepted) {
              tally.add(accepted.record());
            } else if (result instanceof LineResult.Rejected<Response> rejected) {
              tally.add(rejected);
            }
          });
    }
    try (InputStream audits = Files.newInputStream(editionFolder.resolve(DataValidator.AUDITS))) {
      validator.validateAudits(
          audits,
          DataValidator.AUDITS,
          result -> {
            if (result instanceof LineResult.Accepted<AuditRecord> accepted) {
              tally.add(accepted.record());
            } else if (result instanceof LineResult.Rejected<AuditRecord> rejected) {
              tally.add(rejected);
            }
          });
    }
    return Reports.of(
        engine.scored(tally), Reports.previous(definitions, editionFolder).orElse(null));
  }
}
