package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Level;
import io.github.indiko.reports.Action;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.OrganisationReport;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.Reports;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of editions at their edges: no data, one source, no reference item answered. */
class ReportEdgesTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();

  @TempDir Path dir;

  private final TinyEdition edition =
      new TinyEdition()
          .level("organisation")
          .structure("s-a", 1000L, null, true)
          .structure("s-b", 1000L, null, true)
          .structure("s-c", 1000L, null, true);

  @Test
  void write_noResponseNoAudit_everyFileWrittenWithoutNaN() throws IOException {
    Tally tally = ENGINE.tally(edition.write(dir.resolve("edition")));

    List<Path> files = write(ENGINE.scored(tally), null);

    assertThat(files).hasSize(1 + 3 * 3 * 3 + 1 + 3 * 3);
    assertNoNonNumber(files);
  }

  @Test
  void write_auditsOnlyAndResponsesWithoutReference_everyFileWrittenWithoutNaN()
      throws IOException {
    Tally tally = ENGINE.tally(edition.write(dir.resolve("edition")));
    for (int i = 0; i < 12; i++) {
      tally.add(edition.response("s-a", Channel.PHONE, 1 + i % 5, null));
      tally.add(edition.audit("s-b", Channel.PHONE, i % 2 == 0));
    }

    List<Path> files = write(ENGINE.scored(tally), null);

    assertNoNonNumber(files);
  }

  @Test
  void write_previousWithoutSatisfaction_noChange() throws IOException {
    EditionDefinitions definitions = edition.write(dir.resolve("edition"));
    Tally before = ENGINE.tally(definitions);
    Tally now = ENGINE.tally(definitions);
    for (int i = 0; i < 12; i++) {
      now.add(edition.response("s-a", Channel.PHONE, 1 + i % 5, 5));
    }
    ScoredEdition scored = ENGINE.scored(now);

    ReportSet reports = Reports.of(scored, ENGINE.results(before));
    List<Path> files = write(scored, ENGINE.results(before));

    assertThat(reports.structures().get(0).analysis().satisfactionChange()).isNull();
    assertNoNonNumber(files);
  }

  @Test
  void of_questionnaireWithoutOverallNorNps_noImportanceAndOnlyCriteriaInThePlan()
      throws IOException {
    Path folder = dir.resolve("edition");
    edition.write(folder);
    Path questionnaire = folder.resolve("questionnaire.json");
    String overall = "\"theme\": \"overall\"";
    Files.writeString(
        questionnaire,
        Files.readString(questionnaire).replace(overall, "\"theme\": \"courtesy\""));
    Tally tally = ENGINE.tally(EditionFolder.load(folder));
    for (int i = 0; i < 12; i++) {
      tally.add(edition.response("s-a", Channel.PHONE, 1 + i % 5, 1 + i % 5));
      tally.add(edition.audit("s-a", Channel.PHONE, false));
    }
    ScoredEdition scored = ENGINE.scored(tally);

    OrganisationReport organisation =
        Reports.of(scored, null).structures().get(0).organisation();
    List<Path> files = write(scored, null);

    assertThat(organisation.meanImportance()).isNull();
    assertThat(organisation.themes())
        .allSatisfy(
            theme -> {
              assertThat(theme.importance()).isNull();
              assertThat(theme.quadrant()).isNull();
            });
    assertThat(organisation.actionPlan())
        .extracting(Action::id, Action::priority)
        .containsExactly(tuple("call", 100.0));
    assertNoNonNumber(files);
  }

  /** Writes every report in French out of 100, then the HTML pages in English out of 10. */
  private List<Path> write(ScoredEdition scored, @Nullable Results previous) {
    ReportSet reports = Reports.of(scored, previous);
    List<Path> files = new ArrayList<>();
    files.addAll(
        ReportFolder.write(
            reports,
            scored.definitions(),
            dir.resolve("reports"),
            Level.ORGANISATION,
            EnumSet.allOf(ReportFormat.class),
            new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED)));
    files.addAll(
        ReportFolder.write(
            reports,
            scored.definitions(),
            dir.resolve("reports-en"),
            Level.ORGANISATION,
            EnumSet.of(ReportFormat.HTML),
            new HtmlOptions(Locale.ENGLISH, ScoreScale.TEN)));
    return files;
  }

  private static void assertNoNonNumber(List<Path> files) throws IOException {
    for (Path file : files) {
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("NaN", "Infinity");
    }
  }
}
