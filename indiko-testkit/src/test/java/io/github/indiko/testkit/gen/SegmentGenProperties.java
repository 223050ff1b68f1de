package io.github.indiko.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.IndikoValidation;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.property.Property;
import io.github.indiko.testkit.property.Settings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The segment generators: declarations core accepts, answers naming them, undeclared ones. */
class SegmentGenProperties {
  private static final Settings SETTINGS = Settings.defaults();
  private static final Pattern JSON_SEGMENT = Pattern.compile("\"segment\":\\{([^}]*)}");

  @Test
  void segments_passBeanValidation() {
    Property.check(
        "generated questionnaires, segments included, pass Bean Validation",
        DomainGen.questionnaires(),
        questionnaire -> assertThat(IndikoValidation.check(questionnaire)).isSameAs(questionnaire),
        SETTINGS.withExamples(300));
  }

  @Test
  void questionnaires_declareNoneToThreeKeysOfTwoToSixValues_plusAmongThem() {
    List<Questionnaire> questionnaires =
        DomainGen.questionnaires().samples(3).limit(400).toList();
    Set<Integer> keyCounts =
        questionnaires.stream().map(q -> q.segments().size()).collect(Collectors.toSet());
    List<Segment> segments =
        questionnaires.stream().flatMap(q -> q.segments().stream()).toList();

    assertThat(keyCounts).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(segments.stream().map(s -> s.values().size()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    assertThat(segments.stream().flatMap(s -> s.values().stream()).map(SegmentValue::value))
        .contains("65+")
        .anyMatch(value -> value.contains("+") && !value.equals("65+") && !value.equals("75+"))
        .allMatch(value -> SegmentValue.FORM.matcher(value).matches());
  }

  @Test
  void responses_answerDeclaredValues_andSomeOmitAKey() {
    List<Response> responses =
        DomainGen.definitions()
            .filter(d -> !d.questionnaire().segments().isEmpty(), 100)
            .flatMap(d -> DataGen.responses(d).map(r -> Map.entry(d, r)))
            .samples(4)
            .limit(300)
            .peek(pair -> assertDeclared(pair.getKey(), pair.getValue()))
            .map(Map.Entry::getValue)
            .toList();

    assertThat(responses).anyMatch(r -> r.segment().isEmpty());
    assertThat(responses).anyMatch(r -> r.segment().size() >= 2);
  }

  @Test
  void answers_declaredKeysInOrderWithTheirValues_eachKeySometimesOmitted() {
    List<Segment> declared =
        SegmentGen.segments("fr")
            .filter(s -> s.size() == 3, 100)
            .samples(6)
            .findFirst()
            .orElseThrow();
    List<String> keys = declared.stream().map(Segment::key).toList();

    List<Map<String, String>> answers = SegmentGen.answers(declared).samples(6).limit(200).toList();

    for (Map<String, String> answer : answers) {
      assertThat(List.copyOf(answer.keySet()))
          .isEqualTo(keys.stream().filter(answer::containsKey).toList());
      answer.forEach(
          (key, value) ->
              assertThat(declared.get(keys.indexOf(key)).position(value)).isNotNegative());
    }
    for (String key : keys) {
      assertThat(answers).anyMatch(answer -> !answer.containsKey(key));
      assertThat(answers).anyMatch(answer -> answer.containsKey(key));
    }
  }

  private static void assertDeclared(EditionDefinitions definitions, Response response) {
    Questionnaire questionnaire = definitions.questionnaire();
    response
        .segment()
        .forEach(
            (key, value) -> {
              int position = questionnaire.segmentPosition(key);
              assertThat(position).as("key %s", key).isNotNegative();
              assertThat(questionnaire.segments().get(position).position(value))
                  .as("%s = %s", key, value)
                  .isNotNegative();
            });
  }

  @Test
  void invalidSegment_namesAnUndeclaredKeyOrValue_bothKinds() {
    Set<String> kinds = new HashSet<>();
    Property.check(
        "an invalid_segment line names an undeclared key or value",
        DomainGen.definitions()
            .filter(d -> !d.questionnaire().segments().isEmpty(), 100)
            .flatMap(
                d ->
                    InvalidLines.responses(d, RejectReason.INVALID_SEGMENT)
                        .map(line -> Map.entry(d.questionnaire(), line))),
        pair -> {
          String kind = undeclared(pair.getKey(), pair.getValue());
          assertThat(kind).as(pair.getValue()).isNotNull();
          kinds.add(kind);
        },
        SETTINGS.withExamples(200));
    assertThat(kinds).containsExactlyInAnyOrder("key", "value");
  }

  /** "key" or "value" for the first undeclared member of the line's segment, else null. */
  private static @Nullable String undeclared(Questionnaire questionnaire, String line) {
    var matcher = JSON_SEGMENT.matcher(line);
    assertThat(matcher.find()).as(line).isTrue();
    for (String member : matcher.group(1).split(",(?=\")")) {
      String[] parts = member.split("\":\"", 2);
      String key = parts[0].substring(1);
      String value = parts[1].substring(0, parts[1].length() - 1);
      int position = questionnaire.segmentPosition(key);
      if (position < 0) {
        return "key";
      }
      if (questionnaire.segments().get(position).position(value) < 0) {
        return "value";
      }
    }
    return null;
  }

  @Test
  void segments_sameSeedSameDeclarations_anotherSeedOthers() {
    assertThat(segments(9)).isEqualTo(segments(9)).isNotEqualTo(segments(10));
  }

  private static List<List<Segment>> segments(long seed) {
    return DomainGen.questionnaires().samples(seed).limit(50).map(Questionnaire::segments).toList();
  }
}
