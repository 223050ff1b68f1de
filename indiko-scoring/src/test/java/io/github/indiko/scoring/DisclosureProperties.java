package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of {@link Disclosure} (analysis.md §A2, Disclosure), over random breakdowns. */
class DisclosureProperties {
  @Test
  void suppressed_primaryRule_exactlyTheSmallNonEmptyCells() {
    qt().forAll(lists().of(longs().between(0, 40)).ofSizeBetween(0, 12), integers().between(5, 20))
        .checkAssert(
            (counts, threshold) -> {
              boolean[] suppressed = Disclosure.suppressed(counts, threshold);
              for (int i = 0; i < counts.size(); i++) {
                long n = counts.get(i);
                if (n == 0) {
                  assertThat(suppressed[i]).as("an empty cell is not suppressed").isFalse();
                } else if (n < threshold) {
                  assertThat(suppressed[i]).as("a small cell is suppressed").isTrue();
                }
              }
            });
  }

  @Test
  void suppressed_neverExactlyOneWhenAnotherCellIsPublished() {
    qt().forAll(lists().of(longs().between(0, 40)).ofSizeBetween(0, 12), integers().between(5, 20))
        .checkAssert(
            (counts, threshold) -> {
              boolean[] suppressed = Disclosure.suppressed(counts, threshold);
              int withheld = 0;
              int large = 0;
              for (int i = 0; i < counts.size(); i++) {
                withheld += suppressed[i] ? 1 : 0;
                large += counts.get(i) >= threshold ? 1 : 0;
              }
              if (large > 0) {
                // With a published total, one withheld cell would be recovered by subtraction.
                assertThat(withheld).isNotEqualTo(1);
              }
              // The secondary rule withholds at most one large cell, and only after one small cell.
              long small = counts.stream().filter(n -> n >= 1 && n < threshold).count();
              assertThat(withheld).isEqualTo(small == 1 && large > 0 ? 2 : (int) small);
            });
  }

  @Test
  void suppressed_secondaryCell_isTheSmallestPublishedEarliestOnTies() {
    assertThat(Disclosure.suppressed(List.of(12L, 4L, 11L, 11L, 0L, 30L), 10))
        .containsExactly(false, true, true, false, false, false);
    assertThat(Disclosure.suppressed(List.of(12L, 4L, 11L, 11L, 0L, 30L), 13))
        .containsExactly(true, true, true, true, false, false);
    assertThat(Disclosure.suppressed(List.of(9L, 10L, 10L), 10)).containsExactly(true, true, false);
    assertThat(Disclosure.suppressed(List.of(3L, 4L, 50L), 10)).containsExactly(true, true, false);
    assertThat(Disclosure.suppressed(List.of(3L, 0L), 10)).containsExactly(true, false);
  }

  @Test
  void suppressed_badArguments_refused() {
    assertThatThrownBy(() -> Disclosure.suppressed(List.of(1L), 0))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Disclosure.suppressed(List.of(-1L), 10))
        .hasMessageContaining("negative");
  }
}
