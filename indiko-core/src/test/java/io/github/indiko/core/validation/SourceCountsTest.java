package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCountsTest {
  @Test
  void new_sortsReasonsByCodeAndDropsZeros() {
    SourceCounts counts =
        new SourceCounts(
            10,
            6,
            4,
            Map.of(
                RejectReason.OUTSIDE_COLLECTION, 1L,
                RejectReason.MALFORMED, 0L,
                RejectReason.INVALID_ANSWER, 3L));

    assertThat(counts.byReason())
        .containsExactly(
            Map.entry(RejectReason.INVALID_ANSWER, 3L),
            Map.entry(RejectReason.OUTSIDE_COLLECTION, 1L));
  }

  @Test
  void new_refusesCountsThatDoNotReconcile() {
    assertThatThrownBy(() -> new SourceCounts(10, 6, 3, Map.of(RejectReason.MALFORMED, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not reconcile");
    assertThatThrownBy(() -> new SourceCounts(10, 6, 4, Map.of(RejectReason.MALFORMED, 3L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reasons count 3");
  }

  @Test
  void plus_addsEveryCount() {
    SourceCounts a = new SourceCounts(3, 2, 1, Map.of(RejectReason.MALFORMED, 1L));
    SourceCounts b =
        new SourceCounts(
            4, 1, 3, Map.of(RejectReason.MALFORMED, 2L, RejectReason.DUPLICATE_ID, 1L));

    assertThat(a.plus(b))
        .isEqualTo(
            new SourceCounts(
                7, 3, 4, Map.of(RejectReason.MALFORMED, 3L, RejectReason.DUPLICATE_ID, 1L)));
    assertThat(a.plus(SourceCounts.empty())).isEqualTo(a);
  }
}
