package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.QUESTIONNAIRE;
import static io.github.indiko.core.format.Docs.assertRefused;
import static io.github.indiko.core.format.Docs.stream;
import static io.github.indiko.core.format.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The {@code segments} of {@code questionnaire.json} (analysis.md §A2, Declaration). */
class SegmentsReaderTest {
  /** The example of analysis.md §A2, with the default locale of {@link Docs#QUESTIONNAIRE}. */
  static final String SEGMENTS =
      """
      [{"key": "age", "label": {"fr": "Âge", "en": "Age"},
        "values": [{"value": "16-34", "label": {"fr": "16 à 34 ans", "en": "16 to 34"}},
                   {"value": "35-64", "label": {"fr": "35 à 64 ans", "en": "35 to 64"}},
                   {"value": "65+",   "label": {"fr": "65 ans et plus", "en": "65 and over"}}]},
       {"key": "sex", "label": {"fr": "Sexe", "en": "Sex"},
        "values": [{"value": "f", "label": {"fr": "Femme", "en": "Woman"}},
                   {"value": "m", "label": {"fr": "Homme", "en": "Man"}}]}]
      """;

  private static Questionnaire questionnaire(String json) {
    return FormatV1.readQuestionnaire(stream(json), "questionnaire.json");
  }

  private static String segments(String json) {
    return with(QUESTIONNAIRE, "/segments", json);
  }

  private static DefinitionProblem problem(String pointer, String message) {
    return new DefinitionProblem("questionnaire.json", pointer, message);
  }

  /** A key of {@code count} values {@code v0, v1…}. */
  private static String key(String key, int count) {
    return "{\"key\": \""
        + key
        + "\", \"label\": {\"fr\": \"K\"}, \"values\": ["
        + IntStream.range(0, count)
            .mapToObj(i -> "{\"value\": \"v" + i + "\", \"label\": {\"fr\": \"V\"}}")
            .collect(Collectors.joining(", "))
        + "]}";
  }

  private static String keys(int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(key("k" + i, 2));
    }
    return "[" + String.join(", ", keys) + "]";
  }

  @Test
  void readQuestionnaire_analysisMdExample_keysAndValuesInDeclaredOrder() {
    Questionnaire questionnaire = questionnaire(segments(SEGMENTS));

    assertThat(questionnaire.segments()).extracting(Segment::key).containsExactly("age", "sex");
    Segment age = questionnaire.segments().get(0);
    assertThat(age.label()).isEqualTo(new LocalizedText(Map.of("fr", "Âge", "en", "Age")));
    assertThat(age.values())
        .extracting(SegmentValue::value)
        .containsExactly("16-34", "35-64", "65+");
    assertThat(age.values().get(2).label().in("en")).contains("65 and over");
    assertThat(questionnaire.segmentPosition("sex")).isEqualTo(1);
    assertThat(age.position("65+")).isEqualTo(2);
  }

  @Test
  void readQuestionnaire_segmentsAbsentNullOrEmpty_declaresNone() {
    assertThat(questionnaire(QUESTIONNAIRE).segments()).isEmpty();
    assertThat(questionnaire(segments("null")).segments()).isEmpty();
    assertThat(questionnaire(segments("[]")).segments()).isEmpty();
  }

  @Test
  void writeQuestionnaire_segments_readBackEqualAfterTheSections() {
    Questionnaire questionnaire = questionnaire(segments(SEGMENTS));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeQuestionnaire(questionnaire, out);

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(questionnaire(written)).isEqualTo(questionnaire);
    assertThat(written.indexOf("\"segments\"")).isGreaterThan(written.indexOf("\"sections\""));
    assertThat(written)
        .contains("\"key\": \"age\",\n      \"label\": {\n        \"fr\": \"Âge\",")
        .contains("\"value\": \"65+\"");
  }

  @Test
  void writeQuestionnaire_noSegment_writesNoMember() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeQuestionnaire(questionnaire(segments("[]")), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("segments");
  }

  @Test
  void readQuestionnaire_keyNotAnIdentifier_refusedAtTheKey() {
    assertRefused(
        () -> questionnaire(segments("[" + key("Age", 2) + "]")),
        problem(
            "/segments/0/key", "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Age\""));
  }

  @Test
  void readQuestionnaire_valueOfAnotherForm_refusedAtTheValue() {
    String segments =
        SEGMENTS.replace("\"65+\"", "\"65 +\"").replace("\"f\"", "\"F\"").replace("\"m\"", "7");

    assertRefused(
        () -> questionnaire(segments(segments)),
        problem(
            "/segments/0/values/2/value",
            "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \"65 +\""),
        problem(
            "/segments/1/values/0/value",
            "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \"F\""),
        problem("/segments/1/values/1/value", "must be a string"));
  }

  @Test
  void readQuestionnaire_valueOf64Characters_accepted65Refused() {
    String v64 = "a".repeat(63) + "+";
    String segment =
        "[{\"key\": \"k\", \"label\": {\"fr\": \"K\"}, \"values\": [{\"value\": \""
            + v64
            + "\", \"label\": {\"fr\": \"V\"}}, {\"value\": \"%s\", \"label\": {\"fr\": \"V\"}}]}]";

    assertThat(questionnaire(segments(segment.formatted("b"))).segments().get(0).position(v64))
        .isZero();
    assertRefused(
        () -> questionnaire(segments(segment.formatted("b" + v64))),
        problem(
            "/segments/0/values/1/value",
            "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \"b"
                + "a".repeat(59)
                + "…\""));
  }

  @Test
  void readQuestionnaire_repeatedKeyAndValue_refusedNamingTheFirst() {
    String repeatedValue = SEGMENTS.replace("\"m\"", "\"f\"");

    assertRefused(
        () -> questionnaire(segments(repeatedValue)),
        problem(
            "/segments/1/values/1/value",
            "segment value f is repeated (first at /segments/1/values/0)"));
    assertRefused(
        () -> questionnaire(segments("[" + key("age", 2) + ", " + key("age", 3) + "]")),
        problem("/segments/1/key", "segment key age is repeated (first at /segments/0)"));
  }

  @Test
  void readQuestionnaire_twoToFiftyValues_oneAnd51Refused() {
    assertThat(questionnaire(segments("[" + key("k", 2) + "]")).segments().get(0).values())
        .hasSize(2);
    assertThat(questionnaire(segments("[" + key("k", 50) + "]")).segments().get(0).values())
        .hasSize(50);
    assertRefused(
        () -> questionnaire(segments("[" + key("k", 1) + "]")),
        problem("/segments/0/values", "a segment key has 2 to 50 values"));
    assertRefused(
        () -> questionnaire(segments("[" + key("k", 51) + "]")),
        problem("/segments/0/values", "a segment key has 2 to 50 values"));
  }

  @Test
  void readQuestionnaire_eightKeys_nineRefused() {
    assertThat(questionnaire(segments(keys(8))).segments()).hasSize(8);
    assertRefused(
        () -> questionnaire(segments(keys(9))),
        problem("/segments", "a questionnaire declares at most 8 segment keys"));
  }

  @Test
  void readQuestionnaire_missingLabelsAndUnknownMember_refusedAtTheirObjects() {
    String segments =
        "[{\"key\": \"k\", \"values\": [{\"value\": \"a\"},"
            + " {\"value\": \"b\", \"label\": {\"en\": \"B\"}, \"score\": 1}]}]";

    assertRefused(
        () -> questionnaire(segments(segments)),
        problem("/segments/0", "missing member \"label\""),
        problem("/segments/0/values/0", "missing member \"label\""),
        problem("/segments/0/values/1/score", "unknown member \"score\""),
        problem("/segments/0/values/1/label", "has no text in the default locale \"fr\""));
  }

  @Test
  void readQuestionnaire_segmentsOfTheWrongType_refused() {
    assertRefused(() -> questionnaire(segments("{}")), problem("/segments", "must be an array"));
    assertRefused(
        () -> questionnaire(segments("[\"age\"]")), problem("/segments/0", "must be an object"));
    assertRefused(
        () -> questionnaire(segments("[{\"key\": \"k\", \"label\": {\"fr\": \"K\"}}]")),
        problem("/segments/0", "missing member \"values\""));
  }

  @Test
  void readQuestionnaire_problemsOfSeveralKeys_everyOneCollected() {
    String segments = "[" + key("Bad", 2) + ", " + key("k", 1) + ", " + key("k2", 2) + "]";

    assertRefused(
        () -> questionnaire(segments(segments.replace("\"v1\"", "\"V1\""))),
        problem("/segments/0/key", "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Bad\""),
        problem(
            "/segments/0/values/1/value",
            "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \"V1\""),
        problem("/segments/1/values", "a segment key has 2 to 50 values"),
        problem(
            "/segments/2/values/1/value",
            "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \"V1\""));
  }
}
