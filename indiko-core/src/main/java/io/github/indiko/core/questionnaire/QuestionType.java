package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.Target;
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
 * over it is exhaustive.
 */
public sealed interface QuestionType {
  /**
   * @return the type's name in format v1 ({@code rating}, {@code nps}…)
   */
  String id();

  /**
   * A rating on an integer scale.
   *
   * @param scale the scale, 2 to 11 points
   * @param labels labels of some points, point to text; sorted
   * @param topBox how many top points are favourable, 1 to points − 1
   */
  record Rating(Scale scale, Map<Integer, LocalizedText> labels, int topBox)
      implements QuestionType {
    /** Checks the labels' points and the top box, and copies. */
    public Rating {
      Objects.requireNonNull(scale, "scale");
      TreeMap<Integer, LocalizedText> copy = new TreeMap<>();
      labels.forEach(
          (point, text) -> {
            if (!scale.contains(point)) {
              throw new IllegalArgumentException(
                  "label of point " + point + " is outside the scale " + scale);
            }
            copy.put(point, text);
          });
      labels = Collections.unmodifiableMap(copy);
      if (topBox < 1 || topBox > scale.points() - 1) {
        throw new IllegalArgumentException(
            "topBox must lie in 1.." + (scale.points() - 1) + ": " + topBox);
      }
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
   * One option among several.
   *
   * @param options 2 to 50 options, values unique
   */
  record SingleChoice(List<Option> options) implements QuestionType {
    /** Checks the options and copies them. */
    public SingleChoice {
      options = checkOptions(options);
    }

    @Override
    public String id() {
      return "single_choice";
    }
  }

  /**
   * Several options among several.
   *
   * @param options 2 to 50 options, values unique, without scores
   * @param minSelected fewest options an answer selects, or null for no minimum
   * @param maxSelected most options an answer selects, or null for no maximum
   */
  record MultiChoice(
      List<Option> options, @Nullable Integer minSelected, @Nullable Integer maxSelected)
      implements QuestionType {
    /** Checks the options and the bounds, and copies. */
    public MultiChoice {
      options = checkOptions(options);
      for (Option option : options) {
        if (option.score() != null) {
          throw new IllegalArgumentException(
              "option " + option.value() + " of a multi_choice may not have a score");
        }
      }
      if (minSelected != null && (minSelected < 0 || minSelected > options.size())) {
        throw new IllegalArgumentException("minSelected must lie in 0.." + options.size());
      }
      if (maxSelected != null && (maxSelected < 1 || maxSelected > options.size())) {
        throw new IllegalArgumentException("maxSelected must lie in 1.." + options.size());
      }
      if (minSelected != null && maxSelected != null && minSelected > maxSelected) {
        throw new IllegalArgumentException("minSelected is above maxSelected");
      }
    }

    @Override
    public String id() {
      return "multi_choice";
    }
  }

  /**
   * A number.
   *
   * @param min the smallest accepted value, or null
   * @param max the largest accepted value, or null
   * @param integer whether only integers are accepted
   * @param unit the unit, or null
   * @param target the target that scores it, or null when it is not scored
   */
  record Number(
      @Nullable Double min,
      @Nullable Double max,
      boolean integer,
      @Nullable String unit,
      @Nullable Target target)
      implements QuestionType, Quantity {
    /** Checks the bounds. */
    public Number {
      Quantity.check(min, max);
    }

    @Override
    public String id() {
      return "number";
    }
  }

  /**
   * A free text.
   *
   * @param maxLength the longest answer in code points, 1 to 10 000 (default 2 000)
   */
  record Text(int maxLength) implements QuestionType {
    /** Largest {@code maxLength}. */
    public static final int LIMIT = 10_000;

    /** Checks the length. */
    public Text {
      if (maxLength < 1 || maxLength > LIMIT) {
        throw new IllegalArgumentException("maxLength must lie in 1..10000: " + maxLength);
      }
    }

    @Override
    public String id() {
      return "text";
    }
  }

  /**
   * A local date.
   *
   * @param min the earliest accepted date, or null
   * @param max the latest accepted date, or null
   */
  record Date(@Nullable LocalDate min, @Nullable LocalDate max) implements QuestionType {
    /** Checks the order of the bounds. */
    public Date {
      if (min != null && max != null && min.isAfter(max)) {
        throw new IllegalArgumentException("min " + min + " is after max " + max);
      }
    }

    @Override
    public String id() {
      return "date";
    }
  }

  private static List<Option> checkOptions(List<Option> options) {
    if (options.size() < 2 || options.size() > 50) {
      throw new IllegalArgumentException("a choice has 2 to 50 options: " + options.size());
    }
    Set<String> values = new HashSet<>();
    for (Option option : options) {
      if (!values.add(option.value())) {
        throw new IllegalArgumentException("option value \"" + option.value() + "\" is repeated");
      }
    }
    return List.copyOf(options);
  }
}
