package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The fast path ({@link DataValidator#scanResponses}) against the reference checks ({@link
 * DataValidator#validateResponses(java.io.InputStream, String, java.util.function.Consumer)}) on
 * lines built to sit on every edge the fast path reads: each line gives the same reject, or an
 * accepted row holding exactly the response's answers.
 */
class ScanResponsesProperties {
  private static final DataValidator VALIDATOR = Fixtures.validator(true);
  private static final DataValidator SEGMENTED = DataValidator.of(Fixtures.segmented(true));
  private static final List<Question> QUESTIONS =
      Fixtures.definitions(true).questionnaire().questions();

  /** Answers, right and wrong, as they may be written, per question id. */
  private static final String[][] ANSWERS = {
    {"contact_mode", "\"phone\"", "\"email\"", "\"ph\\u006fne\"", "\"fax\"", "1", "null"},
    {"courtesy_staff", "4", "1", "5", "0", "6", "4.0", "4.5", "-0", "04", "4e0", "\"4\"", "null"},
    {"recommend", "0", "10", "9", "11", "-1", "-0", "1E1", "null", "true"},
    {"used_online", "true", "false", "null", "\"true\"", "tru", "1"},
    {"online_useful", "1", "4", "5", "null", "3"},
    {
      "reasons", "[\"a\"]", "[\"a\",\"c\"]", "[\"a\",\"b\",\"c\",\"d\"]", "[]", "[\"a\",\"a\"]",
      "[\"e\"]", "[ \"b\" , \"d\" ]", "[\"a\",]", "\"a\"", "[1]", "null"
    },
    {
      "visits_year", "12", "0", "365", "366", "-1", "12.5", "12.0", "1e2", "123456789012345",
      "0.1", "null"
    },
    {
      "answer_days", "2.5", "0.1", "0.30000000000000004", "60", "60.0001", "-0.0", "1.25",
      "59.999999999999", "3.", ".5", "null"
    },
    {
      "comment", "\"ok\"", "\"tr\\u00e8s bien\"", "\"très bien\"", "\"a\\\"b\\\\c\\/d\\n\"",
      "\"\\ud83d\\ude00\"", "\"😀😀\"", "\"01234567890123456789\"", "\"012345678901234567890\"",
      "\"\\x\"", "\"tab\there\"", "\"\"", "null"
    },
    {
      "visit_date", "\"2017-09-01\"", "\"2017-08-15\"", "\"2017-11-30\"", "\"2017-12-01\"",
      "\"2017-02-29\"", "\"2017-9-01\"", "\"2017-09-31\"", "null"
    }
  };

  private static final String[] IDS = {"\"r-1\"", "\"r-2\"", "\"R-1\"", "\"r\\u002d3\"", "1"};
  private static final String[] STRUCTURES = {
    "\"mairie-a\"", "\"mairie-b\"", "\"mairie-c\"", "\"mairie-z\"", "\"mairie\\u002da\""
  };
  private static final String[] CHANNELS = {
    "\"in_person\"", "\"phone\"", "\"kiosk\"", "\"website\"", "\"fax\"", "\"Phone\""
  };
  private static final String[] INSTANTS = {
    "\"2017-09-14T10:32:00+02:00\"",
    "\"2017-09-14T10:32+02:00\"",
    "\"2017-09-14T10:32:00.123456789Z\"",
    "\"2017-08-31T22:00:00Z\"",
    "\"2017-08-31T21:59:59.999Z\"",
    "\"2017-11-30T23:00:00Z\"",
    "\"2017-11-30T22:59:59+00:00\"",
    "\"2017-11-30T23:59:59+01:00\"",
    "\"2017-09-14T10:32:00-00:00\"",
    "\"2017-09-14T24:00:00Z\"",
    "\"2017-09-14T10:32:60Z\"",
    "\"2017-09-14T10:32:00+18:00\"",
    "\"2017-09-14T10:32:00+18:01\"",
    "\"2017-09-14 10:32:00Z\"",
    "\"2017-09-14T10:32:00.Z\""
  };
  private static final String[] RESPONDENTS = {"\"p-1\"", "\"p-2\"", "\"p\\u002d1\"", "\"é\""};

  @Test
  void scan_givesWhatTheReferenceGives_onLinesAtTheEdges() {
    qt().withExamples(300).forAll(lines()).checkAssert(ScanResponsesProperties::sameOutcomes);
  }

  /**
   * The same lines, the questionnaire declaring segments: a line naming an undeclared key or
   * value is {@code invalid_segment} on both paths, and a row holds each value's position.
   */
  @Test
  void scan_givesWhatTheReferenceGives_withDeclaredSegments() {
    qt().withExamples(300)
        .forAll(lines())
        .checkAssert(
            lines ->
                sameOutcomes(
                    SEGMENTED,
                    QUESTIONS,
                    (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void scan_givesWhatTheReferenceGives_withDeclaredSegmentsOnMutatedBytes() {
    qt().withExamples(300)
        .forAll(lines(), SourceDSL.longs().all())
        .checkAssert((lines, seed) -> sameOutcomes(SEGMENTED, QUESTIONS, mutated(lines, seed)));
  }

  @Test
  void scan_givesWhatTheReferenceGives_onMutatedBytes() {
    qt().withExamples(300)
        .forAll(lines(), SourceDSL.longs().all())
        .checkAssert((lines, seed) -> sameOutcomes(mutated(lines, seed)));
  }

  /**
   * A byte order mark at the start of the stream (skipped), at the start of a line or inside one
   * (malformed): both paths agree, and the leading one changes nothing.
   */
  @Test
  void scan_givesWhatTheReferenceGives_withAByteOrderMark() {
    qt().withExamples(200)
        .forAll(lines(), SourceDSL.longs().all())
        .checkAssert(
            (lines, seed) -> {
              byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
              byte[] leading = withBom(bytes, 0);
              sameOutcomes(leading);
              assertThat(reference(leading)).isEqualTo(reference(bytes));
              sameOutcomes(withBom(bytes, new Random(seed).nextInt(bytes.length + 1)));
            });
  }

  private static byte[] withBom(byte[] bytes, int at) {
    byte[] marked = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, marked, 0, at);
    marked[at] = (byte) 0xEF;
    marked[at + 1] = (byte) 0xBB;
    marked[at + 2] = (byte) 0xBF;
    System.arraycopy(bytes, at, marked, at + 3, bytes.length - at);
    return marked;
  }

  private static List<LineResult<Response>> reference(byte[] bytes) {
    List<LineResult<Response>> results = new ArrayList<>();
    VALIDATOR.validateResponses(
        new ByteArrayInputStream(bytes), DataValidator.RESPONSES, results::add);
    return results;
  }

  private static Gen<List<String>> lines() {
    return SourceDSL.longs().all().map(ScanResponsesProperties::lines);
  }

  private static List<String> lines(long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      lines.add(random.nextInt(20) == 0 ? pick(random, "", "  ", "\t\r", "{}", "[]") : line(random));
    }
    return lines;
  }

  private static String line(Random random) {
    List<String> members = new ArrayList<>();
    members.add("\"id\":" + (random.nextInt(4) == 0 ? pick(random, IDS) : "\"r-" + random.nextInt(1000) + "\""));
    members.add("\"questionnaire\":" + (random.nextInt(30) == 0 ? "\"accueil2\"" : "\"accueil\""));
    members.add("\"version\":" + (random.nextInt(30) == 0 ? pick(random, "2", "3.0", "\"3\"") : "3"));
    members.add("\"structure\":" + pick(random, STRUCTURES));
    members.add("\"channel\":" + pick(random, CHANNELS));
    members.add("\"submittedAt\":" + pick(random, INSTANTS));
    if (random.nextBoolean()) {
      members.add("\"locale\":" + pick(random, "\"fr\"", "null", "\"\\u00e9\"", "1"));
    }
    if (random.nextBoolean()) {
      members.add("\"respondent\":" + pick(random, RESPONDENTS));
    }
    if (random.nextInt(3) == 0) {
      members.add(
          "\"segment\":"
              + pick(
                  random,
                  "{}",
                  "{\"age\":\"18-29\"}",
                  "{\"age\":\"18-29\",\"sex\":\"f\"}",
                  "{ \"sex\" : \"m\" , \"age\" : \"65+\" }",
                  "{\"age\":\"65\"}",
                  "{\"age\":\"30-49\",\"region\":\"north\"}",
                  "{\"sex\":\"f\",\"sex\":\"m\"}",
                  "{\"s\\u0065x\":\"f\"}",
                  "{\"age\":\"65\\u002b\"}",
                  "{\"age\":null}",
                  "{\"agex\":\"f\"}",
                  "{\"sex\":\"F\"}",
                  "{\"age\":\"a\",\"age\":\"b\"}",
                  "{\"age\":1}",
                  "{\"a\\u0067e\":\"x\",\"age\":\"y\"}",
                  "null",
                  "[]"));
    }
    StringBuilder answers = new StringBuilder("{");
    for (String[] answer : ANSWERS) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      if (answers.length() > 1) {
        answers.append(',');
      }
      answers
          .append('"')
          .append(answer[0])
          .append("\":")
          .append(answer[1 + random.nextInt(answer.length - 1)]);
    }
    if (random.nextInt(20) == 0) {
      answers.append(answers.length() > 1 ? "," : "").append("\"courtesy_staff\":3");
    }
    if (random.nextInt(20) == 0) {
      answers.append(answers.length() > 1 ? "," : "").append("\"unknown\":1");
    }
    members.add("\"answers\":" + answers.append('}'));
    if (random.nextInt(20) == 0) {
      members.add(pick(random, "\"extra\":1", "\"id\":\"r-9\"", "\"locale\":null"));
    }
    java.util.Collections.shuffle(members.subList(random.nextInt(3) == 0 ? 0 : members.size(), members.size()), random);
    String separator = random.nextInt(10) == 0 ? " , " : ",";
    String line = "{" + String.join(separator, members) + "}";
    return random.nextInt(15) == 0 ? pick(random, " ", "\t") + line + pick(random, " ", "\r", " x") : line;
  }

  /** The lines with one byte deleted, inserted or replaced, from JSON's syntax or UTF-8's edges. */
  private static byte[] mutated(List<String> lines, long seed) {
    Random random = new Random(seed);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(bytes.length);
    byte[] inserts = {
      '"', '\\', ',', '}', '{', '[', ']', ':', ' ', '0', '-', '.', 'e', 'n', 1, 0, (byte) 0xff,
      (byte) 0xc3, (byte) 0xa9, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xf4, (byte) 0x90
    };
    byte insert = inserts[random.nextInt(inserts.length)];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(bytes, 0, at);
    int kind = random.nextInt(3);
    if (kind > 0) {
      out.write(insert);
    }
    int from = kind == 1 ? at : at + 1;
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }

  @Test
  void scan_numbersLinesAcrossBlocks_andRejectsTooLongLines() {
    List<String> lines = new ArrayList<>();
    Random random = new Random(7);
    while (lines.size() < 12_000) {
      lines.add(line(random));
      if (lines.size() == 5_000) {
        lines.add("{\"id\":\"" + "x".repeat(1 << 20) + "\"}");
        lines.add(" ".repeat((1 << 20) + 5));
      }
    }
    sameOutcomes(lines);
  }

  private static void sameOutcomes(List<String> lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    sameOutcomes(bytes);
  }

  static void sameOutcomes(byte[] bytes) {
    sameOutcomes(VALIDATOR, QUESTIONS, bytes);
  }

  /**
   * @param validator the validator of an edition
   * @param questions the edition's questions
   * @param bytes lines of {@code responses.jsonl}
   */
  static void sameOutcomes(DataValidator validator, List<Question> questions, byte[] bytes) {
    List<Object> expected = new ArrayList<>();
    SourceCounts reference =
        validator.validateResponses(
            new ByteArrayInputStream(bytes),
            DataValidator.RESPONSES,
            result ->
                expected.add(
                    result instanceof LineResult.Accepted<Response> accepted
                        ? describe(validator.row(accepted.record()), accepted.line(), questions)
                        : result));
    List<Map.Entry<Long, Object>> outcomes = new ArrayList<>();
    // A pool of its own, so that any test class may call this one.
    ExecutorService workers = Executors.newFixedThreadPool(2);
    SourceCounts fast;
    try {
      fast =
          validator.scanResponses(
              new ByteArrayInputStream(bytes),
              DataValidator.RESPONSES,
              () ->
                  row -> {
                    synchronized (outcomes) {
                      outcomes.add(Map.entry(row.line(), describe(row, row.line(), questions)));
                    }
                  },
              rejected -> {
                synchronized (outcomes) {
                  outcomes.add(Map.entry(rejected.line(), rejected));
                }
              },
              workers,
              2);
    } finally {
      workers.shutdownNow();
    }
    // Rows come in no particular order: put every outcome back in line order.
    outcomes.sort(Map.Entry.comparingByKey());
    List<Object> actual = outcomes.stream().map(Map.Entry::getValue).toList();
    assertThat(actual).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(fast).isEqualTo(reference);
  }

  /**
   * Everything a row holds, as text: line, structure, channel, version of the questionnaire, each
   * question's typed answer, the position of each segment value.
   */
  static String describe(ResponseRow row, long line, List<Question> questions) {
    StringBuilder out =
        new StringBuilder()
            .append(line)
            .append(' ')
            .append(row.structure())
            .append(' ')
            .append(row.channel())
            .append(" v")
            .append(row.questionnaireVersion());
    for (int q = 0; q < questions.size(); q++) {
      out.append(' ');
      if (!row.answered(q)) {
        out.append('-');
        continue;
      }
      QuestionType type = questions.get(q).type();
      if (type instanceof QuestionType.Rating
          || type instanceof QuestionType.Nps
          || type instanceof QuestionType.Number) {
        out.append(Double.doubleToRawLongBits(row.number(q))).append('=').append(row.number(q));
      } else if (type instanceof QuestionType.YesNo) {
        out.append(row.yes(q));
      } else if (type instanceof QuestionType.SingleChoice) {
        out.append(row.option(q));
      } else if (type instanceof QuestionType.MultiChoice) {
        out.append(Long.toBinaryString(row.options(q)));
      } else if (type instanceof QuestionType.Text) {
        out.append('"').append(row.text(q)).append('"');
      } else {
        out.append(row.date(q));
      }
    }
    out.append(" segment");
    for (int key = 0; key < Questionnaire.MAX_SEGMENTS; key++) {
      out.append(' ').append(row.segmentValue(key));
    }
    return out.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
