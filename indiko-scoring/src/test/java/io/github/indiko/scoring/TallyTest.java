package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import java.nio.file.Path;
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
