package io.github.indiko.core.validation;

import io.github.indiko.core.internal.EpochDays;
import java.util.Arrays;

/**
 * The answers of a response line read on bytes into a {@link RowBuffer}: each answer's JSON type,
 * then the rules of {@link AnswerBounds} over the {@link QuestionTables} of the line's version of
 * the questionnaire, each answer at its item's position. What the fast reader ({@link
 * FastResponses}) reads after the member name {@code answers}. Not thread-safe.
 */
class AnswerCursor extends JsonCursor {
  /** The tables of the line's version; set before its answers are read. */
  QuestionTables t;

  /** Bit q: item q is named in the answers read so far. */
  private final long[] named;

  /**
   * @param tables the tables of the first version; every version's have as many items
   */
  AnswerCursor(QuestionTables tables) {
    t = tables;
    named = new long[(tables.count + 63) >>> 6];
  }

  /**
   * Reads the {@code answers} object into the row, each answer checked by the rules of its
   * question.
   *
   * @return false when the reference checks must decide
   */
  final boolean answers(RowBuffer row) {
    if (!next('{')) {
      return false;
    }
    space();
    if (p < end && b[p] == '}') {
      p++;
      return true;
    }
    Arrays.fill(named, 0);
    while (true) {
      int asked = key(t.questions);
      if (asked < 0) {
        return false;
      }
      int q = t.positions[asked];
      if ((named[q >>> 6] & 1L << q) != 0) {
        return false;
      }
      named[q >>> 6] |= 1L << q;
      if (!isNull()) {
        if (!answer(q, row)) {
          return false;
        }
        row.answer(q);
      }
      int next = separator('}');
      if (next != MORE) {
        return next == CLOSED;
      }
    }
  }

  private boolean answer(int q, RowBuffer row) {
    switch (t.kinds[q]) {
      case QuestionTables.RATING:
        if (!number()
            || fractionDigits != 0
            || !AnswerBounds.onScale(mantissa, t.lowest[q], t.highest[q])) {
          return false;
        }
        row.numbers[q] = mantissa;
        return true;
      case QuestionTables.YES_NO:
        if (literal(TRUE)) {
          row.discrete[q] = 1;
          return true;
        }
        row.discrete[q] = 0;
        return literal(FALSE);
      case QuestionTables.SINGLE:
        int option = value(t.options[q]);
        row.discrete[q] = option;
        return AnswerBounds.isOption(option);
      case QuestionTables.MULTI:
        return choices(q, row);
      case QuestionTables.NUMBER:
        if (!number()) {
          return false;
        }
        double value = value();
        if (fractionDigits > 0 && t.numbers[q].integer()
            || t.numbers[q].refusal(value).isPresent()) {
          return false;
        }
        row.numbers[q] = value;
        return true;
      case QuestionTables.UNREAD:
        return false;
      case QuestionTables.TEXT:
        return text(q, row);
      default:
        return date(q, row);
    }
  }

  private boolean choices(int q, RowBuffer row) {
    if (!next('[')) {
      return false;
    }
    long selected = 0;
    space();
    if (p < end && b[p] == ']') {
      p++;
    } else {
      while (true) {
        int option = value(t.options[q]);
        if (!AnswerBounds.isOption(option) || AnswerBounds.isSelected(selected, option)) {
          return false;
        }
        selected |= 1L << option;
        int next = separator(']');
        if (next == CLOSED) {
          break;
        }
        if (next == WRONG) {
          return false;
        }
      }
    }
    row.discrete[q] = selected;
    return AnswerBounds.selectionFits(
        Long.bitCount(selected), t.fewestSelected[q], t.mostSelected[q]);
  }

  private boolean text(int q, RowBuffer row) {
    if (!string()) {
      return false;
    }
    int max = t.maxLength[q];
    if (!escaped) {
      // No more bytes than the limit is no more code points either.
      if (stringEnd - stringStart > max
          && !AnswerBounds.fitsLength(
              JsonStrings.codePoints(b, stringStart, stringEnd), max)) {
        return false;
      }
      row.text(q, b, stringStart, stringEnd - stringStart);
      return true;
    }
    String text = JsonStrings.decode(b, stringStart, stringEnd);
    if (text == null
        || text.length() > max
            && !AnswerBounds.fitsLength(text.codePointCount(0, text.length()), max)) {
      return false;
    }
    row.text(q, text);
    return true;
  }

  /** A quoted {@code YYYY-MM-DD} within the question's range; a year before 1000 declined. */
  private boolean date(int q, RowBuffer row) {
    if (end - p < 12 || b[p] != '"' || b[p + 11] != '"' || b[p + 1] == '0') {
      return false;
    }
    long day = IsoTimes.date(b, p + 1);
    p += 12;
    row.discrete[q] = day;
    return day != EpochDays.INVALID
        && AnswerBounds.inRange(day, t.firstDay[q], t.lastDay[q]);
  }
}
