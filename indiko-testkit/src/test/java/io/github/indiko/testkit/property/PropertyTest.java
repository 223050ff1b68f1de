package io.github.indiko.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {
  private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(0, 1_000), 0, 30);

  @Test
  void check_holds_noFailure() {
    assertThatCode(
            () ->
                Property.check(
                    "sizes",
                    LISTS,
                    list -> assertThat(list).hasSizeLessThanOrEqualTo(30),
                    Settings.defaults()))
        .doesNotThrowAnyException();
  }

  @Test
  void check_fails_shrinksToTheSmallestElement() {
    PropertyViolation violation =
        catchThrowableOfType(
            PropertyViolation.class,
            () ->
                Property.check(
                    "all below 500",
                    LISTS,
                    list -> list.forEach(v -> assertThat(v).isLessThan(500)),
                    Settings.defaults()));

    assertThat(violation.property()).isEqualTo("all below 500");
    assertThat(violation.counterexample()).isEqualTo(List.of(500));
    assertThat(violation.getMessage())
        .startsWith("all below 500 failed (seed " + Settings.DEFAULT_SEED + ", example ")
        .contains("counterexample [500]");
  }

  @Test
  void check_fails_shrinksListsAcrossFlatMap() {
    Gen<List<Integer>> sized = Gen.ints(0, 20).flatMap(n -> Gen.lists(Gen.ints(0, 9), n, n));

    PropertyViolation violation =
        catchThrowableOfType(
            PropertyViolation.class,
            () ->
                Property.check(
                    "fewer than three",
                    sized,
                    list -> assertThat(list).hasSizeLessThan(3),
                    Settings.defaults()));

    assertThat(violation.counterexample()).isEqualTo(List.of(0, 0, 0));
  }

  @Test
  void check_exception_isAFailure() {
    PropertyViolation violation =
        catchThrowableOfType(
            PropertyViolation.class,
            () ->
                Property.check(
                    "no division by zero",
                    Gen.ints(0, 100),
                    v -> assertThat(100 / (v - 37)).isNotNull(),
                    Settings.defaults()));

    assertThat(violation.counterexample()).isEqualTo(37);
    assertThat(violation).hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void check_sameSeed_sameViolation() {
    Settings settings = Settings.defaults().withSeed(99).withExamples(50);
    Gen<List<Integer>> gen = Gen.lists(Gen.ints(0, 1_000), 1, 30);

    PropertyViolation first = violation(gen, settings);
    PropertyViolation second = violation(gen, settings);

    assertThat(first.seed()).isEqualTo(99);
    assertThat(first.getMessage()).isEqualTo(second.getMessage());
  }

  private static PropertyViolation violation(Gen<List<Integer>> gen, Settings settings) {
    return catchThrowableOfType(
        PropertyViolation.class,
        () ->
            Property.check(
                "sum below 900",
                gen,
                list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThan(900),
                settings));
  }
}
