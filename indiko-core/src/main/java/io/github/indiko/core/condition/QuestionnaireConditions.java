package io.github.indiko.core.condition;

import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The compiled {@code when} conditions of a questionnaire: which questions a response is asked,
 * given its earlier answers. Compile once per questionnaire; {@link #shown} then never throws for
 * valid arguments. Each condition is evaluated on a row of answers ({@link AnswerRow}): {@link
 * #shown(int, AnswerRow)} allocates nothing, so it fits the scoring fast path; {@link #shown(int,
 * Answer[])} sees the answer objects as such a row, one small object per call. Immutable and
 * thread-safe.
 *
 * <p>Questions are indexed like {@link Questionnaire#questions()}: document order across
 * sections. A condition only looks at earlier questions; a question that is not shown counts as
 * unanswered, so a caller that walks the questions in order passes null for those it found hidden.
 */
public final class QuestionnaireConditions {
  private final Compiler.Compiled compiled;

  /** Per question, where the rows read hold its answer; null when at the question's index. */
  private final int @Nullable [] positions;

  /** The questions at their row positions, null between them; null with {@link #positions}. */
  private final @Nullable List<Compiler.@Nullable Item> rowItems;

  private QuestionnaireConditions(Compiler.Compiled compiled, int @Nullable [] positions) {
    this.compiled = compiled;
    this.positions = positions;
    if (positions == null) {
      rowItems = null;
    } else {
      Compiler.Item[] spread = new Compiler.Item[Arrays.stream(positions).max().orElse(-1) + 1];
      for (int i = 0; i < positions.length; i++) {
        spread[positions[i]] = compiled.items.get(i);
      }
      rowItems = Arrays.asList(spread);
    }
  }

  /**
   * Parses, checks and compiles every condition of a questionnaire.
   *
   * @param questionnaire a questionnaire
   * @return its compiled conditions
   * @throws ConditionException holding every error of every condition (syntax, limits, unknown,
   *     later or own question, type mismatch, unknown option value, non-boolean condition), each
   *     named like {@code questionnaire accueil v3, question online_useful, column 1: unknown
   *     question 'used_onlin'}
   */
  public static QuestionnaireConditions compile(Questionnaire questionnaire) {
    return new QuestionnaireConditions(
        Compiler.compile("questionnaire " + questionnaire.ref(), "question", items(questionnaire)),
        null);
  }

  /**
   * Compiles every condition of a questionnaire for rows that hold its answers at other positions:
   * the rows of an edition whose questionnaire has several versions (analysis.md §A4), which hold
   * every answer at the position of its question among the edition's items ({@link
   * io.github.indiko.core.questionnaire.QuestionPool}). {@link #shown(int, AnswerRow)} then reads
   * question {@code i}'s answer at {@code positions[i]} of the row; questions are still indexed
   * like {@link Questionnaire#questions()}, and {@link #shown(int, Answer[])} still takes the
   * answers by question index. Evaluating costs the same as without positions.
   *
   * @param questionnaire a questionnaire
   * @param positions per question, in {@link Questionnaire#questions()} order, the position of its
   *     answer in the rows, distinct and not negative; copied
   * @return its compiled conditions
   * @throws ConditionException holding every error of every condition, as {@link
   *     #compile(Questionnaire)} does
   * @throws IllegalArgumentException when {@code positions} does not give one distinct, not
   *     negative position per question
   */
  public static QuestionnaireConditions compile(Questionnaire questionnaire, int[] positions) {
    List<Compiler.Item> items = items(questionnaire);
    int[] copy = positions.clone();
    if (copy.length != items.size()
        || Arrays.stream(copy).anyMatch(p -> p < 0)
        || Arrays.stream(copy).distinct().count() != copy.length) {
      throw new IllegalArgumentException(
          "expected one distinct position per question, not negative: "
              + Arrays.toString(positions));
    }
    return new QuestionnaireConditions(
        Compiler.compile("questionnaire " + questionnaire.ref(), "question", items, copy), copy);
  }

  private static List<Compiler.Item> items(Questionnaire questionnaire) {
    List<Compiler.Item> items = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      items.add(
          new Compiler.Item(
              question.id().value(),
              kind(question.type()),
              question.type().id(),
              options(question.type()),
              question.when()));
    }
    return items;
  }

  /**
   * @return the number of questions
   */
  public int size() {
    return compiled.nodes.length;
  }

  /**
   * @param index a question's index
   * @return the tree of its condition, or empty when it has none
   * @throws IndexOutOfBoundsException when there is no such question
   */
  public Optional<Condition> condition(int index) {
    return Optional.ofNullable(compiled.conditions[Objects.checkIndex(index, size())]);
  }

  /**
   * @param questionIndex a question's index
   * @return whether some condition reads the question's answer
   * @throws IndexOutOfBoundsException when there is no such question
   */
  public boolean isRead(int questionIndex) {
    return compiled.read[Objects.checkIndex(questionIndex, size())];
  }

  /**
   * Tells whether a question is shown to a response.
   *
   * @param questionIndex the question's index
   * @param answers the response's answers, one per question by index; null when unanswered or not
   *     shown
   * @return true when the question has no condition or its condition holds
   * @throws IndexOutOfBoundsException when there is no such question
   * @throws IllegalArgumentException when {@code answers} does not have one slot per question
   */
  public boolean shown(int questionIndex, @Nullable Answer[] answers) {
    Objects.checkIndex(questionIndex, size());
    if (answers.length != size()) {
      throw new IllegalArgumentException(
          "expected " + size() + " answers, one per question, got " + answers.length);
    }
    return compiled.nodes[questionIndex].test(row(answers));
  }

  /**
   * @param answers answers by question index, without copy unless the rows hold them at other
   *     positions
   * @return the answers as the row that conditions test
   */
  AnswerRow row(@Nullable Answer[] answers) {
    if (positions == null || rowItems == null) {
      return new ObjectRow(compiled.items, answers);
    }
    @Nullable Answer[] spread = new Answer[rowItems.size()];
    for (int i = 0; i < positions.length; i++) {
      spread[positions[i]] = answers[i];
    }
    return new ObjectRow(rowItems, spread);
  }

  /**
   * Tells whether a question is shown to a response whose answers are read as primitives: the
   * same as {@link #shown(int, Answer[])} given those answers, without an answer object, and
   * without allocating.
   *
   * @param questionIndex the question's index
   * @param answers the response's answers; a question that is not shown must read as unanswered
   * @return true when the question has no condition or its condition holds
   * @throws IndexOutOfBoundsException when there is no such question
   */
  public boolean shown(int questionIndex, AnswerRow answers) {
    return compiled.nodes[Objects.checkIndex(questionIndex, size())].test(answers);
  }

  private static Compiler.Kind kind(QuestionType type) {
    if (type instanceof QuestionType.Rating
        || type instanceof QuestionType.Nps
        || type instanceof QuestionType.Number) {
      return Compiler.Kind.NUMBER;
    }
    if (type instanceof QuestionType.YesNo) {
      return Compiler.Kind.YES_NO;
    }
    if (type instanceof QuestionType.SingleChoice) {
      return Compiler.Kind.SINGLE_CHOICE;
    }
    if (type instanceof QuestionType.MultiChoice) {
      return Compiler.Kind.MULTI_CHOICE;
    }
    if (type instanceof QuestionType.Text) {
      return Compiler.Kind.TEXT;
    }
    return Compiler.Kind.DATE;
  }

  private static List<String> options(QuestionType type) {
    if (type instanceof QuestionType.SingleChoice) {
      return values(((QuestionType.SingleChoice) type).options());
    }
    if (type instanceof QuestionType.MultiChoice) {
      return values(((QuestionType.MultiChoice) type).options());
    }
    return List.of();
  }

  private static List<String> values(List<Option> options) {
    return options.stream().map(Option::value).toList();
  }
}
