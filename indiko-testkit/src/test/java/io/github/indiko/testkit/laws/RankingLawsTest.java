package io.github.indiko.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.scoring.spi.RankingInput;
import io.github.indiko.scoring.spi.RankingPolicies;
import io.github.indiko.scoring.spi.RankingPolicy;
import io.github.indiko.testkit.property.PropertyViolation;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RankingLawsTest {
  @TestFactory
  Stream<DynamicTest> composite() {
    return RankingLaws.of(RankingPolicies.composite());
  }

  @TestFactory
  Stream<DynamicTest> lowerBound() {
    return RankingLaws.of(RankingPolicies.lowerBound());
  }

  @Test
  void inputs_coverAbsentAndPresentData() {
    assertThat(RankingLaws.inputs().samples(1).limit(500))
        .anyMatch(input -> input.composite() == null)
        .anyMatch(input -> input.composite() != null)
        .anyMatch(input -> input.respondentIndexInterval() != null)
        .anyMatch(input -> input.respondents() == 1 && input.respondentIndex() != null)
        .allSatisfy(
            input -> {
              if (input.respondentIndexInterval() != null) {
                assertThat(input.respondentIndexInterval().low())
                    .isBetween(0.0, input.respondentIndex());
                assertThat(input.respondentIndexInterval().high())
                    .isBetween(input.respondentIndex(), 100.0);
              }
            });
  }

  @Test
  void ratio_notFiniteKey_caught_shrunkToNaN() {
    RankingPolicy ratio =
        policy(
            "ratio",
            input ->
                input.composite() == null ? null : input.composite() / (input.respondents() - 1));

    PropertyViolation violation = Laws.violation(RankingLaws.of(ratio), "key is finite or absent");

    assertThat(violation.getMessage())
        .startsWith("law 'key is finite or absent' of ranking policy 'ratio' failed")
        .contains("respondents=1", "the key is NaN");
  }

  @Test
  void unboxing_absentComposite_caught() {
    RankingPolicy unboxing = policy("unboxing", input -> input.composite() + 0.0);

    PropertyViolation violation =
        Laws.violation(RankingLaws.of(unboxing), "absent data is handled");

    assertThat(violation).hasCauseInstanceOf(NullPointerException.class);
    assertThat(violation.counterexample()).asString().contains("composite=null");
  }

  private interface Key {
    @Nullable Double key(RankingInput input);
  }

  private static RankingPolicy policy(String name, Key key) {
    return new RankingPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public @Nullable Double key(RankingInput input) {
        return key.key(input);
      }
    };
  }
}
