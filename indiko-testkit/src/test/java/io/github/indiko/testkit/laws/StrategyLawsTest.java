package io.github.indiko.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.scoring.spi.Strategies;
import io.github.indiko.testkit.property.PropertyViolation;
import io.github.indiko.testkit.property.Settings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class StrategyLawsTest {
  @Test
  void of_oneTestPerLaw() {
    assertThat(StrategyLaws.of(Strategies.mean()).map(DynamicTest::getDisplayName))
        .hasSize(14)
        .doesNotHaveDuplicates()
        .contains(
            "merge is associative",
            "merge is commutative",
            "empty is the identity of merge",
            "order independence",
            "split invariance",
            "range",
            "monotonicity",
            "determinism");
  }

  @Test
  void meanOfMeans_associativityBroken_shrunkToThreeScores() {
    PropertyViolation violation =
        Laws.violation(StrategyLaws.of(BrokenStrategies.meanOfMeans()), "merge is associative");

    assertThat(violation.property())
        .isEqualTo("law 'merge is associative' of strategy 'mean-of-means'");
    assertThat(violation.getMessage())
        .startsWith("law 'merge is associative' of strategy 'mean-of-means' failed (seed 20170101")
        .contains("counterexample [[");
    assertThat(violation.counterexample()).asList().hasSize(3);
    assertThat(Laws.doublesIn(violation)).isEqualTo(3);
  }

  @Test
  void meanOfMeans_splitInvarianceBroken() {
    assertThat(Laws.failing(StrategyLaws.of(BrokenStrategies.meanOfMeans())))
        .contains("merge is associative", "split invariance")
        .doesNotContain("merge is commutative", "empty is the identity of merge");
  }

  @Test
  void highestPlusOne_valueOf101_caughtByRange() {
    PropertyViolation violation =
        Laws.violation(StrategyLaws.of(BrokenStrategies.highestPlusOne()), "range");

    assertThat(violation.getMessage())
        .startsWith("law 'range' of strategy 'highest-plus-one' failed")
        .contains("an item value lies in [0, 100]");
    assertThat(violation.counterexample()).asList().hasSize(1);
  }

  @Test
  void unclippedInterval_caughtByRange() {
    PropertyViolation violation =
        Laws.violation(StrategyLaws.of(BrokenStrategies.unclippedInterval()), "range");

    assertThat(violation.getMessage()).contains("leaves [0, 100]");
    assertThat(Laws.doublesIn(violation)).isEqualTo(1);
  }

  @Test
  void lastScore_orderDependence_shrunkToTwoScores() {
    PropertyViolation violation =
        Laws.violation(StrategyLaws.of(BrokenStrategies.lastScore()), "order independence");

    assertThat(violation.getMessage())
        .startsWith("law 'order independence' of strategy 'last-score' failed")
        .contains("reordered");
    assertThat(Laws.doublesIn(violation)).isEqualTo(4);
    assertThat(Laws.failing(StrategyLaws.of(BrokenStrategies.lastScore())))
        .contains("merge is commutative")
        .doesNotContain("merge is associative", "split invariance", "range", "monotonicity");
  }

  @Test
  void of_sameSeed_sameCounterexample() {
    Settings settings = Settings.defaults().withSeed(5);

    String first =
        Laws.violation(
                StrategyLaws.of(BrokenStrategies.lastScore(), settings), "order independence")
            .getMessage();
    String second =
        Laws.violation(
                StrategyLaws.of(BrokenStrategies.lastScore(), settings), "order independence")
            .getMessage();

    assertThat(first).contains("seed 5,").isEqualTo(second);
  }
}
