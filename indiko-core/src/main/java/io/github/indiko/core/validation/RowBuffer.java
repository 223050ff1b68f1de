package io.github.indiko.core.validation;

import io.github.indiko.core.internal.EpochDays;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The storage behind a {@link ResponseRow}, reused line after line: filled by {@link
 * FastResponses} straight from a line's bytes, or by {@link #set(Response, EditionIndex, long)}
 * from a response the reference checks accepted. Also keeps the id and respondent as bytes, for
 * the duplicate checks. A text read plainly from a line is kept as its bytes, copied ({@link
 * ResponseRow#textBytes}), and made a {@code String} only when {@link #text} asks. Not thread-safe.
 */
final class RowBuffer implements ResponseRow {
  long line;
  int structure;
  int channel;

  /** The version of the questionnaire the response names. */
  int version;

  /** Bit q: question q is answered. */
  final long[] answered;

  /** Rating, nps and number answers. */
  final double[] numbers;

  /** yes_no (1 yes, 0 no), single_choice (option), multi_choice (bits), date (epoch day). */
  final long[] discrete;

  /**
   * Per declared segment key: the position of the response's value among the key's values, or -1
   * when it gives none.
   */
  final int[] segments = new int[Questionnaire.MAX_SEGMENTS];

  /** Text answers held as strings: the reference path's, and the fast path's once asked for. */
  final @Nullable String[] texts;

  /** Per question: the bytes of its text answer in {@link #textBytes}, or -1 (a string). */
  private final int[] textOffsets;

  private final int[] textLengths;
  private byte[] textBytes = new byte[256];
  private int textBytesUsed;

  /** The id's bytes ({@link AcceptedIds#bytes}): {@code idBytes[idOffset..idOffset + idLength)}. */
  byte[] idBytes = new byte[0];

  int idOffset;
  int idLength;

  /** The respondent's bytes ({@link AcceptedIds#bytes}), or null when the response names none. */
  byte @Nullable [] respondentBytes;

  int respondentOffset;
  int respondentLength;

  /** Set by {@link AcceptedIds#prepare}: the id's hash. */
  long idHash;

  /**
   * Set by {@link AcceptedIds#prepare} when respondents are checked and the response names one:
   * the structure's id, a 0 byte and the respondent, in {@code key[0..keyLength)}; else 0.
   */
  byte[] key = new byte[0];

  int keyLength;
  long keyHash;

  RowBuffer(int questions) {
    answered = new long[(questions + 63) >>> 6];
    numbers = new double[questions];
    discrete = new long[questions];
    texts = new String[questions];
    textOffsets = new int[questions];
    textLengths = new int[questions];
  }

  /** Forgets the answers and segment of the previous line. */
  void clear() {
    Arrays.fill(answered, 0);
    Arrays.fill(segments, -1);
    respondentBytes = null;
    textBytesUsed = 0;
  }

  /** Takes a text answer as its UTF-8 bytes, well-formed and unescaped. */
  void text(int question, byte[] bytes, int offset, int length) {
    if (textBytes.length - textBytesUsed < length) {
      textBytes = Arrays.copyOf(textBytes, Math.max(textBytesUsed + length, 2 * textBytes.length));
    }
    System.arraycopy(bytes, offset, textBytes, textBytesUsed, length);
    textOffsets[question] = textBytesUsed;
    textLengths[question] = length;
    textBytesUsed += length;
  }

  /** Takes a text answer as a string. */
  void text(int question, String text) {
    texts[question] = text;
    textLengths[question] = -1;
  }

  void answer(int question) {
    answered[question >>> 6] |= 1L << question;
  }

  /**
   * Fills the row from a response of the edition, each answer at its item's position.
   *
   * @param response a response that the checks of the edition accepted
   * @param line its line number
   * @throws IllegalArgumentException when its questionnaire's version, structure, channel, an
   *     answer (a question its version does not ask) or, when the questionnaire declares segments,
   *     a segment key or value is not of the edition
   */
  void set(Response response, EditionIndex index, long line) {
    clear();
    this.line = line;
    VersionPlan plan =
        index.version(response.questionnaire().id(), response.questionnaire().version());
    if (plan == null) {
      throw new IllegalArgumentException(
          "response "
              + response.id()
              + ": questionnaire "
              + response.questionnaire()
              + " is not of the edition");
    }
    version = plan.ref.version();
    structure = position(index.structurePosition(response.structure().value()), response);
    channel = position(index.channelPosition(response.channel()), response);
    idBytes = AcceptedIds.bytes(response.id().value());
    idOffset = 0;
    idLength = idBytes.length;
    String respondent = response.respondent();
    if (respondent != null) {
      respondentBytes = AcceptedIds.bytes(respondent);
      respondentOffset = 0;
      respondentLength = respondentBytes.length;
    }
    for (Map.Entry<io.github.indiko.core.questionnaire.QuestionId, Answer> entry :
        response.answers().entrySet()) {
      int asked = plan.question(entry.getKey().value());
      if (asked < 0) {
        throw new IllegalArgumentException(
            "question " + entry.getKey() + " is not of questionnaire " + plan.ref);
      }
      set(plan.positions[asked], plan.questions.get(asked), entry.getValue());
    }
    setSegments(response, index.questionnaire());
  }

  /** The positions of the response's segment values, when the questionnaire declares segments. */
  private void setSegments(Response response, Questionnaire questionnaire) {
    if (questionnaire.segments().isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> entry : response.segment().entrySet()) {
      int key = questionnaire.segmentPosition(entry.getKey());
      int value = key < 0 ? -1 : questionnaire.segments().get(key).position(entry.getValue());
      if (value < 0) {
        throw new IllegalArgumentException(
            "response "
                + response.id()
                + ": segment "
                + JsonValue.shown(entry.getKey())
                + ": "
                + JsonValue.shown(entry.getValue())
                + " is not declared by the questionnaire");
      }
      segments[key] = value;
    }
  }

  private static int position(int position, Response response) {
    if (position < 0) {
      throw new IllegalArgumentException(
          "response "
              + response.id()
              + ": structure "
              + response.structure()
              + " or channel "
              + response.channel()
              + " is not of the edition");
    }
    return position;
  }

  private void set(int q, Question question, Answer answer) {
    QuestionType type = question.type();
    if (answer instanceof Answer.Numeric numeric
        && (type instanceof QuestionType.Rating
            || type instanceof QuestionType.Nps
            || type instanceof QuestionType.Number)) {
      numbers[q] = numeric.value();
    } else if (answer instanceof Answer.YesNo yesNo && type instanceof QuestionType.YesNo) {
      discrete[q] = yesNo.value() ? 1 : 0;
    } else if (answer instanceof Answer.Choice choice
        && type instanceof QuestionType.SingleChoice single) {
      discrete[q] = option(question, single.options(), choice.value());
    } else if (answer instanceof Answer.Choices choices
        && type instanceof QuestionType.MultiChoice multi) {
      long bits = 0;
      for (String value : choices.values()) {
        bits |= 1L << option(question, multi.options(), value);
      }
      discrete[q] = bits;
    } else if (answer instanceof Answer.Text text && type instanceof QuestionType.Text) {
      text(q, text.value());
    } else if (answer instanceof Answer.Date date && type instanceof QuestionType.Date) {
      discrete[q] = EpochDays.of(date.value());
    } else {
      throw new IllegalArgumentException(
          "question " + question.id() + ": " + answer + " is not an answer of its type");
    }
    answer(q);
  }

  private static int option(Question question, List<Option> options, String value) {
    try {
      return Option.position(options, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("question " + question.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public int structure() {
    return structure;
  }

  @Override
  public int channel() {
    return channel;
  }

  @Override
  public int questionnaireVersion() {
    return version;
  }

  @Override
  public boolean answered(int question) {
    return (answered[question >>> 6] & (1L << question)) != 0;
  }

  @Override
  public double number(int question) {
    return numbers[question];
  }

  @Override
  public boolean yes(int question) {
    return discrete[question] != 0;
  }

  @Override
  public int option(int question) {
    return (int) discrete[question];
  }

  @Override
  public long options(int question) {
    return discrete[question];
  }

  @Override
  public String text(int question) {
    int length = textLengths[question];
    if (length >= 0) {
      text(
          question,
          new String(textBytes, textOffsets[question], length, StandardCharsets.UTF_8));
    }
    String text = texts[question];
    if (text == null) {
      throw new IllegalStateException("question " + question + " has no text answer");
    }
    return text;
  }

  @Override
  public int textLength(int question) {
    return textLengths[question];
  }

  @Override
  public int textOffset(int question) {
    return textOffsets[question];
  }

  @Override
  public byte[] textBytes() {
    return textBytes;
  }

  @Override
  public LocalDate date(int question) {
    return LocalDate.ofEpochDay(discrete[question]);
  }

  @Override
  public int segmentValue(int key) {
    return segments[key];
  }
}
