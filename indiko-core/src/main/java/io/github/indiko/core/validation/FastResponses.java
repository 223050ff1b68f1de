package io.github.indiko.core.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fast path of {@code responses.jsonl}: reads a line's bytes straight into a {@link RowBuffer}
 * when the line is plainly valid, and otherwise declines, leaving the verdict (and the reject's
 * message) to the reference checks ({@link ResponseCheck}). It never accepts a line that the
 * reference checks reject, and the row it fills holds exactly what {@link RowBuffer#set} would take
 * from the reference's {@link io.github.indiko.core.response.Response}; it may decline valid lines
 * that are unusual (escapes in ids, names or choices, exponents, more than 15 digits, a year before
 * 1000…), which then take the reference path at its cost. The duplicate checks are not made here.
 * When the edition names several versions of its questionnaire (analysis.md §A4), a line's answers
 * are read with the tables of the version it names; a line whose {@code answers} come before its
 * {@code version} is declined.
 *
 * <p>This class walks the members and the answers against the edition's {@link FastPlan}; the
 * tokens are read by {@link JsonCursor}, the dates and instants by {@link IsoTimes}, and the
 * answers' rules are those of {@link AnswerBounds} over the {@link QuestionTables}. Immutable and
 * thread-safe; each thread reads through its own {@link #scanner()}.
 */
final class FastResponses {
  private static final List<String> MEMBER_NAMES =
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
          "answers");

  private static final ByteKeys MEMBERS = new ByteKeys(MEMBER_NAMES);

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

  /**
   * Why lines were declined, as {@link Scanner#declines} counts them: while reading one of the
   * members (named as in the format, at their positions among the members), for the line's shape
   * (not an object, a member unknown, repeated or missing, bytes after the object), for the
   * conditions of the answers, or for the line's length (over 1 MiB: never read here). Words of the
   * format, never a datum of a line.
   */
  static final List<String> CAUSES =
      Stream.concat(MEMBER_NAMES.stream(), Stream.of("shape", "conditions", "length")).toList();

  private static final int SHAPE = MEMBER_NAMES.size();
  private static final int CONDITIONS = SHAPE + 1;
  private static final int LENGTH = SHAPE + 2;

  private static final int REQUIRED =
      1 << ID
          | 1 << QUESTIONNAIRE
          | 1 << VERSION
          | 1 << STRUCTURE
          | 1 << CHANNEL
          | 1 << SUBMITTED_AT
          | 1 << ANSWERS;

  /** Segment members read here, at most. */
  private static final int MAX_SEGMENTS = 16;

  /** Longest segment name read here, in bytes (the parser's own limit is far above). */
  private static final int MAX_SEGMENT_NAME = 1_000;

  /** What a line is read against. */
  private final FastPlan plan;

  FastResponses(EditionIndex index) {
    plan = new FastPlan(index);
  }

  /**
   * @return a new scanner, for one thread
   */
  Scanner scanner() {
    return new Scanner();
  }

  /**
   * The lines that scanners declined, added up: what the log of a read tells (docs/logging.md).
   *
   * @param declined the lines declined
   * @param acceptedByReference those of them that the reference checks accepted
   * @param byCause the lines declined per cause of {@link #CAUSES}, in that order, zeros omitted
   */
  record Declines(long declined, long acceptedByReference, Map<String, Long> byCause) {
    /**
     * @param scanners scanners no thread uses any more
     * @return their declines, added up
     */
    static Declines of(List<Scanner> scanners) {
      long[] byCause = new long[CAUSES.size()];
      long accepted = 0;
      for (Scanner scanner : scanners) {
        for (int c = 0; c < byCause.length; c++) {
          byCause[c] += scanner.declines[c];
        }
        accepted += scanner.acceptedByReference;
      }
      Map<String, Long> causes = new LinkedHashMap<>();
      long declined = 0;
      for (int c = 0; c < byCause.length; c++) {
        declined += byCause[c];
        if (byCause[c] > 0) {
          causes.put(CAUSES.get(c), byCause[c]);
        }
      }
      return new Declines(declined, accepted, Collections.unmodifiableMap(causes));
    }
  }

  /** Reads lines on one thread; keeps its scratch between lines. Not thread-safe. */
  final class Scanner extends AnswerCursor {
    /** The edition's plan, held here so that a read of it is one field away. */
    private final FastPlan plan = FastResponses.this.plan;

    private final int[] segmentStarts = new int[MAX_SEGMENTS];
    private final int[] segmentEnds = new int[MAX_SEGMENTS];
    private final IsoTimes instant = new IsoTimes();

    /** The lines this scanner declined, per cause of {@link #CAUSES}. */
    private final long[] declines = new long[CAUSES.size()];

    /** Of those, the lines that the reference checks then accepted. */
    private long acceptedByReference;

    /** Why the line being read is declined, if it is. */
    private int cause;

    /** Whether the line's version is known, so that its answers can be read. */
    private boolean versionRead;

    private Scanner() {
      super(FastResponses.this.plan.tables[0]);
    }

    /** Counts a line declined unread, as longer than 1 MiB. */
    void declineTooLong() {
      declines[LENGTH]++;
    }

    /** Counts a line declined here that the reference checks accepted. */
    void acceptedByReference() {
      acceptedByReference++;
    }

    /**
     * @param bytes the line's bytes
     * @param offset where the line starts
     * @param length its length, without terminator
     * @param row filled with the response when the line is read here; its line number is not set
     * @return true when the line passes every check but the duplicate ones; false when the
     *     reference checks must decide
     */
    boolean read(byte[] bytes, int offset, int length, RowBuffer row) {
      start(bytes, offset, length);
      row.clear();
      cause = SHAPE;
      versionRead = plan.single;
      if (!line(row)) {
        declines[cause]++;
        return false;
      }
      if (!conditions(row)) {
        declines[CONDITIONS]++;
        return false;
      }
      return true;
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
            cause = member;
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
          return value(plan.questionnaire) == 0;
        case VERSION:
          return version(row);
        case STRUCTURE:
          int s = value(plan.structures);
          row.structure = s;
          return s >= 0 && plan.enrolled[s];
        case CHANNEL:
          row.channel = value(plan.channels);
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
          return segment(row);
        default:
          // With several versions, the answers are read once the line's version is.
          return versionRead && answers(row);
      }
    }

    /**
     * A version of the edition, whose tables the line's answers are then read with (analysis.md
     * §A4).
     */
    private boolean version(RowBuffer row) {
      if (!number() || fractionDigits != 0) {
        return false;
      }
      int v = plan.single ? (mantissa == plan.versions[0] ? 0 : -1) : plan.version(mantissa);
      if (v < 0) {
        return false;
      }
      t = plan.tables[v];
      row.version = (int) plan.versions[v];
      versionRead = true;
      return true;
    }

    private boolean segment(RowBuffer row) {
      if (!next('{')) {
        return false;
      }
      space();
      if (p < end && b[p] == '}') {
        p++;
        return true;
      }
      if (plan.segmentKeys != null) {
        return declaredSegment(plan.segmentKeys, row);
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

    /**
     * The members of a segment after its opening brace, when the questionnaire declares segments:
     * each key a declared key, once, and its value a declared value of it, its position put in
     * the row; any other segment is the reference checks' ({@code invalid_segment} or {@code
     * malformed}).
     */
    private boolean declaredSegment(ByteKeys keys, RowBuffer row) {
      while (true) {
        int key = key(keys);
        if (key < 0 || row.segments[key] >= 0) {
          return false;
        }
        int value = value(plan.segmentValues[key]);
        if (value < 0) {
          return false;
        }
        row.segments[key] = value;
        int next = separator('}');
        if (next != MORE) {
          return next == CLOSED;
        }
      }
    }

    /**
     * A string holding an instant of format v1 inside the collection period, read in place (such
     * a string has nothing to unescape); a year before 1000 or the offset -00:00 are left to the
     * reference.
     */
    private boolean instant() {
      if (p >= end || b[p] != '"' || p + 1 < end && b[p + 1] == '0') {
        return false;
      }
      int i = instant.read(b, p + 1, end);
      if (i < 0 || i >= end || b[i] != '"' || instant.negativeZero) {
        return false;
      }
      p = i + 1;
      long epochSecond = instant.epochSecond();
      return epochSecond >= plan.collectionStart && epochSecond < plan.collectionEnd;
    }

    /** Hidden answers and missing required ones, as the reference checks evaluate them. */
    private boolean conditions(RowBuffer row) {
      // A line is rejected at its first answer to a hidden question, so the conditions of later
      // questions, which read only earlier ones, see every hidden question unanswered.
      for (int k : t.conditional) {
        int q = t.positions[k];
        boolean answered = row.answered(q);
        if ((answered || t.required[q]) && t.conditions.shown(k, row) != answered) {
          return false;
        }
      }
      for (int q : t.requiredAlways) {
        if (!row.answered(q)) {
          return false;
        }
      }
      return true;
    }
  }
}
