package io.github.indiko.forms;

import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.validation.AnswerRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values a browser submits for a question into a typed answer, then checks it with
 * core's {@link AnswerRules}, the rules of data files. Stateless.
 */
final class AnswerReader {
  /** HTML's valid floating-point number, which is what {@code <input type="number">} submits. */
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+|\\d*\\.\\d+)([eE][+-]?\\d+)?");

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,10}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Longest number text read: beyond, it is no number a person typed. */
  private static final int MAX_NUMBER_LENGTH = 100;

  private AnswerReader() {}

  /**
   * What the values of one question gave.
   *
   * @param answer the answer, or null when unanswered or in error
   * @param error what is wrong, or null
   * @param text the text as read (line breaks normalized), for the length of a too long text
   * @param typed the answer as typed, even when it breaks a rule of its question (a number out of
   *     range, say): what the conditions of later questions see, as the form's script does, so
   *     that the server hides and shows what the citizen saw; null when unanswered or unreadable
   */
  record Read(
      @Nullable Answer answer,
      FieldError.@Nullable Code error,
      @Nullable String text,
      @Nullable Answer typed) {
    static final Read UNANSWERED = new Read(null, null, null, null);

    static Read error(FieldError.Code code) {
      return new Read(null, code, null, null);
    }
  }

  /**
   * @param type the question's type
   * @param values the values submitted: no value or an empty one is unanswered; at most one but for
   *     a multi_choice
   */
  static Read read(QuestionType type, List<String> values) {
    if (type instanceof QuestionType.MultiChoice) {
      return values.isEmpty() ? Read.UNANSWERED : checked(type, new Answer.Choices(values), null);
    }
    if (values.isEmpty() || values.get(0).isEmpty()) {
      return Read.UNANSWERED;
    }
    String value = values.get(0);
    if (type instanceof QuestionType.Rating || type instanceof QuestionType.Nps) {
      return INTEGER.matcher(value).matches()
          ? checked(type, new Answer.Numeric(Long.parseLong(value)), null)
          : Read.error(FieldError.Code.NOT_AN_INTEGER);
    }
    if (type instanceof QuestionType.YesNo) {
      if (value.equals("true") || value.equals("false")) {
        return checked(type, new Answer.YesNo(value.equals("true")), null);
      }
      return Read.error(FieldError.Code.NOT_AN_OPTION);
    }
    if (type instanceof QuestionType.SingleChoice) {
      return checked(type, new Answer.Choice(value), null);
    }
    if (type instanceof QuestionType.Number number) {
      return number(number, value);
    }
    if (type instanceof QuestionType.Text) {
      // Browsers send every line break of a textarea as CR LF; data keeps LF.
      String text = value.replace("\r\n", "\n").replace('\r', '\n');
      return checked(type, new Answer.Text(text), text);
    }
    LocalDate date = date(value);
    return date == null ? Read.error(FieldError.Code.NOT_A_DATE) : checked(type, new Answer.Date(date), null);
  }

  private static Read number(QuestionType.Number type, String value) {
    BigDecimal exact = decimal(value);
    if (exact == null) {
      return Read.error(FieldError.Code.NOT_A_NUMBER);
    }
    if (exact.abs().compareTo(BigDecimal.valueOf(Numbers.LIMIT)) > 0) {
      return Read.error(FieldError.Code.OUT_OF_RANGE);
    }
    Answer.Numeric typed = new Answer.Numeric(exact.doubleValue());
    if (type.integer() && !isInteger(exact)) {
      return new Read(null, FieldError.Code.NOT_AN_INTEGER, null, typed);
    }
    return checked(type, typed, null);
  }

  /**
   * @param value what a number control submitted
   * @return the exact decimal it holds, or null when it is not HTML's valid floating-point number
   *     or is longer than any number a person types
   */
  static @Nullable BigDecimal decimal(String value) {
    if (value.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(value).matches()) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      // An exponent beyond an int (1e9999999999): no number a person typed either.
      return null;
    }
  }

  /**
   * The integer test reads the exact decimal, as data files do: 4.0000000000000000001 is not 4.
   *
   * @return whether the decimal's fractional part is zero
   */
  static boolean isInteger(BigDecimal exact) {
    return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
  }

  /**
   * @param value what a date control submitted
   * @return the date, or null when it is not a valid {@code yyyy-mm-dd} date
   */
  static @Nullable LocalDate date(String value) {
    if (!DATE.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Read checked(QuestionType type, Answer answer, @Nullable String text) {
    AnswerRules.Problem problem = AnswerRules.check(type, answer).orElse(null);
    if (problem == null) {
      return new Read(answer, null, text, answer);
    }
    FieldError.Code code =
        switch (problem.rule()) {
          case NOT_INTEGER -> FieldError.Code.NOT_AN_INTEGER;
          case OUT_OF_RANGE -> FieldError.Code.OUT_OF_RANGE;
          case NOT_AN_OPTION -> FieldError.Code.NOT_AN_OPTION;
          case REPEATED_OPTION -> FieldError.Code.REPEATED_OPTION;
          case TOO_FEW_SELECTED -> FieldError.Code.TOO_FEW_SELECTED;
          case TOO_MANY_SELECTED -> FieldError.Code.TOO_MANY_SELECTED;
          case TOO_LONG -> FieldError.Code.TOO_LONG;
          case WRONG_TYPE -> throw new IllegalStateException(problem.message());
        };
    return new Read(null, code, text, answer);
  }

  /** The message of an error of a question, with the question's own bounds. */
  static String message(Messages m, FieldError.Code code, Question question, @Nullable String text) {
    QuestionType type = question.type();
    switch (code) {
      case OUT_OF_RANGE:
        if (type instanceof QuestionType.Rating rating) {
          return between(m, rating.scale().min(), rating.scale().max());
        }
        if (type instanceof QuestionType.Nps) {
          return between(m, 0, 10);
        }
        if (type instanceof QuestionType.Number number) {
          return range(m, number.min(), number.max());
        }
        if (type instanceof QuestionType.Date date) {
          return dateRange(m, date.min(), date.max());
        }
        return m.error(code);
      case TOO_FEW_SELECTED:
        return m.error(code, ((QuestionType.MultiChoice) type).minSelected());
      case TOO_MANY_SELECTED:
        return m.error(code, ((QuestionType.MultiChoice) type).maxSelected());
      case TOO_LONG:
        String answer = text == null ? "" : text;
        return m.error(
            code,
            ((QuestionType.Text) type).maxLength(),
            answer.codePointCount(0, answer.length()));
      default:
        return m.error(code);
    }
  }

  private static String between(Messages m, double min, double max) {
    return m.msg("error.out_of_range.between", m.number(min), m.number(max));
  }

  /** The message of a number out of its range, naming the bounds it has. */
  static String range(Messages m, @Nullable Double min, @Nullable Double max) {
    if (min != null && max != null) {
      return between(m, min, max);
    }
    if (min != null) {
      return m.msg("error.out_of_range.min", m.number(min));
    }
    if (max != null) {
      return m.msg("error.out_of_range.max", m.number(max));
    }
    return m.error(FieldError.Code.OUT_OF_RANGE);
  }

  private static String dateRange(Messages m, @Nullable LocalDate min, @Nullable LocalDate max) {
    if (min != null && max != null) {
      return m.msg("error.out_of_range.date.between", m.date(min), m.date(max));
    }
    if (min != null) {
      return m.msg("error.out_of_range.date.min", m.date(min));
    }
    if (max != null) {
      return m.msg("error.out_of_range.date.max", m.date(max));
    }
    return m.error(FieldError.Code.OUT_OF_RANGE);
  }
}
