package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.StructureDetail;
import io.github.indiko.scoring.StructureResult;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Makes the reports of scoring.md §8 from a scored edition. */
public final class Reports {
  private Reports() {}

  /**
   * @param scored the edition scored in full
   * @param previous the previous edition's results ({@code edition.previous}), or null
   * @return the public overview, per enrolled structure the levels its enrolment allows, and the
   *     auditors' agreement when the edition accepted calibration audits
   * @throws IllegalArgumentException when the results or the details miss an enrolled structure
   */
  public static ReportSet of(ScoredEdition scored, @Nullable Results previous) {
    EditionDefinitions definitions = scored.definitions();
    ScoringSettings settings = definitions.edition().scoring();
    Map<StructureId, Structure> structures = new HashMap<>();
    definitions.structures().forEach(s -> structures.put(s.id(), s));
    Map<StructureId, StructureResult> results = new HashMap<>();
    scored.results().structures().forEach(r -> results.put(r.id(), r));
    AnalysisBuilder analysis = new AnalysisBuilder(settings, scored.results(), previous);

    List<Enrolment> enrolments = new ArrayList<>(definitions.enrolments());
    enrolments.sort(Comparator.comparing(Enrolment::structure));
    List<StructureReports> reports = new ArrayList<>();
    for (Enrolment enrolment : enrolments) {
      StructureId id = enrolment.structure();
      Structure structure = structures.get(id);
      StructureResult result = results.get(id);
      if (structure == null || result == null) {
        throw new IllegalArgumentException("the results miss enrolled structure " + id.value());
      }
      StructureDetail detail =
          scored
              .detail(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the details miss enrolled structure " + id.value()));
      Level level = enrolment.level();
      StructureInfo info =
          new StructureInfo(
              definitions.edition().id(),
              id,
              structure.name(),
              structure.category(),
              level,
              scored.results().asOf());
      reports.add(
          new StructureReports(
              info,
              new RawReport(
                  info,
                  detail.responses(),
                  result.versions(),
                  detail.audits(),
                  detail.questions(),
                  detail.criteria()),
              level.includes(Level.ANALYSIS) ? analysis.report(info, result) : null,
              level.includes(Level.ORGANISATION)
                  ? OrganisationBuilder.report(info, settings, result, detail)
                  : null));
    }
    Overview overview =
        OverviewBuilder.overview(
            definitions,
            scored.results(),
            reports.stream().map(StructureReports::structure).toList(),
            results);
    return new ReportSet(
        overview, reports, AgreementReport.of(scored.results(), definitions).orElse(null));
  }

  /**
   * Reads the previous edition's results that {@code edition.previous} names, relative to the
   * edition folder.
   *
   * @param definitions the edition's definitions
   * @param editionFolder the edition folder
   * @return the previous results, or empty when {@code edition.previous} is null
   * @throws InputException when the file is missing, cannot be read or is not valid {@code
   *     indiko.results/1}; the message names the file
   */
  public static Optional<Results> previous(EditionDefinitions definitions, Path editionFolder) {
    String previous = definitions.edition().previous();
    if (previous == null) {
      return Optional.empty();
    }
    Path file;
    try {
      file = editionFolder.resolve(previous);
    } catch (InvalidPathException e) {
      throw new InputException(
          "previous results " + previous + " is not a path: " + e.getMessage(), e);
    }
    return Optional.of(ResultsJson.read(file));
  }
}
