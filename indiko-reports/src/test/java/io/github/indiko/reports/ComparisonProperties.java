package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComparisonProperties {
  @Test
  void of_differencesToTargetAndPrevious() {
    qt().forAll(scores(), doubles().between(0, 100), scores())
        .checkAssert(
            (value, target, previous) -> {
              Comparison comparison =
                  Comparison.of(value.orElse(null), target, previous.orElse(null));

              assertThat(comparison.value()).isEqualTo(value.orElse(null));
              assertThat(comparison.previous()).isEqualTo(previous.orElse(null));
              assertThat(Optional.ofNullable(comparison.toTarget()))
                  .isEqualTo(value.map(v -> v - target));
              assertThat(Optional.ofNullable(comparison.change()))
                  .isEqualTo(value.flatMap(v -> previous.map(p -> v - p)));
            });
  }

  @Test
  void of_changeIsTheDifferenceOfDistancesToTarget() {
    qt().forAll(doubles().between(0, 100), doubles().between(0, 100), doubles().between(0, 100))
        .checkAssert(
            (value, target, previous) -> {
              Comparison now = Comparison.of(value, target, previous);
              Comparison then = Comparison.of(previous, target, null);

              assertThat(now.change()).isCloseTo(now.toTarget() - then.toTarget(), offset(1e-12));
            });
  }

  /** A score, or empty one time in five. */
  private static Gen<Optional<Double>> scores() {
    return doubles().between(0, 100).toOptionals(20);
  }
}
