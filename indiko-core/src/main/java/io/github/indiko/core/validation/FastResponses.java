package io.github.indiko.core.validation;

import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.internal.data.Swar;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.structure.Structure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of {@code responses.jsonl}: reads a line's bytes straight into a {@link RowBuffer}
 * when the line is plainly valid, and otherwise declines, leaving the verdict (and the reject's
 * message) to the reference checks ({@link ResponseCheck}). It never accepts a line that the
 * reference checks refuse, and the row it fills holds exactly what {@link RowBuffer#set} would take
 * from the reference's {@link io.github.indiko.core.response.Response}; it may decline valid lines
 * that are unusual (escapes in ids, names or choices, exponents, more than 15 digits, a year before
 * 1000…), which then take the reference path at its cost. The duplicate checks are not made here.
 *
 * <p>Immutable and thread-safe; each thread reads through its own {@link #scanner()}.
 */
final class FastResponses {
  private static final ByteKeys MEMBERS =
      new ByteKeys(
          List.of(
              "id",
              "questionnaire",
              "version",
              "structure",
              "channel",
              "submittedAt",
              "locale",
              "respondent",
              "segment",
              "answers"));

  private static final int ID = 0;
  private static final int QUESTIONNAIRE = 1;
  private static final int VERSION = 2;
  private static final int STRUCTURE = 3;
  private static final int CHANNEL = 4;
  private static final int SUBMITTED_AT = 5;
  private static final int LOCALE = 6;
  private static final int RESPONDENT = 7;
  private static final int SEGMENT = 8;
  private static final int ANSWERS = 9;

  private static final int REQUIRED =
      1 << ID
          | 1 << QUESTIONNAIRE
          | 1 << VERSION
          | 1 << STRUCTURE
          | 1 << CHANNEL
          | 1 << SUBMITTED_AT
          | 1 << ANSWERS;

  /** What {@link Scanner#separator} read. */
  private static final int MORE = 0;

  private static final int CLOSED = 1;
  private static final int WRONG = 2;

  private static final int RATING = 0;
  private static final int YES_NO = 1;
  private static final int SINGLE = 2;
  private static final int MULTI = 3;
  private static final int NUMBER = 4;
  private static final int TEXT = 5;
  private static final int DATE = 6;

  /**
   * A choice question with an option value that has no UTF-8 form (an unpaired surrogate): its
   * answers are left to the reference, as no bytes of a line stand for that value alone.
   */
  private static final int UNREAD = 7;

  /** Longest integer or decimal read here, in digits: beyond, the reference reads it. */
  private static final int MAX_DIGITS = 15;

  /** Segment members read here, at most. */
  private static final int MAX_SEGMENTS = 16;

  /** Longest segment name read here, in bytes (the parser's own limit is far above). */
  private static final int MAX_SEGMENT_NAME = 1_000;

  private static final long DAYS_0000_TO_1970 = 719_528;
  private static final long TRUE = Swar.partialWord("true".getBytes(StandardCharsets.US_ASCII), 0, 4);
  private static final long FALSE =
      Swar.partialWord("false".getBytes(StandardCharsets.US_ASCII), 0, 5);
  private static final long NULL = Swar.partialWord("null".getBytes(StandardCharsets.US_ASCII), 0, 4);
  private static final double[] POWERS_OF_TEN = new double[MAX_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final int questionCount;
  /** The questionnaire's id, as the one key. */
  private final ByteKeys questionnaire;
  private final long version;
  private final ByteKeys structures;
  private final boolean[] enrolled;
  private final ByteKeys channels;
  private final long collectionStart;
  private final long collectionEnd;
  private final ByteKeys questions;
  private final int[] kinds;
  private final int[] lowest;
  private final int[] highest;
  private final @Nullable ByteKeys[] options;
  private final int[] fewestSelected;
  private final int[] mostSelected;
  private final QuestionType.@Nullable Number[] numbers;
  private final int[] maxLength;
  private final long[] firstDay;
  private final long[] lastDay;
  private final QuestionnaireConditions conditions;
  private final int[] conditional;
  private final boolean[] required;

  /** The required questions without condition. */
  private final int[] requiredAlways;

  FastResponses(EditionIndex index) {
    Edition edition = index.edition();
    questionnaire = new ByteKeys(List.of(edition.questionnaire().id()));
    version = edition.questionnaire().version();
    List<Structure> structureList = index.structures();
    List<String> structureIds = new ArrayList<>();
    enrolled = new boolean[structureList.size()];
    for (int s = 0; s < structureList.size(); s++) {
      structureIds.add(structureList.get(s).id().value());
      enrolled[s] = index.enrolled(structureIds.get(s));
    }
    structures = new ByteKeys(structureIds);
    channels = new ByteKeys(index.channels().stream().map(Channel::id).toList());
    DateRange collection = edition.collection();
    collectionStart = collection.from().atStartOfDay(edition.timeZone()).toEpochSecond();
    collectionEnd = collection.to().plusDays(1).atStartOfDay(edition.timeZone()).toEpochSecond();

    List<Question> list = index.questions();
    questionCount = list.size();
    questions = new ByteKeys(list.stream().map(q -> q.id().value()).toList());
    kinds = new int[questionCount];
    lowest = new int[questionCount];
    highest = new int[questionCount];
    options = new ByteKeys[questionCount];
    fewestSelected = new int[questionCount];
    mostSelected = new int[questionCount];
    numbers = new QuestionType.Number[questionCount];
    maxLength = new int[questionCount];
    firstDay = new long[questionCount];
    lastDay = new long[questionCount];
    required = new boolean[questionCount];
    for (int q = 0; q < questionCount; q++) {
      describe(q, list.get(q));
    }
    conditions = index.questionConditions();
    List<Integer> withCondition = new ArrayList<>();
    for (int q = 0; q < questionCount; q++) {
      if (conditions.condition(q).isPresent()) {
        withCondition.add(q);
      }
    }
    conditional = withCondition.stream().mapToInt(Integer::intValue).toArray();
    List<Integer> always = new ArrayList<>();
    for (int q = 0; q < questionCount; q++) {
      if (required[q] && !withCondition.contains(q)) {
        always.add(q);
      }
    }
    requiredAlways = always.stream().mapToInt(Integer::intValue).toArray();
  }

  private void describe(int q, Question question) {
    QuestionType type = question.type();
    required[q] = question.required();
    if (type instanceof QuestionType.Rating rating) {
      points(q, rating.scale().min(), rating.scale().max());
    } else if (type instanceof QuestionType.Nps) {
      points(q, 0, 10);
    } else if (type instanceof QuestionType.YesNo) {
      kinds[q] = YES_NO;
    } else if (type instanceof QuestionType.SingleChoice single && encodable(single.options())) {
      kinds[q] = SINGLE;
      options[q] = new ByteKeys(single.options().stream().map(Option::value).toList());
    } else if (type instanceof QuestionType.MultiChoice multi && encodable(multi.options())) {
      kinds[q] = MULTI;
      options[q] = new ByteKeys(multi.options().stream().map(Option::value).toList());
      Integer fewest = multi.minSelected();
      Integer most = multi.maxSelected();
      fewestSelected[q] = fewest == null ? 0 : fewest;
      mostSelected[q] = most == null ? multi.options().size() : most;
    } else if (type instanceof QuestionType.Number number) {
      kinds[q] = NUMBER;
      numbers[q] = number;
    } else if (type instanceof QuestionType.Text text) {
      kinds[q] = TEXT;
      maxLength[q] = text.maxLength();
    } else if (type instanceof QuestionType.Date date) {
      kinds[q] = DATE;
      firstDay[q] = date.min() == null ? Long.MIN_VALUE : date.min().toEpochDay();
      lastDay[q] = date.max() == null ? Long.MAX_VALUE : date.max().toEpochDay();
    } else {
      kinds[q] = UNREAD;
    }
  }

  /** Whether each option value is the only string its UTF-8 bytes decode to. */
  private static boolean encodable(List<Option> options) {
    for (Option option : options) {
      String value = option.value();
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      if (!value.equals(new String(bytes, StandardCharsets.UTF_8))) {
        return false;
      }
    }
    return true;
  }

  private void points(int q, int min, int max) {
    kinds[q] = RATING;
    lowest[q] = min;
    highest[q] = max;
  }

  /**
   * @return a new scanner, for one thread
   */
  Scanner scanner() {
    return new Scanner();
  }

  /** Reads lines on one thread; keeps its scratch between lines. Not thread-safe. */
  final class Scanner {
    private final long[] named = new long[(questionCount + 63) >>> 6];
    private final int[] segmentStarts = new int[MAX_SEGMENTS];
    private final int[] segmentEnds = new int[MAX_SEGMENTS];
    private byte[] b = new byte[0];
    private int p;
    private int end;

    /** The last string read: its content's bounds, and whether it holds an escape. */
    private int stringStart;

    private int stringEnd;
    private boolean escaped;

    /** The last number read: digits without the point, and how many follow the point. */
    private long mantissa;

    private int fractionDigits;

    private Scanner() {}

    /**
     * @param bytes the line's bytes
     * @param offset where the line starts
     * @param length its length, without terminator
     * @param row filled with the response when the line is read here; its line number is not set
     * @return true when the line passes every check but the duplicate ones; false when the
     *     reference checks must decide
     */
    boolean read(byte[] bytes, int offset, int length, RowBuffer row) {
      b = bytes;
      p = offset;
      end = offset + length;
      row.clear();
      return line(row) && conditions(row);
    }

    private boolean line(RowBuffer row) {
      space();
      if (!next('{')) {
        return false;
      }
      int seen = 0;
      int present = 0;
      space();
      if (p < end && b[p] == '}') {
        return false;
      }
      while (true) {
        int member = key(MEMBERS);
        if (member < 0 || (seen & 1 << member) != 0) {
          return false;
        }
        seen |= 1 << member;
        if (!isNull()) {
          if (!member(member, row)) {
            return false;
          }
          present |= 1 << member;
        }
        int next = separator('}');
        if (next == CLOSED) {
          break;
        }
        if (next == WRONG) {
          return false;
        }
      }
      space();
      return p == end && (present & REQUIRED) == REQUIRED;
    }

    private boolean member(int member, RowBuffer row) {
      switch (member) {
        case ID:
          if (!plainString() || !identifier(stringStart, stringEnd)) {
            return false;
          }
          row.idBytes = b;
          row.idOffset = stringStart;
          row.idLength = stringEnd - stringStart;
          return true;
        case QUESTIONNAIRE:
          return value(questionnaire) == 0;
        case VERSION:
          return number() && fractionDigits == 0 && mantissa == version;
        case STRUCTURE:
          int s = value(structures);
          row.structure = s;
          return s >= 0 && enrolled[s];
        case CHANNEL:
          row.channel = value(channels);
          return row.channel >= 0;
        case SUBMITTED_AT:
          return instant();
        case LOCALE:
          return string();
        case RESPONDENT:
          if (!plainString()) {
            return false;
          }
          row.respondentBytes = b;
          row.respondentOffset = stringStart;
          row.respondentLength = stringEnd - stringStart;
          return true;
        case SEGMENT:
          return segment();
        default:
          return answers(row);
      }
    }

    private boolean segment() {
      if (!next('{')) {
        return false;
      }
      space();
      if (p < end && b[p] == '}') {
        p++;
        return true;
      }
      int count = 0;
      while (true) {
        if (count == MAX_SEGMENTS
            || !plainString()
            || stringEnd - stringStart > MAX_SEGMENT_NAME) {
          return false;
        }
        for (int i = 0; i < count; i++) {
          if (Arrays.equals(b, segmentStarts[i], segmentEnds[i], b, stringStart, stringEnd)) {
            return false;
          }
        }
        segmentStarts[count] = stringStart;
        segmentEnds[count++] = stringEnd;
        if (!colon()) {
          return false;
        }
        if (!string()) {
          return false;
        }
        int next = separator('}');
        if (next != MORE) {
          return next == CLOSED;
        }
      }
    }

    private boolean answers(RowBuffer row) {
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
        int q = key(questions);
        if (q < 0) {
          return false;
        }
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
      switch (kinds[q]) {
        case RATING:
          if (!number() || fractionDigits != 0 || mantissa < lowest[q] || mantissa > highest[q]) {
            return false;
          }
          row.numbers[q] = mantissa;
          return true;
        case YES_NO:
          if (literal(TRUE)) {
            row.discrete[q] = 1;
            return true;
          }
          row.discrete[q] = 0;
          return literal(FALSE);
        case SINGLE:
          int option = value(options[q]);
          row.discrete[q] = option;
          return option >= 0;
        case MULTI:
          return choices(q, row);
        case NUMBER:
          if (!number()) {
            return false;
          }
          QuestionType.Number type = numbers[q];
          double value = value();
          if (fractionDigits > 0 && type.integer() || type.refusal(value).isPresent()) {
            return false;
          }
          row.numbers[q] = value;
          return true;
        case UNREAD:
          return false;
        case TEXT:
          if (!string()) {
            return false;
          }
          if (!escaped) {
            if (stringEnd - stringStart > maxLength[q]
                && codePoints(stringStart, stringEnd) > maxLength[q]) {
              return false;
            }
            row.text(q, b, stringStart, stringEnd - stringStart);
            return true;
          }
          String text = text();
          if (text == null
              || text.length() > maxLength[q]
                  && text.codePointCount(0, text.length()) > maxLength[q]) {
            return false;
          }
          row.text(q, text);
          return true;
        default:
          if (end - p < 12 || b[p] != '"' || b[p + 11] != '"') {
            return false;
          }
          long day = date(p + 1);
          p += 12;
          row.discrete[q] = day;
          return day != Long.MIN_VALUE && day >= firstDay[q] && day <= lastDay[q];
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
          int option = value(options[q]);
          if (option < 0 || (selected & 1L << option) != 0) {
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
      int count = Long.bitCount(selected);
      row.discrete[q] = selected;
      return count >= fewestSelected[q] && count <= mostSelected[q];
    }

    /** Hidden answers and missing required ones, as the reference checks evaluate them. */
    private boolean conditions(RowBuffer row) {
      // A line is refused at its first answer to a hidden question, so the conditions of later
      // questions, which read only earlier ones, see every hidden question unanswered.
      for (int q : conditional) {
        boolean answered = row.answered(q);
        if ((answered || required[q]) && conditions.shown(q, row) != answered) {
          return false;
        }
      }
      for (int q : requiredAlways) {
        if (!row.answered(q)) {
          return false;
        }
      }
      return true;
    }

    // The JSON level: each reader leaves p after what it read, and returns false on anything it
    // does not read here (then the reference parser decides).

    /**
     * Reads what follows a member or an element: a comma and the spaces after it ({@link #MORE}),
     * or the closing bracket ({@link #CLOSED}), after optional spaces; {@link #WRONG} otherwise.
     */
    private int separator(char closer) {
      if (p + 1 < end) {
        byte c = b[p];
        if (c == ',' && b[p + 1] > ' ') {
          p++;
          return MORE;
        }
        if (c == closer) {
          p++;
          return CLOSED;
        }
      }
      space();
      if (p >= end) {
        return WRONG;
      }
      byte c = b[p++];
      if (c == closer) {
        return CLOSED;
      }
      if (c != ',') {
        return WRONG;
      }
      space();
      return MORE;
    }

    /** The colon after a member name, and the spaces around it. */
    private boolean colon() {
      if (p + 1 < end && b[p] == ':' && b[p + 1] > ' ') {
        p++;
        return true;
      }
      space();
      if (!next(':')) {
        return false;
      }
      space();
      return true;
    }

    private void space() {
      while (p < end) {
        byte c = b[p];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          return;
        }
        p++;
      }
    }

    private boolean next(char expected) {
      if (p < end && b[p] == expected) {
        p++;
        return true;
      }
      return false;
    }

    private boolean isNull() {
      return p < end && b[p] == 'n' && literal(NULL);
    }

    /** One of {@link #TRUE}, {@link #FALSE} or {@link #NULL}, followed by a delimiter. */
    private boolean literal(long word) {
      int length = word == FALSE ? 5 : 4;
      if (end - p < length || Swar.partialWord(b, p, length) != word || !delimited(p + length)) {
        return false;
      }
      p += length;
      return true;
    }

    /** Whether a number or literal ending before {@code i} is followed by what may follow it. */
    private boolean delimited(int i) {
      if (i == end) {
        return true;
      }
      byte c = b[i];
      return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Reads a member name that must be one of {@code keys}, and the colon after it: found by its
     * first bytes ({@link ByteKeys#nameAt}), else scanned and looked up.
     *
     * @return the key's position, or -1 when the name is not a plain string or not a key, or no
     *     colon follows
     */
    private int key(ByteKeys keys) {
      if (p < end && b[p] == '"') {
        int found = keys.nameAt(b, p + 1, end);
        if (found >= 0) {
          p += keys.length(found) + 3;
          return found;
        }
      }
      int found = value(keys);
      return found >= 0 && colon() ? found : -1;
    }

    /**
     * Reads a string that must be one of {@code keys}.
     *
     * @return the key's position, or -1 when the string is not plain or not a key
     */
    private int value(ByteKeys keys) {
      if (p >= end || b[p] != '"') {
        return -1;
      }
      int found = keys.findQuoted(b, p + 1, end);
      if (found >= 0) {
        p += keys.length(found) + 2;
        return found;
      }
      if (found == ByteKeys.NOT_A_KEY || !plainString()) {
        return -1;
      }
      return keys.find(b, stringStart, stringEnd);
    }

    private boolean plainString() {
      return string() && !escaped;
    }

    private boolean string() {
      if (p >= end || b[p] != '"') {
        return false;
      }
      int i = p + 1;
      stringStart = i;
      escaped = false;
      while (i < end) {
        // Plain bytes eight at a time, up to the first quote, backslash, control or non-ASCII.
        while (i + 8 <= end) {
          long word = Swar.word(b, i);
          long special = Swar.stringSpecial(word);
          if (special != 0) {
            i += Swar.first(special);
            break;
          }
          i += 8;
        }
        if (i >= end) {
          return false;
        }
        int c = b[i];
        if (c == '"') {
          stringEnd = i;
          p = i + 1;
          return true;
        }
        if (c == '\\') {
          escaped = true;
          i = escape(i + 1);
        } else if (c < 0) {
          i = utf8(i, c & 0xff);
        } else if (c < 0x20) {
          return false;
        } else {
          i++;
        }
        if (i < 0) {
          return false;
        }
      }
      return false;
    }

    /**
     * @return the index after the escape whose letter is at {@code i}, or -1 when it is not one
     */
    private int escape(int i) {
      if (i >= end) {
        return -1;
      }
      switch (b[i]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          return i + 1;
        case 'u':
          if (end - i < 5) {
            return -1;
          }
          for (int k = 1; k <= 4; k++) {
            if (Character.digit(b[i + k], 16) < 0) {
              return -1;
            }
          }
          return i + 5;
        default:
          return -1;
      }
    }

    /**
     * @return the index after the well-formed UTF-8 sequence that starts with {@code lead} at
     *     {@code i} (Unicode's table 3-7), or -1
     */
    private int utf8(int i, int lead) {
      int length;
      int low = 0x80;
      int high = 0xbf;
      if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
      } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) {
          low = 0xa0;
        } else if (lead == 0xed) {
          high = 0x9f;
        }
      } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) {
          low = 0x90;
        } else if (lead == 0xf4) {
          high = 0x8f;
        }
      } else {
        return -1;
      }
      if (end - i < length) {
        return -1;
      }
      int second = b[i + 1] & 0xff;
      if (second < low || second > high) {
        return -1;
      }
      for (int k = 2; k < length; k++) {
        int next = b[i + k] & 0xff;
        if (next < 0x80 || next > 0xbf) {
          return -1;
        }
      }
      return i + length;
    }

    /**
     * @return the number of code points of the well-formed UTF-8 in {@code b[from..to)}: its bytes
     *     that do not continue a sequence
     */
    private int codePoints(int from, int to) {
      int count = 0;
      for (int i = from; i < to; i++) {
        count += (b[i] & 0xc0) == 0x80 ? 0 : 1;
      }
      return count;
    }

    /**
     * The last string's value, its escapes decoded; null when an escape is a surrogate, which the
     * reference reads.
     */
    private @Nullable String text() {
      StringBuilder out = new StringBuilder(stringEnd - stringStart);
      int from = stringStart;
      int i = stringStart;
      while (i < stringEnd) {
        if (b[i] != '\\') {
          i++;
          continue;
        }
        out.append(new String(b, from, i - from, StandardCharsets.UTF_8));
        char c;
        switch (b[i + 1]) {
          case 'b' -> c = '\b';
          case 'f' -> c = '\f';
          case 'n' -> c = '\n';
          case 'r' -> c = '\r';
          case 't' -> c = '\t';
          case 'u' -> {
            c = (char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.US_ASCII), 16);
            if (Character.isSurrogate(c)) {
              return null;
            }
            i += 4;
          }
          default -> c = (char) b[i + 1];
        }
        out.append(c);
        i += 2;
        from = i;
      }
      return out.append(new String(b, from, stringEnd - from, StandardCharsets.UTF_8)).toString();
    }

    /** {@code -?(0|[1-9][0-9]*)(.[0-9]+)?} with at most 15 digits, followed by a delimiter. */
    private boolean number() {
      if (end - p >= 2) {
        int digit = b[p] - '0';
        byte next = b[p + 1];
        if (digit >= 0 && digit <= 9 && (next == ',' || next == '}')) {
          mantissa = digit;
          fractionDigits = 0;
          p++;
          return true;
        }
      }
      int i = p;
      boolean negative = i < end && b[i] == '-';
      if (negative) {
        i++;
      }
      if (i >= end || b[i] < '0' || b[i] > '9') {
        return false;
      }
      long digits = 0;
      int count = 0;
      if (b[i] == '0') {
        i++;
        count = 1;
      } else {
        while (i < end && b[i] >= '0' && b[i] <= '9') {
          digits = digits * 10 + (b[i++] - '0');
          count++;
        }
      }
      fractionDigits = 0;
      if (i < end && b[i] == '.') {
        i++;
        int start = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
          digits = digits * 10 + (b[i++] - '0');
          count++;
        }
        fractionDigits = i - start;
        if (fractionDigits == 0) {
          return false;
        }
      }
      if (count > MAX_DIGITS || !delimited(i)) {
        return false;
      }
      mantissa = negative ? -digits : digits;
      p = i;
      return true;
    }

    /** The last number's value, as {@link java.math.BigDecimal#doubleValue()} gives it. */
    private double value() {
      // Both operands are exact doubles (at most 15 digits), so the quotient is correctly rounded.
      return fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
    }

    /** A string of [a-z0-9][a-z0-9._-]{0,63}. */
    private boolean identifier(int from, int to) {
      int length = to - from;
      if (length < 1 || length > 64 || !lowerOrDigit(b[from])) {
        return false;
      }
      for (int i = from + 1; i < to; i++) {
        byte c = b[i];
        if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
          return false;
        }
      }
      return true;
    }

    private boolean lowerOrDigit(byte c) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /**
     * A string holding an instant of format v1 ({@code YYYY-MM-DDThh:mm[:ss[.fraction]]} then
     * {@code Z} or {@code ±hh:mm}) inside the collection period, read in place (such a string has
     * nothing to unescape); a year before 1000 or the offset -00:00 are left to the reference.
     */
    private boolean instant() {
      int from = p + 1;
      if (end - from < 18 || b[p] != '"') {
        return false;
      }
      long day = date(from);
      if (day == Long.MIN_VALUE || b[from + 10] != 'T' || b[from + 13] != ':') {
        return false;
      }
      int hour = twoDigits(from + 11);
      int minute = twoDigits(from + 14);
      int second = 0;
      int i = from + 16;
      if (b[i] == ':') {
        if (end - i < 4) {
          return false;
        }
        second = twoDigits(i + 1);
        i += 3;
        if (b[i] == '.') {
          int start = ++i;
          while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
          }
          if (i == start || i - start > 9) {
            return false;
          }
        }
      }
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        return false;
      }
      long offset;
      if (end - i >= 2 && b[i] == 'Z') {
        offset = 0;
        i++;
      } else if (end - i >= 7 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
        int hours = twoDigits(i + 1);
        int minutes = twoDigits(i + 4);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours > 18 || hours == 18 && minutes > 0) {
          return false;
        }
        if (b[i] == '-' && hours == 0 && minutes == 0) {
          return false;
        }
        offset = (hours * 3600L + minutes * 60L) * (b[i] == '-' ? -1 : 1);
        i += 6;
      } else {
        return false;
      }
      if (b[i] != '"') {
        return false;
      }
      p = i + 1;
      long epochSecond = day * 86_400 + hour * 3600L + minute * 60L + second - offset;
      return epochSecond >= collectionStart && epochSecond < collectionEnd;
    }

    /**
     * @return the epoch day of the {@code YYYY-MM-DD} at {@code from}, or {@link Long#MIN_VALUE}
     *     when it is not an existing day of the years 1000 to 9999
     */
    private long date(int from) {
      int century = twoDigits(from);
      int years = twoDigits(from + 2);
      int month = twoDigits(from + 5);
      int dayOfMonth = twoDigits(from + 8);
      if (century < 10
          || years < 0
          || b[from + 4] != '-'
          || b[from + 7] != '-'
          || month < 1
          || month > 12
          || dayOfMonth < 1) {
        return Long.MIN_VALUE;
      }
      long year = century * 100L + years;
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      int length =
          month == 2 ? (leap ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
      if (dayOfMonth > length) {
        return Long.MIN_VALUE;
      }
      // LocalDate.toEpochDay, for years from 0 on.
      long total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
      total += (367L * month - 362) / 12 + dayOfMonth - 1;
      if (month > 2) {
        total -= leap ? 1 : 2;
      }
      return total - DAYS_0000_TO_1970;
    }

    /**
     * @return the two-digit number at {@code i}, or -1
     */
    private int twoDigits(int i) {
      int tens = b[i] - '0';
      int units = b[i + 1] - '0';
      if (tens < 0 || tens > 9 || units < 0 || units > 9) {
        return -1;
      }
      return tens * 10 + units;
    }
  }
}
