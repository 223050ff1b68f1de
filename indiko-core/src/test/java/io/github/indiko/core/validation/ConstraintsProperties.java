package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The laws of the class-level and cross-field constraints: a record is valid exactly when the rule
 * of formats.md holds, and a host's own validator finds the same violations at the same paths.
 */
class ConstraintsProperties {
  private static final Validator HOST = Validation.buildDefaultValidatorFactory().getValidator();
  private static final LocalizedText LABEL = LocalizedText.of("fr", "x");

  /** Weights that lie around the bounds of both rules; an index past the end means absent. */
  private static final List<Double> WEIGHTS = List.of(-1.0, -0.0, 0.0, 0.25, 1.0, 1000.0, 1000.5);

  /**
   * @return whether Indiko's validator finds no violation, after checking that the host's finds
   *     violations at the same paths
   */
  private static boolean valid(Object record) {
    Set<String> indiko = paths(IndikoValidation.validator().validate(record));
    assertThat(paths(HOST.validate(record))).as("host's paths").isEqualTo(indiko);
    return indiko.isEmpty();
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(violation -> violation.getPropertyPath().toString())
        .collect(Collectors.toSet());
  }

  private static @Nullable Double weight(int index) {
    return index < WEIGHTS.size() ? WEIGHTS.get(index) : null;
  }

  private static ScoringSettings settings(Map<Theme, Double> themes, Map<Source, Double> sources) {
    return ScoringSettings.defaults().withWeights(themes, sources);
  }

  @Test
  void scale_isValidIffItHasTwoToElevenPoints() {
    qt().forAll(integers().between(-20, 20), integers().between(-20, 20))
        .checkAssert(
            (min, max) ->
                assertThat(valid(new Scale(min, max)))
                    .as("%d..%d", min, max)
                    .isEqualTo(max - min + 1 >= 2 && max - min + 1 <= 11));
    qt().forAll(integers().all(), integers().all())
        .checkAssert(
            (min, max) ->
                assertThat(valid(new Scale(min, max)))
                    .as("%d..%d", min, max)
                    .isEqualTo((long) max - min + 1 >= 2 && (long) max - min + 1 <= 11));
  }

  @Test
  void target_isValidIffGoodDiffersFromBad() {
    qt().forAll(integers().between(-3, 3), integers().between(-3, 3))
        .checkAssert(
            (good, bad) ->
                assertThat(valid(new Target(good / 2.0, bad / 2.0))).isEqualTo(!good.equals(bad)));
  }

  @Test
  void dateRange_isValidIffFromIsNotAfterTo() {
    LocalDate day = LocalDate.of(2017, 9, 1);
    qt().forAll(integers().between(-5, 5), integers().between(-5, 5))
        .checkAssert(
            (from, to) -> {
              boolean ordered = from <= to;
              assertThat(valid(new DateRange(day.plusDays(from), day.plusDays(to))))
                  .isEqualTo(ordered);
              assertThat(valid(new QuestionType.Date(day.plusDays(from), day.plusDays(to))))
                  .isEqualTo(ordered);
            });
  }

  @Test
  void sourceWeights_areValidIffEachLiesIn0To1000AndOneIsPositive() {
    qt().forAll(integers().between(0, WEIGHTS.size()), integers().between(0, WEIGHTS.size()))
        .checkAssert(
            (survey, audit) -> {
              Map<Source, Double> sources = new HashMap<>();
              if (weight(survey) != null) {
                sources.put(Source.SURVEY, weight(survey));
              }
              if (weight(audit) != null) {
                sources.put(Source.AUDIT, weight(audit));
              }
              boolean each = sources.values().stream().allMatch(w -> w >= 0 && w <= 1000);
              boolean positive = sources.values().stream().anyMatch(w -> w > 0);
              assertThat(valid(settings(ScoringSettings.defaults().themes(), sources)))
                  .as("%s", sources)
                  .isEqualTo(each && positive);
            });
  }

  @Test
  void themeWeights_areValidIffEachLiesAbove0UpTo1000AndOverallIsNot() {
    List<Theme> themes = List.of(Theme.COURTESY, new Theme("parking"), Theme.OVERALL);
    qt().forAll(
            integers().between(0, WEIGHTS.size()),
            integers().between(0, WEIGHTS.size()),
            integers().between(0, WEIGHTS.size()))
        .checkAssert(
            (a, b, c) -> {
              Map<Theme, Double> weights = new HashMap<>();
              List<Integer> drawn = List.of(a, b, c);
              for (int i = 0; i < themes.size(); i++) {
                if (weight(drawn.get(i)) != null) {
                  weights.put(themes.get(i), weight(drawn.get(i)));
                }
              }
              boolean each = weights.values().stream().allMatch(w -> w > 0 && w <= 1000);
              assertThat(valid(settings(weights, Map.of(Source.SURVEY, 1.0))))
                  .as("%s", weights)
                  .isEqualTo(each && !weights.containsKey(Theme.OVERALL));
            });
  }

  @Test
  void rating_isValidIffTopBoxAndLabelsLieOnTheScale() {
    qt().forAll(integers().between(2, 11), integers().between(-1, 12), integers().between(-1, 12))
        .checkAssert(
            (points, topBox, label) -> {
              QuestionType.Rating rating =
                  new QuestionType.Rating(new Scale(1, points), Map.of(label, LABEL), topBox);
              assertThat(valid(rating))
                  .as("1..%d, topBox %d, label %d", points, topBox, label)
                  .isEqualTo(topBox >= 1 && topBox < points && label >= 1 && label <= points);
            });
  }

  @Test
  void multiChoice_isValidIffItsBoundsFitItsOptions() {
    qt().forAll(integers().between(2, 5), integers().between(-2, 6), integers().between(-2, 6))
        .checkAssert(
            (count, min, max) -> {
              List<Option> options =
                  IntStream.range(0, count)
                      .mapToObj(i -> new Option("o" + i, LABEL, null, null))
                      .toList();
              // -2 stands for an absent bound.
              Integer minSelected = min == -2 ? null : min;
              Integer maxSelected = max == -2 ? null : max;
              boolean fits =
                  (minSelected == null || minSelected >= 0 && minSelected <= count)
                      && (maxSelected == null || maxSelected >= 1 && maxSelected <= count)
                      && (minSelected == null || maxSelected == null || minSelected <= maxSelected);
              assertThat(valid(new QuestionType.MultiChoice(options, minSelected, maxSelected)))
                  .as("%d options, %s..%s", count, minSelected, maxSelected)
                  .isEqualTo(fits);
            });
  }
}
