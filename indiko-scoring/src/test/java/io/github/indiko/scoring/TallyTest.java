package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();

  @TempDir Path dir;

  private final TinyEdition edition =
      new TinyEdition().structure("s-in", 20000L, null, true).structure("s-out", 500L, null, false);

  @Test
  void add_responseOfStructureNotEnrolled_refused() {
    Tally tally = ENGINE.tally(edition.write(dir));

    assertThatThrownBy(() -> tally.add(edition.response("s-out", Channel.PHONE, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("structure s-out is not enrolled");
  }

  @Test
  void add_rejectOfAnotherSource_refused() {
    Tally tally = ENGINE.tally(edition.write(dir));

    assertThatThrownBy(
            () -> tally.add(new Reject("other.jsonl", 1, null, RejectReason.MALFORMED, "bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other.jsonl");
  }

  @Test
  void add_notEnrolledReject_listsTheStructureAndCountsIt() {
    Tally tally = ENGINE.tally(edition.write(dir));
    Reject reject =
        new Reject("audits.jsonl", 4, "a-1", RejectReason.NOT_ENROLLED, "structure s-out is not");

    tally.add(new LineResult.Rejected<>(reject, new StructureId("s-out")));
    tally.add(edition.response("s-in", Channel.PHONE, 3, 3));
    Results results = ENGINE.results(tally);

    assertThat(results.structures())
        .extracting(s -> s.id().value())
        .containsExactly("s-in", "s-out");
    assertThat(results.structure("s-out").orElseThrow().enrolled()).isFalse();
    assertThat(results.audits().rejected()).isEqualTo(1);
    assertThat(results.audits().byReason()).isEqualTo(Map.of(RejectReason.NOT_ENROLLED, 1L));
    assertThat(results.responses().accepted()).isEqualTo(1);
    assertThat(results.responses().read()).isEqualTo(1);
  }

  @Test
  void add_rejects_countInTheDetailsOfTheEnrolledStructureTheyName() {
    Tally tally = ENGINE.tally(edition.write(dir));

    tally.add(rejected(RejectReason.INVALID_ANSWER, "s-in"));
    tally.add(rejected(RejectReason.DUPLICATE_ID, "s-in"));
    tally.add(rejected(RejectReason.INVALID_ANSWER, "s-in"));
    tally.add(rejected(RejectReason.NOT_ENROLLED, "s-out"));
    // Named but rejected before the structure was checked, or naming no structure of the edition.
    tally.add(rejected(RejectReason.UNKNOWN_QUESTIONNAIRE, "s-in"));
    tally.add(rejected(RejectReason.UNKNOWN_STRUCTURE, "s-zz"));
    tally.add(rejected(RejectReason.INVALID_ANSWER, "s-zz"));
    tally.add(new LineResult.Rejected<>(reject(RejectReason.MALFORMED)));
    tally.add(edition.response("s-in", Channel.PHONE, 3, 3));
    ScoredEdition scored = ENGINE.scored(tally);

    assertThat(scored.details().keySet()).containsExactly(new StructureId("s-in"));
    assertThat(scored.detail(new StructureId("s-in")).orElseThrow().responses())
        .isEqualTo(
            new SourceCounts(
                4, 1, 3, Map.of(RejectReason.INVALID_ANSWER, 2L, RejectReason.DUPLICATE_ID, 1L)));
    assertThat(scored.results().responses().rejected()).isEqualTo(8);
    assertThat(scored.results().structure("s-out")).isPresent();
  }

  @Test
  void merge_keepsTheDetails() {
    TinyEdition twice = new TinyEdition().structure("s-in", 20000L, null, true);
    Tally one = ENGINE.tally(twice.write(dir));
    Tally two = ENGINE.tally(twice.write(dir));
    one.add(twice.response("s-in", Channel.PHONE, 5, null));
    one.add(twice.audit("s-in", Channel.PHONE, false));
    two.add(twice.response("s-in", Channel.PHONE, 2, 4));
    two.add(rejected(RejectReason.INVALID_ANSWER, "s-in"));

    StructureDetail detail =
        ENGINE.scored(one.merge(two)).detail(new StructureId("s-in")).orElseThrow();

    assertThat(detail.questions().get(0).distribution())
        .containsExactly(Map.entry("2", 1L), Map.entry("5", 1L));
    assertThat(detail.questions().get(1).answered()).isEqualTo(1);
    assertThat(detail.questions().get(1).na()).isEqualTo(1);
    assertThat(detail.criteria().get(1).notMet()).isEqualTo(1);
    assertThat(detail.criteria().get(1).failing()).isEqualTo(1);
    assertThat(detail.responses().rejected()).isEqualTo(1);
    assertThat(detail.importance().get(Theme.COURTESY).n()).isEqualTo(1);
  }

  @Test
  void add_answerNotAPointOfItsScale_refusedLeavingNoScoreToTheNextResponse() {
    TinyEdition tiny = new TinyEdition().structure("s-in", 20000L, null, true);
    Tally clean = ENGINE.tally(tiny.write(dir));
    Tally refused = ENGINE.tally(tiny.write(dir));
    ResponseRow good = clean.plan.validator.row(tiny.response("s-in", Channel.PHONE, 5, 2));
    ResponseRow bad = refused.plan.validator.row(tiny.response("s-in", Channel.PHONE, 1, 3));
    // q (courtesy) is scored 0 before overall, 2.5, fails.
    ResponseRow offScale = new Altered(bad, 1, 2.5, bad.option(1));

    clean.add(good);
    assertThatThrownBy(() -> refused.add(offScale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question overall: 2.5 is not a point of its scale");
    refused.add(good);

    // Scores 100 on courtesy and 25 overall, as if the refused response left nothing behind.
    assertThat(refused.respondentIndex(0).mean()).isEqualTo(100);
    assertThat(refused.respondentIndex(0).mean()).isEqualTo(clean.respondentIndex(0).mean());
    int courtesy = refused.plan.themes.indexOf(Theme.COURTESY);
    int pairs = 0;
    for (int i = 0; i < refused.plan.importanceThemes.length; i++) {
      if (refused.importance(0, i) != null) {
        assertThat(refused.plan.importanceThemes[i]).isEqualTo(courtesy);
        pairs += refused.importance(0, i).count();
      }
    }
    assertThat(pairs).isEqualTo(1);
  }

  @Test
  void add_optionOutsideTheQuestion_refused() throws IOException {
    Tally tally = ENGINE.tally(EditionFolder.load(Samples.edition()));
    DataValidator validator = tally.plan.validator;
    int contactMode =
        Arrays.asList(tally.plan.questionIds).indexOf(new QuestionId("contact_mode"));
    ResponseRow row = null;
    try (InputStream in = Files.newInputStream(Samples.edition().resolve(DataValidator.RESPONSES))) {
      List<ResponseRow> rows = new ArrayList<>();
      validator.validateResponses(
          in,
          DataValidator.RESPONSES,
          result -> {
            if (result instanceof LineResult.Accepted<Response> accepted) {
              rows.add(validator.row(accepted.record()));
            }
          });
      for (ResponseRow candidate : rows) {
        if (candidate.answered(contactMode)) {
          row = candidate;
          break;
        }
      }
    }
    assertThat(row).as("a sample response answers contact_mode").isNotNull();
    ResponseRow unknown = new Altered(row, contactMode, row.number(contactMode), 99);

    assertThatThrownBy(() -> tally.add(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question contact_mode: no answer 99 among its values");
  }

  /** A row whose answer to one question is the number or option given instead of its own. */
  private record Altered(ResponseRow row, int question, double number, int option)
      implements ResponseRow {
    @Override
    public long line() {
      return row.line();
    }

    @Override
    public int structure() {
      return row.structure();
    }

    @Override
    public int channel() {
      return row.channel();
    }

    @Override
    public boolean answered(int q) {
      return row.answered(q);
    }

    @Override
    public double number(int q) {
      return q == question ? number : row.number(q);
    }

    @Override
    public boolean yes(int q) {
      return row.yes(q);
    }

    @Override
    public int option(int q) {
      return q == question ? option : row.option(q);
    }

    @Override
    public long options(int q) {
      return row.options(q);
    }

    @Override
    public String text(int q) {
      return row.text(q);
    }

    @Override
    public LocalDate date(int q) {
      return row.date(q);
    }
  }

  private static LineResult.Rejected<Object> rejected(RejectReason reason, String structure) {
    return new LineResult.Rejected<>(reject(reason), new StructureId(structure));
  }

  private static Reject reject(RejectReason reason) {
    return new Reject("responses.jsonl", 1, "r-1", reason, "refused");
  }

  @Test
  void merge_tallyOfAnotherEdition_refused() {
    Tally tally = ENGINE.tally(edition.write(dir.resolve("one")));
    Tally other =
        ENGINE.tally(
            new TinyEdition()
                .scoring("\"survey\": \"top-box\"")
                .structure("s-in", 20000L, null, true)
                .write(dir.resolve("two")));

    assertThatThrownBy(() -> tally.merge(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void merge_equalDefinitions_merges() {
    Tally one = ENGINE.tally(edition.write(dir.resolve("one")));
    Tally two = ENGINE.tally(edition.write(dir.resolve("two")));
    one.add(edition.response("s-in", Channel.PHONE, 5, 5));
    two.add(edition.response("s-in", Channel.PHONE, 1, 1));

    ItemResult q = ENGINE.results(one.merge(two)).structure("s-in").orElseThrow().items().get("q");

    assertThat(q.n()).isEqualTo(2);
    assertThat(q.mean()).isEqualTo(50.0);
  }
}
