package io.github.indiko.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.testkit.laws.StrategyLaws;
import io.github.indiko.testkit.property.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickTheoriesGenProperties {
  @Test
  void of_scoreLists_withinBounds() {
    qt().forAll(QuickTheoriesGen.of(StrategyLaws.scoreLists(1, 10)))
        .checkAssert(
            scores ->
                assertThat(scores)
                    .hasSizeBetween(1, 10)
                    .allSatisfy(score -> assertThat(score.value()).isBetween(0.0, 100.0)));
  }

  @Test
  void of_failure_shrunkByQuickTheories() {
    Gen<List<Integer>> lists = Gen.lists(Gen.ints(0, 1_000), 0, 30);

    AssertionError failure =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(7)
                    .forAll(QuickTheoriesGen.of(lists))
                    .check(list -> list.stream().allMatch(v -> v < 500)));

    assertThat(failure.getMessage())
        .containsPattern("Smallest found falsifying value\\(s\\) :-\\R\\[500\\]\\R");
  }
}
