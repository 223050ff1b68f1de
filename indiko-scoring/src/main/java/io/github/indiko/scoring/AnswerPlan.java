package io.github.indiko.scoring;

import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import java.util.List;

/**
 * How the answers of one question enter its raw results (scoring.md §8.1): a discrete answer as a
 * count in one of the question's value slots, a number into quantities, a text into a sample.
 * Immutable.
 */
final class AnswerPlan {
  /** What is kept of the answers, beyond their count. */
  enum Kind {
    /** rating, nps, yes_no, single_choice: one value slot per answer. */
    VALUE,
    /** multi_choice: one value slot per selected option. */
    VALUES,
    /** number: the numbers. */
    NUMBER,
    /** text: a sample of the texts. */
    TEXT,
    /** date: nothing. */
    NONE
  }

  /** The points of an nps scale, 0 to 10: its value slots. */
  static final int NPS_POINTS = 11;

  /** The value slot of yes; no is the next one. */
  static final int YES = 0;

  // How the tally reads an answer (read): a point of a scale, yes or no, an option, the
  // options selected, a number, a text, or nothing beyond its count.

  static final byte POINT = 0;
  static final byte YES_OR_NO = 1;
  static final byte OPTION = 2;
  static final byte OPTIONS = 3;
  static final byte NUMBER = 4;
  static final byte TEXT = 5;
  static final byte NOTHING = 6;

  private static final List<String> YES_NO = List.of("yes", "no");

  /** The type in format v1. */
  final String type;

  /**
   * How the tally reads an answer: {@link #POINT}, {@link #YES_OR_NO}, {@link #OPTION}, {@link
   * #OPTIONS}, {@link #NUMBER}, {@link #TEXT} or {@link #NOTHING}.
   */
  final byte read;

  /** Whether answers of the question have item scores (scoring.md §1). */
  final boolean scored;

  final Kind kind;

  /** The position of the question's first value slot among all the questions' slots. */
  final int offset;

  /** Per value slot, the value as written in distributions: a point, yes or no, an option. */
  final List<String> values;

  /** The point of the first value slot of a rating or nps question; 0 for others. */
  final int min;

  private AnswerPlan(
      Question question,
      boolean scored,
      byte read,
      int offset,
      List<String> values,
      int min) {
    this.type = question.type().id();
    this.scored = scored;
    this.read = read;
    this.kind = kind(read);
    this.offset = offset;
    this.values = values;
    this.min = min;
  }

  /**
   * @param question a question
   * @param offset where its value slots start
   */
  static AnswerPlan of(Question question, int offset) {
    QuestionType type = question.type();
    if (type instanceof QuestionType.Rating rating) {
      int min = rating.scale().min();
      return points(question, offset, min, rating.scale().points());
    }
    if (type instanceof QuestionType.Nps) {
      return points(question, offset, 0, NPS_POINTS);
    }
    if (type instanceof QuestionType.YesNo) {
      return new AnswerPlan(question, true, YES_OR_NO, offset, YES_NO, 0);
    }
    if (type instanceof QuestionType.SingleChoice choice) {
      boolean scored = choice.options().stream().anyMatch(option -> option.score() != null);
      return options(question, scored, OPTION, offset, choice.options());
    }
    if (type instanceof QuestionType.MultiChoice choice) {
      return options(question, false, OPTIONS, offset, choice.options());
    }
    if (type instanceof QuestionType.Number number) {
      return new AnswerPlan(question, number.target() != null, NUMBER, offset, List.of(), 0);
    }
    byte read = type instanceof QuestionType.Text ? TEXT : NOTHING;
    return new AnswerPlan(question, false, read, offset, List.of(), 0);
  }

  private static AnswerPlan points(Question question, int offset, int min, int points) {
    String[] values = new String[points];
    for (int i = 0; i < points; i++) {
      values[i] = Integer.toString(min + i);
    }
    return new AnswerPlan(question, true, POINT, offset, List.of(values), min);
  }

  private static AnswerPlan options(
      Question question, boolean scored, byte read, int offset, List<Option> options) {
    String[] values = new String[options.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = options.get(i).value();
    }
    return new AnswerPlan(question, scored, read, offset, List.of(values), 0);
  }

  private static Kind kind(byte read) {
    switch (read) {
      case POINT:
      case YES_OR_NO:
      case OPTION:
        return Kind.VALUE;
      case OPTIONS:
        return Kind.VALUES;
      case NUMBER:
        return Kind.NUMBER;
      case TEXT:
        return Kind.TEXT;
      default:
        return Kind.NONE;
    }
  }
}
