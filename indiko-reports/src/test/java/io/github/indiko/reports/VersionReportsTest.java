package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw results of an edition that names two versions of its questionnaire (analysis.md §A4): the
 * tiny edition's version 1 ({@code q}, {@code overall}) and 2 ({@code overall}, {@code signage}),
 * three responses to version 1 and two to version 2.
 */
class VersionReportsTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HtmlOptions ENGLISH = new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED);
  private static final HtmlOptions FRENCH = new HtmlOptions(Locale.FRENCH, ScoreScale.HUNDRED);

  @TempDir Path dir;

  private ScoredEdition scored(TinyEdition tiny, boolean versioned) {
    EditionDefinitions definitions = tiny.write(dir);
    Tally tally = ENGINE.tally(definitions);
    if (versioned) {
      tally.add(tiny.response(1, "s-a", Channel.PHONE, Map.of("q", 5, "overall", 4)));
      tally.add(tiny.response(1, "s-a", Channel.PHONE, Map.of("q", 2)));
      tally.add(tiny.response(1, "s-a", Channel.PHONE, Map.of("overall", 3)));
      tally.add(tiny.response(2, "s-a", Channel.PHONE, Map.of("overall", 5, "signage", 4)));
      tally.add(tiny.response(2, "s-a", Channel.PHONE, Map.of("overall", 1)));
    } else {
      tally.add(tiny.response("s-a", Channel.PHONE, 5, 4));
    }
    return ENGINE.scored(tally);
  }

  private RawReport raw(boolean versioned) {
    TinyEdition tiny = new TinyEdition().structure("s-a", 20000L, null, true);
    return Reports.of(scored(versioned ? tiny.versioned() : tiny, versioned), null)
        .structures()
        .get(0)
        .raw();
  }

  @Test
  void raw_versioned_countsResponsesPerVersionAndListsTheVersionsAskingEachQuestion() {
    RawReport raw = raw(true);

    assertThat(raw.versions()).containsExactly(Map.entry(1, 3L), Map.entry(2, 2L));
    assertThat(raw.questions())
        .extracting(q -> q.id().value() + " " + q.versions() + " " + q.answered() + "/" + q.na())
        .containsExactly("overall [1, 2] 4/1", "signage [2] 1/1", "q [1] 2/1");
  }

  @Test
  void rawJson_versioned_mirrorsTheRecordAndIsValidAgainstTheSchema() {
    RawReport raw = raw(true);
    String json = ReportJsonTest.text(raw, ReportJson::write);

    JsonNode tree = JSON.readTree(json);
    JsonMirror.assertReport(tree, ReportJson.RAW, raw);
    assertThat(tree.propertyNames()).containsSubsequence("responses", "versions", "audits");
    assertThat(tree.get("versions").toString()).isEqualTo("{\"1\":3,\"2\":2}");
    assertThat(tree.get("questions").get(2).get("versions").toString()).isEqualTo("[1]");
    assertThat(tree.get("questions").get(0).propertyNames())
        .containsSubsequence("scored", "versions", "answered");
    assertThat(ReportJsonTest.errors("raw", json)).isEmpty();
  }

  @Test
  void rawReports_oneVersion_haveNoVersionAnywhere() {
    RawReport raw = raw(false);

    assertThat(raw.versions()).isEmpty();
    assertThat(raw.questions()).allSatisfy(q -> assertThat(q.versions()).isEmpty());
    assertThat(ReportJsonTest.text(raw, ReportJson::write)).doesNotContain("versions");
    assertThat(ReportJsonTest.text(raw, ReportCsv::write)).doesNotContain("version");
  }

  @Test
  void rawCsv_versioned_aRowPerVersionAndPerVersionAskingAQuestion() {
    String csv = ReportJsonTest.text(raw(true), ReportCsv::write);

    assertThat(csv)
        .contains("version,1,,responses,3\r\nversion,2,,responses,2\r\n")
        .contains("question,overall,,version,1\r\nquestion,overall,,version,2\r\n")
        .contains("question,q,,version,1\r\n");
  }

  @Test
  void rawHtml_versioned_aTableOfVersionsAndTheVersionsOfEachQuestion() {
    TinyEdition tiny = new TinyEdition().structure("s-a", 20000L, null, true).versioned();
    ScoredEdition scored = scored(tiny, true);
    RawReport raw = Reports.of(scored, null).structures().get(0).raw();

    String english = html(raw, scored, ENGLISH);
    String french = html(raw, scored, FRENCH);

    assertThat(english)
        .contains("Accepted survey responses by version of the questionnaire")
        .contains("Asked in versions")
        .contains("1, 2");
    assertThat(french)
        .contains("Réponses acceptées par version du questionnaire")
        .contains("Posée dans les versions");
  }

  private static String html(RawReport raw, ScoredEdition scored, HtmlOptions options) {
    return ReportJsonTest.text(
        raw, (report, out) -> ReportHtml.write(report, scored.definitions(), options, out));
  }
}
