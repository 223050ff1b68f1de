package io.github.indiko.scoring;

import io.github.indiko.core.Target;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item (question or criterion) prepared for scoring: how an answer or observation becomes an
 * item score and a polarity (scoring.md §1). Immutable.
 */
final class ItemPlan {
  /** How answers are scored. */
  enum Kind {
    RATING,
    NPS,
    YES_NO,
    SINGLE_CHOICE,
    QUANTITY,
    CHECK,
    /** Not scored: descriptive. */
    NONE
  }

  private static final double PROMOTER = 9;
  private static final double DETRACTOR = 6;

  final String id;
  final Source source;
  final @Nullable Theme theme;

  /** Index of the theme in {@link EditionPlan#themes}, or −1. */
  final int themeIndex;

  final double weight;
  final Kind kind;

  /** For criteria, the index of its channel; −1 for questions. */
  final int channelIndex;

  private final double min;
  private final double max;
  private final int topBox;
  private final boolean favourableAnswer;
  private final @Nullable Target target;
  /** A single_choice question's options, in order. */
  private final List<Option> options;

  /** Per value slot of a rating, nps, yes/no or single choice question: see {@link #score(int)}. */
  private final double[] slotScores;

  private final Polarity[] slotPolarities;

  private ItemPlan(
      String id,
      Source source,
      @Nullable Theme theme,
      int themeIndex,
      double weight,
      Kind kind,
      int channelIndex,
      double min,
      double max,
      int topBox,
      boolean favourableAnswer,
      @Nullable Target target,
      List<Option> options) {
    this.id = id;
    this.source = source;
    this.theme = theme;
    this.themeIndex = themeIndex;
    this.weight = weight;
    this.kind = kind;
    this.channelIndex = channelIndex;
    this.min = min;
    this.max = max;
    this.topBox = topBox;
    this.favourableAnswer = favourableAnswer;
    this.target = target;
    this.options = options;
    slotScores = new double[slots()];
    slotPolarities = new Polarity[slotScores.length];
    fillSlots();
  }

  static ItemPlan of(Question question, int themeIndex) {
    QuestionType type = question.type();
    Kind kind = Kind.NONE;
    double min = 0;
    double max = 0;
    int topBox = 0;
    boolean favourable = true;
    Target target = null;
    List<Option> options = List.of();
    if (type instanceof QuestionType.Rating rating) {
      kind = Kind.RATING;
      min = rating.scale().min();
      max = rating.scale().max();
      topBox = rating.topBox();
    } else if (type instanceof QuestionType.Nps) {
      kind = Kind.NPS;
    } else if (type instanceof QuestionType.YesNo yesNo) {
      kind = Kind.YES_NO;
      favourable = yesNo.favourable();
    } else if (type instanceof QuestionType.SingleChoice choice) {
      kind = Kind.SINGLE_CHOICE;
      options = choice.options();
    } else if (type instanceof QuestionType.Number number && number.target() != null) {
      kind = Kind.QUANTITY;
      target = number.target();
    }
    return new ItemPlan(
        question.id().value(),
        Source.SURVEY,
        question.theme(),
        themeIndex,
        question.weight(),
        kind,
        -1,
        min,
        max,
        topBox,
        favourable,
        target,
        options);
  }

  static ItemPlan of(Criterion criterion, int themeIndex, int channelIndex) {
    Kind kind = Kind.NONE;
    Target target = null;
    if (criterion.type() instanceof CriterionType.Check) {
      kind = Kind.CHECK;
    } else if (criterion.type() instanceof CriterionType.Measure measure
        && measure.target() != null) {
      kind = Kind.QUANTITY;
      target = measure.target();
    }
    return new ItemPlan(
        criterion.id().value(),
        Source.AUDIT,
        criterion.theme(),
        themeIndex,
        criterion.weight(),
        kind,
        channelIndex,
        0,
        0,
        0,
        true,
        target,
        List.of());
  }

  boolean scored() {
    return kind != Kind.NONE;
  }

  boolean isNps() {
    return kind == Kind.NPS;
  }

  /**
   * @param row a response that answers this question
   * @param q this question's position
   * @return the item score of the answer, or NaN when it has none
   */
  double score(ResponseRow row, int q) {
    switch (kind) {
      case RATING:
      case NPS:
      case QUANTITY:
        return numberScore(row.number(q));
      case YES_NO:
        return yesNoScore(row.yes(q));
      case SINGLE_CHOICE:
        return optionScore(row.option(q));
      default:
        return Double.NaN;
    }
  }

  /**
   * @param row a response whose answer to this question has the item score {@code score}
   * @param q this question's position
   * @return whether the answer is favourable, unfavourable or neither
   */
  Polarity polarity(ResponseRow row, int q, double score) {
    switch (kind) {
      case RATING:
      case NPS:
        return pointPolarity(row.number(q));
      case SINGLE_CHOICE:
        return optionPolarity(row.option(q));
      default:
        return byScore(score);
    }
  }

  /**
   * @param slot a value slot of this rating, nps, yes/no or single choice question ({@link
   *     AnswerPlan}: a point of the scale, yes then no, an option)
   * @return the item score of that answer, or NaN when it has none (an option without a score)
   */
  double score(int slot) {
    return slotScores[slot];
  }

  /**
   * @param slot a value slot of this question whose {@link #score(int)} is not NaN
   * @return whether that answer is favourable, unfavourable or neither
   */
  Polarity polarity(int slot) {
    return slotPolarities[slot];
  }

  private double numberScore(double v) {
    switch (kind) {
      case RATING:
        return 100 * (v - min) / (max - min);
      case NPS:
        return 10 * v;
      default:
        return targetScore(v);
    }
  }

  private Polarity pointPolarity(double v) {
    if (kind == Kind.NPS) {
      return v >= PROMOTER
          ? Polarity.FAVOURABLE
          : v <= DETRACTOR ? Polarity.UNFAVOURABLE : Polarity.NEUTRAL;
    }
    return v >= max - topBox + 1
        ? Polarity.FAVOURABLE
        : v <= min + topBox - 1 ? Polarity.UNFAVOURABLE : Polarity.NEUTRAL;
  }

  private double yesNoScore(boolean yes) {
    return yes == favourableAnswer ? 100 : 0;
  }

  private double optionScore(int option) {
    Double score = options.get(option).score();
    return score == null ? Double.NaN : score;
  }

  private Polarity optionPolarity(int option) {
    Boolean favourable = options.get(option).favourable();
    return favourable == null
        ? Polarity.NEUTRAL
        : favourable ? Polarity.FAVOURABLE : Polarity.UNFAVOURABLE;
  }

  /** Fills the slot tables, in {@link AnswerPlan}'s order of values. */
  private void fillSlots() {
    for (int slot = 0; slot < slotScores.length; slot++) {
      switch (kind) {
        case RATING:
        case NPS:
          double point = kind == Kind.NPS ? slot : min + slot;
          slotScores[slot] = numberScore(point);
          slotPolarities[slot] = pointPolarity(point);
          break;
        case YES_NO:
          slotScores[slot] = yesNoScore(slot == AnswerPlan.YES);
          slotPolarities[slot] = byScore(slotScores[slot]);
          break;
        default:
          slotScores[slot] = optionScore(slot);
          slotPolarities[slot] = optionPolarity(slot);
          break;
      }
    }
  }

  private int slots() {
    switch (kind) {
      case RATING:
        return (int) (max - min) + 1;
      case NPS:
        return AnswerPlan.NPS_POINTS;
      case YES_NO:
        return 2;
      case SINGLE_CHOICE:
        return options.size();
      default:
        return 0;
    }
  }

  /**
   * @param observation an observation of this criterion
   * @throws IllegalArgumentException when it is not of the criterion's type: {@code met} or {@code
   *     not_met} for a check, a number or {@code missed} for a measure ({@code na} fits both)
   */
  void requireObservation(Observation observation) {
    boolean check = kind == Kind.CHECK;
    if (!(observation instanceof Observation.NotApplicable)
        && check != observation instanceof Observation.Check) {
      throw new IllegalArgumentException(
          "criterion " + id + ": " + observation + " is not an observation of its type");
    }
  }

  /**
   * @return the item score of an observation of this criterion other than {@code na}, or NaN when
   *     it has none
   */
  double score(Observation observation) {
    if (kind == Kind.CHECK && observation instanceof Observation.Check check) {
      return check.met() ? 100 : 0;
    }
    if (kind == Kind.QUANTITY) {
      if (observation instanceof Observation.Missed) {
        return 0;
      }
      if (observation instanceof Observation.Measured measured) {
        return targetScore(measured.value());
      }
    }
    return Double.NaN;
  }

  /** Check met, yes_no favourable, quantity 100: favourable; their opposites unfavourable. */
  static Polarity byScore(double score) {
    return score == 100
        ? Polarity.FAVOURABLE
        : score == 0 ? Polarity.UNFAVOURABLE : Polarity.NEUTRAL;
  }

  private double targetScore(double value) {
    if (target == null) {
      throw new IllegalStateException("a quantity item has a target");
    }
    return target.score(value);
  }
}
