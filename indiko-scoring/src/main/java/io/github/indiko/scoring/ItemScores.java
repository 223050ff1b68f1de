package io.github.indiko.scoring;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The item score and favourability of one answer or observation (scoring.md §1), computed by the
 * same code as the {@link ScoringEngine}: for tests and tools that check a single answer without
 * scoring an edition. Stateless and thread-safe.
 *
 * <p>It scores what it is given: whether the question is shown, and whether the validator would
 * accept the answer (an out-of-scale rating, say), is the caller's business.
 */
public final class ItemScores {
  private ItemScores() {}

  /**
   * @param question a question
   * @param answer an answer of the question's type
   * @return its item score in [0, 100] for an answer in range, or empty when the question is not
   *     scored (multi_choice, text, date, number without target) or the chosen option has no score
   * @throws IllegalArgumentException when the answer is not of the question's type, or names no
   *     option of a single_choice question
   */
  public static OptionalDouble of(Question question, Answer answer) {
    ItemPlan item = plan(question, answer);
    return scoreOf(question, item, answer);
  }

  /**
   * @param question a question
   * @param answer an answer of the question's type
   * @return whether the answer is favourable: a rating in the top box, an nps promoter (9–10), the
   *     favourable yes_no answer, an option marked favourable, a number scoring 100
   * @throws IllegalArgumentException when the answer is not of the question's type, or names no
   *     option of a single_choice question
   */
  public static boolean favourable(Question question, Answer answer) {
    ItemPlan item = plan(question, answer);
    OptionalDouble score = scoreOf(question, item, answer);
    return score.isPresent()
        && item.polarity(new SingleAnswer(question, answer), 0, score.getAsDouble())
            == Polarity.FAVOURABLE;
  }

  /**
   * @param criterion a criterion
   * @param observation an observation of the criterion's type, or {@code na}
   * @return its item score in [0, 100] for a measure in range ({@code met} 100, {@code not_met} 0,
   *     {@code missed} 0), or empty for {@code na} and for a measure without target
   * @throws IllegalArgumentException when the observation is not of the criterion's type
   */
  public static OptionalDouble of(Criterion criterion, Observation observation) {
    Objects.requireNonNull(observation, "observation");
    ItemPlan item = ItemPlan.of(Objects.requireNonNull(criterion, "criterion"), -1, -1);
    if (!item.scored() || observation instanceof Observation.NotApplicable) {
      return OptionalDouble.empty();
    }
    double score = item.score(observation);
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException(
          "criterion "
              + criterion.id()
              + ": "
              + observation
              + " is not an observation of its type");
    }
    return OptionalDouble.of(score);
  }

  /**
   * @param criterion a criterion
   * @param observation an observation of the criterion's type, or {@code na}
   * @return whether it is favourable: a check {@code met}, a measure scoring 100
   * @throws IllegalArgumentException when the observation is not of the criterion's type
   */
  public static boolean favourable(Criterion criterion, Observation observation) {
    OptionalDouble score = of(criterion, observation);
    return score.isPresent() && ItemPlan.byScore(score.getAsDouble()) == Polarity.FAVOURABLE;
  }

  private static ItemPlan plan(Question question, Answer answer) {
    Objects.requireNonNull(answer, "answer");
    return ItemPlan.of(Objects.requireNonNull(question, "question"), -1);
  }

  private static OptionalDouble scoreOf(Question question, ItemPlan item, Answer answer) {
    try {
      double score = item.score(new SingleAnswer(question, answer), 0);
      return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException(
          "question " + question.id() + ": " + answer + " is not an answer of its type", e);
    }
  }

  /**
   * One answer seen as the row of a response to a questionnaire of that one question, for the
   * engine's scoring code; a wrong type of answer throws {@link ClassCastException}.
   */
  private record SingleAnswer(Question question, Answer answer) implements ResponseRow {
    @Override
    public long line() {
      return 1;
    }

    @Override
    public int structure() {
      return 0;
    }

    @Override
    public int channel() {
      return 0;
    }

    @Override
    public boolean answered(int q) {
      return q == 0;
    }

    @Override
    public double number(int q) {
      return ((Answer.Numeric) answer).value();
    }

    @Override
    public boolean yes(int q) {
      return ((Answer.YesNo) answer).value();
    }

    @Override
    public int option(int q) {
      List<Option> options = ((QuestionType.SingleChoice) question.type()).options();
      try {
        return Option.position(options, ((Answer.Choice) answer).value());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("question " + question.id() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public long options(int q) {
      throw new UnsupportedOperationException("a multi_choice answer has no item score");
    }

    @Override
    public String text(int q) {
      return ((Answer.Text) answer).value();
    }

    @Override
    public LocalDate date(int q) {
      return ((Answer.Date) answer).value();
    }
  }
}
