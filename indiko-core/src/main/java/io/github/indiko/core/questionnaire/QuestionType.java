package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
import io.github.indiko.core.constraints.IntegerRange;
import io.github.indiko.core.constraints.OptionCount;
import io.github.indiko.core.constraints.OrderedBounds;
import io.github.indiko.core.constraints.OrderedRange;
import io.github.indiko.core.constraints.RatingPoints;
import io.github.indiko.core.constraints.SelectionBounds;
import io.github.indiko.core.constraints.UnscoredOptions;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The eight question types of format v1 and their own members. A sealed family: a {@code switch}
 * over it is exhaustive. Each type says what is checked on construction (what the record needs to
 * be a value: nothing null, option values unique, finite numbers) and what by Bean Validation (the
 * rules of formats.md on the values a questionnaire chooses, run by the readers and by {@code
 * IndikoValidation}).
 */
public sealed interface QuestionType {
  /**
   * @return the type's name in format v1 ({@code rating}, {@code nps}…)
   */
  String id();

  /**
   * A rating on an integer scale. Checked on construction: nothing is null. Checked by Bean
   * Validation: the scale's points ({@link Scale}), and that the labels' points and the top box
   * lie on the scale ({@link RatingPoints}).
   *
   * @param scale the scale, 2 to 11 points
   * @param labels labels of some points, point to text; sorted
   * @param topBox how many top points are favourable, 1 to points − 1
   */
  @RatingPoints
  record Rating(@Valid Scale scale, Map<Integer, LocalizedText> labels, int topBox)
      implements QuestionType {
    /** Checks that nothing is null, and copies the labels. */
    public Rating {
      Objects.requireNonNull(scale, "scale");
      TreeMap<Integer, LocalizedText> copy = new TreeMap<>();
      labels.forEach((point, text) -> copy.put(point, Objects.requireNonNull(text, "label")));
      labels = Collections.unmodifiableMap(copy);
    }

    /**
     * @param scale a scale
     * @return the default top box of formats.md: 2 when the scale has 4 points or more, else 1
     */
    public static int defaultTopBox(Scale scale) {
      return scale.points() >= 4 ? 2 : 1;
    }

    @Override
    public String id() {
      return "rating";
    }
  }

  /** A net promoter question: an integer 0 to 10. */
  record Nps() implements QuestionType {
    @Override
    public String id() {
      return "nps";
    }
  }

  /**
   * A yes/no question.
   *
   * @param favourable the favourable answer (default true)
   */
  record YesNo(boolean favourable) implements QuestionType {
    @Override
    public String id() {
      return "yes_no";
    }
  }

  /**
   * One option among several. Checked on construction: option values are unique. Checked by Bean
   * Validation: 2 to 50 options ({@link OptionCount}), and each option's own rules ({@link
   * Option}).
   *
   * @param options 2 to 50 options, values unique
   */
  record SingleChoice(@OptionCount(min = 2, max = 50) List<@Valid Option> options)
      implements QuestionType {
    /** Checks that option values are unique, and copies the options. */
    public SingleChoice {
      options = checkOptions(options);
    }

    @Override
    public String id() {
      return "single_choice";
    }
  }

  /**
   * Several options among several. Checked on construction: option values are unique. Checked by
   * Bean Validation: 2 to 50 options ({@link OptionCount}) without scores ({@link
   * UnscoredOptions}), each option's own rules ({@link Option}), and bounds that fit the options
   * ({@link SelectionBounds}).
   *
   * @param options 2 to 50 options, values unique, without scores
   * @param minSelected fewest options an answer selects, 0 to the number of options, or null for
   *     no minimum
   * @param maxSelected most options an answer selects, 1 to the number of options and not below
   *     {@code minSelected}, or null for no maximum
   */
  @SelectionBounds
  record MultiChoice(
      @OptionCount(min = 2, max = 50) @UnscoredOptions List<@Valid Option> options,
      @Nullable Integer minSelected,
      @Nullable Integer maxSelected)
      implements QuestionType {
    /** Checks that option values are unique, and copies the options. */
    public MultiChoice {
      options = checkOptions(options);
    }

    @Override
    public String id() {
      return "multi_choice";
    }
  }

  /**
   * A number. Checked on construction: the bounds are finite. Checked by Bean Validation: {@code
   * min} is not above {@code max} ({@link OrderedBounds}), and the target's values differ ({@link
   * Target}).
   *
   * @param min the smallest accepted value, or null
   * @param max the largest accepted value, or null
   * @param integer whether only integers are accepted
   * @param unit the unit, or null
   * @param target the target that scores it, or null when it is not scored
   */
  @OrderedBounds
  record Number(
      @Nullable Double min,
      @Nullable Double max,
      boolean integer,
      @Nullable String unit,
      @Valid @Nullable Target target)
      implements QuestionType, Quantity {
    /** Checks that the bounds are finite. */
    public Number {
      Quantity.check(min, max);
    }

    @Override
    public String id() {
      return "number";
    }
  }

  /**
   * A free text. Checked by Bean Validation: the longest answer ({@link IntegerRange}); nothing is
   * checked on construction.
   *
   * @param maxLength the longest answer in code points, 1 to 10 000 (default 2 000)
   */
  record Text(@IntegerRange(min = 1, max = Text.LIMIT) int maxLength) implements QuestionType {
    /** Largest {@code maxLength}. */
    public static final int LIMIT = 10_000;

    @Override
    public String id() {
      return "text";
    }
  }

  /**
   * A local date. Checked by Bean Validation: {@code min} is not after {@code max} ({@link
   * OrderedRange}); nothing is checked on construction.
   *
   * @param min the earliest accepted date, or null
   * @param max the latest accepted date, not before {@code min}, or null
   */
  @OrderedRange(first = "min", last = "max")
  record Date(@Nullable LocalDate min, @Nullable LocalDate max) implements QuestionType {

    @Override
    public String id() {
      return "date";
    }
  }

  private static List<Option> checkOptions(List<Option> options) {
    Set<String> values = new HashSet<>();
    for (Option option : options) {
      if (!values.add(option.value())) {
        throw new IllegalArgumentException("option value \"" + option.value() + "\" is repeated");
      }
    }
    return List.copyOf(options);
  }
}
