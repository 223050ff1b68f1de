package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One rule of formats.md at a time: the example of formats.md, changed in one place. */
class SchemaRulesTest {
  private static ObjectNode example(String kind) {
    return (ObjectNode) SchemaCheck.JSON.readTree(SchemasTest.example(kind));
  }

  private static ObjectNode object(JsonNode document, String pointer) {
    return (ObjectNode) document.at(pointer);
  }

  /** Sets a member of the object at a JSON pointer to a JSON value. */
  private static Consumer<ObjectNode> set(String pointer, String member, String value) {
    return document -> object(document, pointer).set(member, json(value));
  }

  private static JsonNode json(String text) {
    return SchemaCheck.JSON.readTree(text);
  }

  /**
   * The keywords that refused the example once changed; empty when it is valid. A refusal inside
   * {@code anyOf} or a failing {@code then} also reports the keywords of the other branches.
   */
  private static List<String> refusals(String kind, Consumer<ObjectNode> change) {
    ObjectNode document = example(kind);
    change.accept(document);
    return SchemaCheck.errors(kind, document).stream().map(Error::getKeyword).toList();
  }

  @Test
  void edition_unknownMember() {
    assertThat(refusals("edition", d -> d.put("previus", "../2016/results.json")))
        .contains("additionalProperties");
    assertThat(refusals("edition", d -> object(d, "/scoring").put("themse", 1)))
        .contains("additionalProperties");
    assertThat(refusals("edition", d -> object(d, "/registration").put("open", "2017-06-20")))
        .contains("additionalProperties");
  }

  @Test
  void questionnaire_unknownMember() {
    assertThat(refusals("questionnaire", d -> d.put("versions", 3)))
        .contains("additionalProperties");
    assertThat(
            refusals(
                "questionnaire",
                d -> object(d, "/sections/0/questions/0").put("labell", "courtesy")))
        .contains("unevaluatedProperties");
  }

  @Test
  void questionnaire_memberOfAnotherType() {
    assertThat(
            refusals(
                "questionnaire", set("/sections/0/questions/5", "scale", "{\"min\":0,\"max\":10}")))
        .as("an nps question has no scale")
        .contains("unevaluatedProperties");
    assertThat(
            refusals(
                "questionnaire", d -> object(d, "/sections/0/questions/2").put("maxLength", 10)))
        .as("a yes_no question has no maxLength")
        .contains("unevaluatedProperties");
  }

  @Test
  void grid_memberOfAMeasureOnACheck() {
    assertThat(refusals("grid", d -> object(d, "/criteria/1").put("unit", "ring")))
        .contains("unevaluatedProperties");
    assertThat(refusals("grid", d -> object(d, "/criteria/0").put("integer", false))).isEmpty();
  }

  @Test
  void dataLine_unknownMember() {
    assertThat(refusals("response", d -> d.set("sumbittedAt", d.remove("submittedAt"))))
        .contains("required", "additionalProperties");
    assertThat(refusals("audit", d -> d.set("auditeur", d.remove("auditor"))))
        .contains("additionalProperties");
  }

  @Test
  void audit_ofAnIdentifierOrNull() {
    assertThat(refusals("audit", d -> d.put("of", "a-0001"))).isEmpty();
    assertThat(refusals("audit", d -> d.putNull("of"))).isEmpty();
    assertThat(refusals("audit", d -> d.put("of", "A-0001"))).contains("pattern");
    assertThat(refusals("audit", d -> d.put("of", 1))).contains("type");
    assertThat(refusals("audit", d -> d.put("of", "a".repeat(65)))).contains("pattern");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Mairie-lyon",
        "-lyon",
        ".lyon",
        "mairie lyon",
        "mairie/lyon",
        "mairie-évry",
        "lyon!",
        "lyon\n"
      })
  void identifier_refused(String id) {
    assertThat(refusals("structures", d -> object(d, "/structures/0").put("id", id)))
        .contains("pattern");
    assertThat(refusals("response", d -> d.put("id", id))).contains("pattern");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "2017", "a.b_c-d", "9-"})
  void identifier_accepted(String id) {
    assertThat(refusals("edition", d -> d.put("id", id))).isEmpty();
  }

  @Test
  void identifier_atMost64Characters() {
    assertThat(refusals("edition", d -> d.put("id", "a".repeat(64)))).isEmpty();
    assertThat(refusals("edition", d -> d.put("id", "a".repeat(65)))).contains("pattern");
  }

  @ParameterizedTest
  @ValueSource(strings = {"edition", "structures", "enrolments", "questionnaire", "grid"})
  void format_wrongConst(String kind) {
    assertThat(refusals(kind, d -> d.put("format", "indiko." + kind + "/2"))).contains("const");
    assertThat(refusals(kind, d -> d.remove("format"))).contains("required");
  }

  @Test
  void weight_itemAndTheme() {
    assertThat(
            refusals("questionnaire", d -> object(d, "/sections/0/questions/0").put("weight", 0)))
        .contains("exclusiveMinimum");
    assertThat(refusals("grid", d -> object(d, "/criteria/0").put("weight", 1000.5)))
        .contains("maximum");
    assertThat(refusals("grid", d -> object(d, "/criteria/0").put("weight", 1000))).isEmpty();
    assertThat(refusals("edition", d -> object(d, "/scoring/themes").put("courtesy", 0)))
        .contains("exclusiveMinimum");
    assertThat(refusals("edition", d -> object(d, "/scoring/themes").put("overall", 1)))
        .isNotEmpty();
    assertThat(refusals("edition", d -> object(d, "/scoring/themes").put("proximity", 2)))
        .isEmpty();
  }

  @Test
  void weight_sources() {
    assertThat(refusals("edition", set("/scoring", "sources", "{\"survey\":1,\"audit\":0}")))
        .isEmpty();
    assertThat(refusals("edition", set("/scoring", "sources", "{\"audit\":2}"))).isEmpty();
    assertThat(refusals("edition", set("/scoring", "sources", "{\"survey\":0,\"audit\":0}")))
        .contains("exclusiveMinimum");
    assertThat(refusals("edition", set("/scoring", "sources", "{}"))).contains("required");
    assertThat(refusals("edition", set("/scoring", "sources", "{\"survey\":1,\"audit\":-0.1}")))
        .contains("minimum");
    assertThat(refusals("edition", set("/scoring", "sources", "{\"survey\":1,\"web\":1}")))
        .contains("additionalProperties");
  }

  @Test
  void number_beyond1e15() {
    assertThat(
            refusals(
                "response", d -> object(d, "/answers").put("wait_minutes", new BigDecimal("1e15"))))
        .isEmpty();
    assertThat(
            refusals(
                "response",
                d ->
                    object(d, "/answers")
                        .put("wait_minutes", new BigDecimal("1.0000000000000001e15"))))
        .contains("maximum");
    assertThat(
            refusals(
                "response",
                d -> object(d, "/answers").put("wait_minutes", new BigDecimal("-1e16"))))
        .contains("minimum");
    assertThat(refusals("response", d -> d.put("version", new BigDecimal("1e16"))))
        .contains("maximum");
    assertThat(
            refusals(
                "audit",
                d -> object(d, "/observations").put("phone_rings", new BigDecimal("2e15"))))
        .contains("maximum");
    assertThat(
            refusals(
                "questionnaire",
                d ->
                    object(d, "/sections/0/questions/1/target")
                        .put("bad", new BigDecimal("-1e16"))))
        .contains("minimum");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017-09-14 10:32:00+02:00",
        "2017-09-14T10:32:00",
        "2017-09-14T10:32:00+0200",
        "2017-09-14T10:32:00+02",
        "2017-09-14T10Z",
        "2017-09-14T24:00Z",
        "2017-13-14T10:32Z",
        "2017-09-14T10:32:00.Z",
        "2017-09-14T10:32:00.1234567890Z",
        "2017-09-14T10:32:00+18:01",
        "2017-09-14T10:32:00-19:00",
        "2017-09-14",
        "1505377920"
      })
  void instant_refused(String instant) {
    assertThat(refusals("response", d -> d.put("submittedAt", instant))).contains("pattern");
    assertThat(refusals("audit", d -> d.put("performedAt", instant))).contains("pattern");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017-09-14T10:32Z",
        "2017-09-14T10:32:00Z",
        "2017-09-14T10:32:00.5+02:00",
        "2017-09-14T10:32:00.123456789-05:30",
        "2017-09-14T10:32:00+18:00",
        "2017-09-14T10:32:00-18:00"
      })
  void instant_accepted(String instant) {
    assertThat(refusals("response", d -> d.put("submittedAt", instant))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2017-6-25", "25/06/2017", "2017-06-25T00:00Z", "2017-00-25", "2017-06-32"})
  void date_refused(String date) {
    assertThat(refusals("enrolments", d -> object(d, "/enrolments/0").put("at", date)))
        .contains("pattern");
  }

  @Test
  void questionType_unknown() {
    assertThat(
            refusals(
                "questionnaire", d -> object(d, "/sections/0/questions/0").put("type", "slider")))
        .contains("enum");
    assertThat(refusals("grid", d -> object(d, "/criteria/0").put("type", "count")))
        .contains("enum");
  }

  @Test
  void questionType_ownMembers() {
    String rating = "/sections/0/questions/0";
    assertThat(refusals("questionnaire", d -> object(d, rating).remove("scale")))
        .contains("required");
    assertThat(refusals("questionnaire", d -> object(d, rating).put("topBox", 0)))
        .contains("minimum");
    assertThat(refusals("questionnaire", d -> object(d, rating).put("topBox", 2.0))).isEmpty();
    assertThat(refusals("questionnaire", d -> object(d, rating + "/scale").put("max", 5.5)))
        .contains("type");
    assertThat(
            refusals(
                "questionnaire",
                d ->
                    object(d, rating)
                        .set("labels", json("{\"1\":{\"fr\":\"Non\"},\"one\":{\"fr\":\"Non\"}}"))))
        .contains("propertyNames");
    assertThat(
            refusals(
                "questionnaire", d -> object(d, "/sections/0/questions/6").put("maxLength", 10001)))
        .contains("maximum");
    assertThat(
            refusals(
                "questionnaire", d -> object(d, "/sections/0/questions/6").put("maxLength", 0)))
        .contains("minimum");
    assertThat(
            refusals(
                "questionnaire",
                d -> object(d, "/sections/0/questions/2").put("favourable", "yes")))
        .contains("type");
    assertThat(
            refusals("questionnaire", d -> object(d, "/sections/0/questions/1").put("integer", 1)))
        .contains("type");
  }

  @Test
  void questionType_choices() {
    String two =
        "[{\"value\":\"a\",\"label\":{\"fr\":\"A\"},\"score\":100,\"favourable\":true},"
            + "{\"value\":\"b\",\"label\":{\"fr\":\"B\"},\"score\":0}]";
    Consumer<ObjectNode> single =
        d ->
            object(d, "/sections/0/questions/2")
                .put("type", "single_choice")
                .set("options", json(two));
    assertThat(refusals("questionnaire", single)).isEmpty();
    assertThat(
            refusals(
                "questionnaire",
                single.andThen(
                    d -> ((ArrayNode) d.at("/sections/0/questions/2/options")).remove(1))))
        .contains("minItems");
    assertThat(
            refusals(
                "questionnaire",
                single.andThen(
                    d -> object(d, "/sections/0/questions/2/options/0").put("score", 101))))
        .contains("maximum");
    assertThat(
            refusals(
                "questionnaire",
                single.andThen(
                    d -> object(d, "/sections/0/questions/2/options/1").put("value", ""))))
        .contains("minLength");
    assertThat(
            refusals(
                "questionnaire",
                single.andThen(d -> object(d, "/sections/0/questions/2").put("minSelected", 1))))
        .contains("unevaluatedProperties");
    Consumer<ObjectNode> fiftyOne =
        single.andThen(
            d -> {
              ArrayNode options = (ArrayNode) d.at("/sections/0/questions/2/options");
              for (int i = 0; i < 49; i++) {
                options.add(json("{\"value\":\"o" + i + "\",\"label\":{\"fr\":\"O\"}}"));
              }
            });
    assertThat(refusals("questionnaire", fiftyOne)).contains("maxItems");

    Consumer<ObjectNode> multi =
        single.andThen(
            d ->
                object(d, "/sections/0/questions/2")
                    .put("type", "multi_choice")
                    .put("maxSelected", 2));
    assertThat(refusals("questionnaire", multi)).contains("additionalProperties");
    Consumer<ObjectNode> unscored =
        multi.andThen(
            d -> {
              object(d, "/sections/0/questions/2/options/0").remove("score");
              object(d, "/sections/0/questions/2/options/1").remove("score");
            });
    assertThat(refusals("questionnaire", unscored)).isEmpty();
    assertThat(
            refusals(
                "questionnaire",
                unscored.andThen(d -> object(d, "/sections/0/questions/2").put("maxSelected", 0))))
        .contains("minimum");
  }

  @Test
  void questionType_dateBounds() {
    Consumer<ObjectNode> date =
        d ->
            object(d, "/sections/0/questions/2")
                .put("type", "date")
                .put("min", "2017-01-01")
                .putNull("max");
    assertThat(refusals("questionnaire", date)).isEmpty();
    assertThat(
            refusals(
                "questionnaire",
                date.andThen(d -> object(d, "/sections/0/questions/2").put("max", 2017))))
        .isNotEmpty();
  }

  @Test
  void integer_fractionZeroIsAnInteger() {
    assertThat(refusals("response", d -> d.put("version", new BigDecimal("3.0")))).isEmpty();
    assertThat(refusals("response", d -> d.put("version", new BigDecimal("3.5")))).contains("type");
    assertThat(refusals("response", d -> d.put("version", "3"))).contains("type");
    assertThat(refusals("response", d -> d.put("version", true))).contains("type");
    assertThat(refusals("structures", d -> object(d, "/structures/0").put("population", -1)))
        .contains("minimum");
  }

  @Test
  void localizedText_bounds() {
    assertThat(refusals("edition", set("", "name", "{}"))).contains("minProperties");
    assertThat(refusals("edition", d -> object(d, "/name").put("fr", "x".repeat(2001))))
        .contains("maxLength");
    assertThat(refusals("edition", d -> object(d, "/name").put("fr", "\uD83C\uDFDB".repeat(2000))))
        .as("2 000 code points, 4 000 UTF-16 units")
        .isEmpty();
    assertThat(refusals("edition", d -> object(d, "/name").put("fr", 1))).contains("type");
    assertThat(refusals("edition", d -> object(d, "/name").put("fr_FR", "Baromètre")))
        .contains("propertyNames");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fr",
        "fr-CA",
        "zh-Hant-TW",
        "es-419",
        "de-CH-1901",
        "x-private",
        "en-u-ca-buddhist"
      })
  void languageTag_wellFormed(String tag) {
    assertThat(refusals("edition", d -> object(d, "/name").put(tag, "Baromètre"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "fr-1", "en-a-b", "fr-CA-x", "abcdefghi", "i-klingon", "fr_FR", ""})
  void languageTag_illFormed(String tag) {
    assertThat(refusals("edition", d -> object(d, "/name").put(tag, "Baromètre")))
        .contains("propertyNames");
    assertThat(refusals("edition", d -> d.put("defaultLocale", tag))).contains("pattern");
  }

  @Test
  void when_atMost1000Characters() {
    String question = "/sections/0/questions/3";
    assertThat(refusals("questionnaire", d -> object(d, question).put("when", "x".repeat(1000))))
        .isEmpty();
    assertThat(refusals("questionnaire", d -> object(d, question).put("when", "x".repeat(1001))))
        .contains("maxLength");
  }

  @Test
  void scoring_members() {
    assertThat(refusals("edition", d -> object(d, "/scoring").put("disclosureThreshold", 4)))
        .contains("minimum");
    assertThat(refusals("edition", d -> object(d, "/scoring").put("confidence", 1)))
        .contains("exclusiveMaximum");
    assertThat(refusals("edition", d -> object(d, "/scoring").put("target", 101)))
        .contains("maximum");
    assertThat(refusals("edition", set("/scoring", "minimumAudits", "{\"phone\":2,\"email\":1.0}")))
        .isEmpty();
    assertThat(refusals("edition", set("/scoring", "minimumAudits", "{\"phone\":2.5}")))
        .isNotEmpty();
    assertThat(refusals("edition", d -> object(d, "/scoring").put("minimumAudits", -1)))
        .isNotEmpty();
    assertThat(
            refusals(
                "edition",
                set("/scoring", "survey", "{\"strategy\":\"share-at-least\",\"threshold\":80}")))
        .isEmpty();
    assertThat(refusals("edition", set("/scoring", "survey", "{\"threshold\":80}"))).isNotEmpty();
    assertThat(refusals("edition", d -> object(d, "/scoring").put("ranking", " "))).isNotEmpty();
    assertThat(refusals("edition", set("", "scoring", "{}"))).isEmpty();
    assertThat(
            refusals(
                "edition", d -> object(d, "/trophies/consultation").put("minimumResponses", -1)))
        .contains("minimum");
  }

  @Test
  void enumerations_closed() {
    assertThat(refusals("enrolments", d -> object(d, "/enrolments/0").put("level", "gold")))
        .contains("enum");
    assertThat(refusals("structures", d -> object(d, "/structures/0").put("type", "castle")))
        .contains("enum");
    assertThat(
            refusals("structures", d -> object(d, "/structures/0").put("type", "public_transport")))
        .isEmpty();
  }

  @Test
  void editionState_lowerCaseStatesOrNull() {
    for (String state :
        new String[] {"draft", "registration", "collection", "scoring", "published", "awarded"}) {
      assertThat(refusals("edition", d -> d.put("state", state))).as(state).isEmpty();
    }
    assertThat(refusals("edition", d -> d.putNull("state"))).isEmpty();
    assertThat(refusals("edition", d -> d.put("state", "Scoring"))).contains("enum");
    assertThat(refusals("edition", d -> d.put("state", "closed"))).contains("enum");
  }

  @Test
  void channels_identifiersOnceEach() {
    assertThat(refusals("edition", set("", "channels", "[\"kiosk\"]"))).isEmpty();
    assertThat(refusals("edition", set("", "channels", "[\"kiosk\",\"kiosk\"]")))
        .contains("uniqueItems");
    assertThat(refusals("structures", set("/structures/0", "channels", "[\"Phone\"]")))
        .contains("pattern");
  }

  /** The segments of analysis.md §A2 (Declaration), changed by {@code edit}. */
  private static List<String> segments(Consumer<ArrayNode> edit) {
    return refusals(
        "questionnaire",
        d -> {
          ArrayNode segments = (ArrayNode) json(SegmentsReaderTest.SEGMENTS);
          edit.accept(segments);
          d.set("segments", segments);
        });
  }

  @Test
  void questionnaire_segments() {
    assertThat(segments(s -> {})).isEmpty();
    assertThat(refusals("questionnaire", d -> d.putNull("segments"))).isEmpty();
    assertThat(segments(s -> object(s, "/0/values/2").put("value", "65 +"))).contains("pattern");
    assertThat(segments(s -> object(s, "/0/values/2").put("value", "a".repeat(64) + "+")))
        .contains("pattern");
    assertThat(segments(s -> object(s, "/0").put("key", "Age"))).contains("pattern");
    assertThat(segments(s -> ((ArrayNode) s.at("/1/values")).remove(1))).contains("minItems");
    assertThat(
            segments(
                s -> {
                  ArrayNode values = (ArrayNode) s.at("/1/values");
                  for (int i = 2; i < 51; i++) {
                    values.add(((ObjectNode) values.get(0).deepCopy()).put("value", "v" + i));
                  }
                }))
        .contains("maxItems");
    assertThat(
            segments(
                s -> {
                  for (int i = 2; i < 9; i++) {
                    s.add(((ObjectNode) s.get(1).deepCopy()).put("key", "k" + i));
                  }
                }))
        .contains("maxItems");
    assertThat(segments(s -> object(s, "/0").remove("label"))).contains("required");
    assertThat(segments(s -> object(s, "/0/values/0").remove("label"))).contains("required");
    assertThat(segments(s -> object(s, "/0").put("weight", 1))).contains("additionalProperties");
  }

  @Test
  void null_meansAbsentForOptionalMembers() {
    assertThat(
            refusals("edition", d -> d.putNull("scoring").putNull("trophies").putNull("channels")))
        .isEmpty();
    assertThat(
            refusals(
                "questionnaire",
                d ->
                    object(d, "/sections/0/questions/0")
                        .putNull("help")
                        .putNull("when")
                        .putNull("weight")))
        .isEmpty();
    assertThat(
            refusals("response", d -> d.putNull("respondent").putNull("segment").putNull("locale")))
        .isEmpty();
    assertThat(refusals("audit", d -> d.putNull("auditor").putNull("comment"))).isEmpty();
    assertThat(refusals("response", d -> d.putNull("channel"))).contains("type");
    assertThat(refusals("edition", d -> d.putNull("grid"))).isNotEmpty();
  }

  @Test
  void response_answerJsonTypes() {
    assertThat(
            refusals(
                "response",
                d -> object(d, "/answers").putNull("comment").set("reasons", json("[]"))))
        .isEmpty();
    assertThat(refusals("response", set("/answers", "reasons", "[\"a\",1]")))
        .as("an answer that fits no question is an invalid_answer, not a malformed line")
        .isEmpty();
    assertThat(refusals("response", set("/answers", "comment", "{\"text\":\"ok\"}"))).isEmpty();
    assertThat(refusals("response", set("/answers", "comment", "{\"n\":[1e16]}")))
        .contains("maximum");
    assertThat(refusals("response", d -> object(d, "/segment").put("age", 35))).contains("type");
  }

  @Test
  void audit_observationJsonTypes() {
    assertThat(
            refusals(
                "audit",
                d ->
                    object(d, "/observations")
                        .put("phone_rings", "missed")
                        .put("phone_greeting", "na")))
        .isEmpty();
    assertThat(refusals("audit", d -> object(d, "/observations").putNull("phone_greeting")))
        .as("null is an invalid_observation, not a malformed line")
        .isEmpty();
    assertThat(refusals("audit", d -> object(d, "/observations").put("phone_greeting", true)))
        .isEmpty();
    assertThat(refusals("audit", set("/observations", "phone_greeting", "[{\"n\":-2e15}]")))
        .contains("minimum");
    assertThat(refusals("audit", set("", "observations", "[]"))).contains("type");
  }

  @Test
  void audit_observationAsTwoDates_validWhateverTheDates() {
    assertThat(
            refusals(
                "audit",
                set(
                    "/observations",
                    "phone_rings",
                    "{\"from\":\"2026-04-02\",\"to\":\"2026-04-10\"}")))
        .isEmpty();
    assertThat(
            refusals(
                "audit", set("/observations", "phone_rings", "{\"from\":\"2026-4-2\",\"by\":1}")))
        .as("wrong dates are an invalid_observation, not a malformed line")
        .isEmpty();
    assertThat(refusals("audit", set("/observations", "phone_rings", "{\"from\":2e15}")))
        .contains("maximum");
  }
}
