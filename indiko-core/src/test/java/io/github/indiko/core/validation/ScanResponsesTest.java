package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path ({@link DataValidator#scanResponses}) against the reference checks on small
 * sources: the disagreements once found, each on the smallest source that showed it, and the edges
 * a review of the fast path looked at (UTF-8's table, code points, decimals of 15 and 16 digits,
 * days that start at 01:00). Each source gives the same outcomes both ways, and what the reference
 * says of it is checked by hand.
 */
class ScanResponsesTest {
  private static final String HEAD =
      "{\"id\":\"r-%d\",\"questionnaire\":\"accueil\",\"version\":3,\"structure\":\"mairie-a\","
          + "\"channel\":\"in_person\",\"submittedAt\":\"2017-09-14T10:32:00+02:00\","
          + "\"answers\":{\"courtesy_staff\":4,%s}}";

  @Test
  void scan_optionValueWithAnUnpairedSurrogate_isNotTheValueItsUtf8Replacement() {
    // "é\uD800" has no UTF-8 form: encoding it gives "é?", which a line may hold plainly.
    EditionDefinitions definitions =
        withQuestion(
            new QuestionType.SingleChoice(options("é\uD800", "b")),
            new QuestionType.MultiChoice(options("x\uDFFF", "y"), null, null));
    DataValidator validator = DataValidator.of(definitions);

    List<LineResult<Response>> reference =
        responses(validator, line(1, "\"extra\":\"é?\""), line(2, "\"extra\":\"é\\ud800\""));
    assertThat(reject(reference.get(0)).reason()).isEqualTo(RejectReason.INVALID_ANSWER);
    assertThat(reference.get(1)).isInstanceOf(LineResult.Accepted.class);
    ScanResponsesProperties.sameOutcomes(
        validator,
        definitions.questionnaire().questions(),
        bytes(
            line(1, "\"extra\":\"é?\""),
            line(2, "\"extra\":\"é\\ud800\""),
            line(3, "\"more\":[\"x?\"]"),
            line(4, "\"more\":[\"y\",\"x\\udfff\"]")));
  }

  @Test
  void scan_optionValuesWhoseUtf8ReplacementsCollide_areReadByTheReference() {
    EditionDefinitions definitions =
        withQuestion(
            new QuestionType.SingleChoice(options("a\uD800", "a\uDBFF")),
            new QuestionType.MultiChoice(options("m", "n"), null, null));
    DataValidator validator = DataValidator.of(definitions);

    ScanResponsesProperties.sameOutcomes(
        validator,
        definitions.questionnaire().questions(),
        bytes(
            line(1, "\"extra\":\"a?\""),
            line(2, "\"extra\":\"a\\udbff\""),
            line(3, "\"extra\":\"a\\ud800\"")));
  }

  @Test
  void scan_respondentsWithUnpairedSurrogates_areNotOneAnotherNorTheirUtf8Replacement() {
    // Before the duplicate checks kept bytes, these were three respondents, as formats.md says.
    DataValidator validator = Fixtures.validator(true);
    String[] lines = {
      withRespondent(1, "\"a\\ud800\""),
      withRespondent(2, "\"a\\udbff\""),
      withRespondent(3, "\"a?\""),
      withRespondent(4, "\"a\\udbff\""),
      withRespondent(5, "\"\\udfff\\ud800\""),
      withRespondent(6, "\"\\udfff\\ud800\"")
    };

    List<LineResult<Response>> reference = responses(validator, lines);
    assertThat(reference.subList(0, 3)).allMatch(r -> r instanceof LineResult.Accepted<?>);
    assertThat(reject(reference.get(3)).message())
        .isEqualTo("respondent \"a\\udbff\" already answered for mairie-a");
    assertThat(reference.get(4)).isInstanceOf(LineResult.Accepted.class);
    assertThat(reject(reference.get(5)).reason()).isEqualTo(RejectReason.DUPLICATE_RESPONDENT);
    ScanResponsesProperties.sameOutcomes(bytes(lines));
  }

  @Test
  void scan_utf8AtTheEdgesOfWellFormed_inTextsLocalesAndSegments() throws IOException {
    // Unicode's table 3-7: the first and last sequence of each row, then ill-formed neighbours.
    String[] wellFormed = {
      "c280",
      "dfbf",
      "e0a080",
      "e0bfbf",
      "e18080",
      "ecbfbf",
      "ed8080",
      "ed9fbf",
      "ee8080",
      "efbfbf",
      "f0908080",
      "f0bfbfbf",
      "f1808080",
      "f3bfbfbf",
      "f4808080",
      "f48fbfbf",
      "7f"
    };
    String[] illFormed = {
      "c0af",
      "c1bf",
      "e09fbf",
      "eda080",
      "edbfbf",
      "f08fbfbf",
      "f4908080",
      "f5808080",
      "80",
      "bf",
      "c2",
      "e180",
      "f09080",
      "fe",
      "ff",
      "c2c2",
      "e0a0c2"
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int id = 0;
    for (String sequence : concat(wellFormed, illFormed)) {
      byte[] bytes = hex(sequence);
      for (String member : new String[] {"comment", "locale", "segment"}) {
        String[] parts = utf8Line(++id, member).split("@", -1);
        out.write(parts[0].getBytes(StandardCharsets.UTF_8));
        out.write(bytes);
        out.write(parts[1].getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    }
    List<LineResult<Response>> reference = new ArrayList<>();
    Fixtures.validator(true)
        .validateResponses(
            new ByteArrayInputStream(out.toByteArray()), DataValidator.RESPONSES, reference::add);
    int accepted = 3 * wellFormed.length;
    assertThat(reference.subList(0, accepted)).allMatch(r -> r instanceof LineResult.Accepted<?>);
    assertThat(reference.subList(accepted, reference.size()))
        .hasSize(3 * illFormed.length)
        .allMatch(r -> reject(r).message().equals("not valid UTF-8"));
    ScanResponsesProperties.sameOutcomes(out.toByteArray());
  }

  /** A line with one member holding "@", where the bytes under test go. */
  private static String utf8Line(int id, String member) {
    return switch (member) {
      case "comment" -> line(id, "\"comment\":\"x@y\"");
      case "locale" -> withRespondent(id, "\"p" + id + "\",\"locale\":\"@\"");
      default -> withRespondent(id, "\"p" + id + "\",\"segment\":{\"s\":\"@\"}");
    };
  }

  @Test
  void scan_textsOfMaxLengthCodePoints_countTwoCharsAsOne() {
    // comment has maxLength 20: 20 emoji are 40 chars and 20 code points.
    String twenty = "😀".repeat(20);
    DataValidator validator = Fixtures.validator(true);
    String[] lines = {
      line(1, "\"comment\":\"" + twenty + "\""),
      line(2, "\"comment\":\"" + twenty + "x\""),
      line(3, "\"comment\":\"" + "é".repeat(20) + "\""),
      line(4, "\"comment\":\"" + "\\ud83d\\ude00".repeat(20) + "\""),
      line(5, "\"comment\":\"" + "\\u00e9".repeat(18) + "\\n\\\"\""),
      line(6, "\"comment\":\"" + "\\u00e9".repeat(21) + "\"")
    };

    List<LineResult<Response>> reference = responses(validator, lines);
    assertThat(reference.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(reject(reference.get(1)).message())
        .isEqualTo("question comment: 21 characters, more than 20");
    assertThat(reference.get(4)).isInstanceOf(LineResult.Accepted.class);
    assertThat(reject(reference.get(5)).reason()).isEqualTo(RejectReason.INVALID_ANSWER);
    ScanResponsesProperties.sameOutcomes(bytes(lines));
  }

  @Test
  void scan_decimalsOfUpToSixteenDigits_roundToTheReferenceDouble() {
    // answer_days is a number in 0..60; the fast path reads up to 15 digits.
    Random random = new Random(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      int scale = random.nextInt(16);
      long unscaled = (long) (random.nextDouble() * 60 * Math.pow(10, scale));
      String value = BigDecimal.valueOf(unscaled, scale).toPlainString();
      lines.add(line(i, "\"answer_days\":" + (random.nextInt(10) == 0 ? "-" : "") + value));
    }
    List<LineResult<Response>> reference =
        responses(Fixtures.validator(true), lines.toArray(String[]::new));
    assertThat(reference)
        .filteredOn(r -> r instanceof LineResult.Accepted<?>)
        .hasSizeGreaterThan(2_000);
    ScanResponsesProperties.sameOutcomes(bytes(lines.toArray(String[]::new)));
  }

  @Test
  void scan_instantsAtTheBounds_ofACollectionWhoseDaysStartAtOne() {
    // Sao Paulo, 2017-2018: 2017-10-15 starts at 01:00 (-02:00), that is 03:00Z; 2018-02-18
    // starts once, at 00:00 -03:00 after 2018-02-17 23:00 came twice: also 03:00Z.
    EditionDefinitions fixtures = Fixtures.definitions(true);
    Edition e = fixtures.edition();
    Edition edition =
        new Edition(
            e.id(),
            e.name(),
            e.defaultLocale(),
            ZoneId.of("America/Sao_Paulo"),
            e.registration(),
            new DateRange(LocalDate.of(2017, 10, 15), LocalDate.of(2018, 2, 17)),
            e.questionnaire(),
            e.grid(),
            e.scoring(),
            e.trophies(),
            e.previous(),
            e.channels());
    EditionDefinitions definitions =
        new EditionDefinitions(
            edition,
            fixtures.structures(),
            fixtures.enrolments(),
            fixtures.questionnaire(),
            fixtures.grid());
    DataValidator validator = DataValidator.of(definitions);
    String[] inside = {
      "2017-10-15T03:00Z",
      "2017-10-15T01:00:00-02:00",
      "2017-10-15T00:30-03:00",
      "2018-02-18T02:59:59.999999999Z",
      "2018-02-17T23:59:59-03:00",
      "2018-02-17T23:30:00-02:00",
      "2018-02-18T00:59:59+18:00"
    };
    String[] outside = {
      "2017-10-15T02:59:59Z",
      "2017-10-14T23:59:59.999-03:00",
      "2017-10-15T00:59:59.999999999-02:00",
      "2018-02-18T03:00Z",
      "2018-02-18T00:00-03:00",
      "2018-02-17T21:00:00-18:00"
    };
    List<String> lines = new ArrayList<>();
    for (String instant : concat(inside, outside)) {
      lines.add(
          Fixtures.RESPONSE
              .replace("r-1", "r-" + lines.size())
              .replace("2017-09-14T10:32:00+02:00", instant));
    }

    List<LineResult<Response>> reference = responses(validator, lines.toArray(String[]::new));
    assertThat(reference.subList(0, inside.length))
        .allMatch(r -> r instanceof LineResult.Accepted<?>);
    assertThat(reference.subList(inside.length, lines.size()))
        .allMatch(r -> reject(r).reason() == RejectReason.OUTSIDE_COLLECTION);
    ScanResponsesProperties.sameOutcomes(
        validator, definitions.questionnaire().questions(), bytes(lines.toArray(String[]::new)));
  }

  /**
   * 70 000 lines, more than the duplicate checks keep in heap, so that they spill to a table sized
   * from the stream's length: duplicated ids and respondents next to their first line (within one
   * group of rows read ahead), and 30 000 lines after it (blocks apart, in the table on disk).
   */
  @Test
  void scan_duplicatesNearAndFarBeyondTheSpill_asTheReference() {
    List<String> lines = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> respondents = new HashSet<>();
    int duplicateIds = 0;
    int duplicateRespondents = 0;
    for (int i = 1; i <= 70_000; i++) {
      int id = i % 1000 == 0 && i > 30_000 ? i - 30_000 : i % 9 == 0 ? i - 1 : i;
      int respondent = i % 13 == 0 ? i - 2 : i % 1001 == 0 && i > 30_001 ? i - 30_001 : i;
      lines.add(withRespondent(id, "\"p-" + respondent + "\""));
      // The first line wins; a duplicate id is reported before a duplicate respondent.
      if (ids.contains("r-" + id)) {
        duplicateIds++;
      } else if (!respondents.add("p-" + respondent)) {
        duplicateRespondents++;
      } else {
        ids.add("r-" + id);
      }
    }
    byte[] bytes = bytes(lines.toArray(String[]::new));

    SourceCounts counts =
        Fixtures.validator(true)
            .scanResponses(
                new ByteArrayInputStream(bytes),
                DataValidator.RESPONSES,
                () -> row -> {},
                rejected -> {},
                task -> {},
                1);

    assertThat(counts.byReason())
        .containsOnly(
            Map.entry(RejectReason.DUPLICATE_ID, (long) duplicateIds),
            Map.entry(RejectReason.DUPLICATE_RESPONDENT, (long) duplicateRespondents));
    assertThat(duplicateIds).isGreaterThan(7000);
    assertThat(duplicateRespondents).isGreaterThan(4000);
    ScanResponsesProperties.sameOutcomes(bytes);
  }

  /**
   * A line with a space after each colon and comma, as many JSON writers put them: read by the fast
   * path itself, not declined to the reference, with the reference's outcome.
   */
  @Test
  void scan_spacesAfterColonsAndCommas_readByTheFastPathAsTheReference() {
    String spaced = Fixtures.RESPONSE.replace("\":", "\": ").replace(",\"", ", \"");
    byte[] line = spaced.getBytes(StandardCharsets.UTF_8);
    EditionIndex index = new EditionIndex(Fixtures.definitions(false));

    boolean read =
        new FastResponses(index)
            .scanner()
            .read(line, 0, line.length, new RowBuffer(index.questions().size()));

    assertThat(spaced).contains("\"id\": \"r-1\", \"questionnaire\": \"accueil\"");
    assertThat(read).isTrue();
    ScanResponsesProperties.sameOutcomes(bytes(spaced));
  }

  private static String withRespondent(int id, String respondent) {
    return Fixtures.RESPONSE
        .replace("\"r-1\"", "\"r-" + id + "\"")
        .replace("\"answers\"", "\"respondent\":" + respondent + ",\"answers\"");
  }

  private static String line(int id, String answers) {
    return String.format(java.util.Locale.ROOT, HEAD, id, answers);
  }

  private static String[] concat(String[] first, String[] second) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
  }

  private static byte[] hex(String digits) {
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  private static byte[] bytes(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<LineResult<Response>> responses(DataValidator validator, String... lines) {
    return Fixtures.responses(validator, lines);
  }

  private static Reject reject(LineResult<Response> result) {
    Reject reject = Fixtures.reject(result);
    assertThat(reject).as("a reject").isNotNull();
    return reject;
  }

  /**
   * Fixtures' edition with three questions: its required rating, {@code extra} and {@code more}.
   */
  private static EditionDefinitions withQuestion(QuestionType extra, QuestionType more) {
    EditionDefinitions fixtures = Fixtures.definitions(true);
    Question courtesy = fixtures.questionnaire().questions().get(1);
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            3,
            "fr",
            LocalizedText.of("fr", "Accueil"),
            List.of(
                new Section(
                    "all",
                    null,
                    new ArrayList<>(
                        List.of(courtesy, question("extra", extra), question("more", more))))));
    return new EditionDefinitions(
        fixtures.edition(),
        fixtures.structures(),
        fixtures.enrolments(),
        questionnaire,
        fixtures.grid());
  }

  private static Question question(String id, QuestionType type) {
    return new Question(
        new QuestionId(id), type, LocalizedText.of("fr", id), null, null, 1, false, null);
  }

  private static List<Option> options(String... values) {
    return Arrays.stream(values)
        .map(v -> new Option(v, LocalizedText.of("fr", "option"), null, null))
        .toList();
  }
}
