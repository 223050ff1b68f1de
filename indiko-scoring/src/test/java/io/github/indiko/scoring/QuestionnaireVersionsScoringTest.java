package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring an edition that names two versions of its questionnaire (analysis.md §A4): the tiny
 * edition's version 1 ({@code q}, {@code overall}) and version 2 ({@code overall}, {@code
 * signage}), four responses to each.
 */
class QuestionnaireVersionsScoringTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();
  private static final StructureId S = new StructureId("s-a");

  @TempDir Path dir;

  private final TinyEdition tiny =
      new TinyEdition().versioned().structure("s-a", 20000L, null, true);
  private EditionDefinitions definitions;
  private List<Response> responses;

  @BeforeEach
  void responses() {
    definitions = tiny.write(dir);
    responses =
        List.of(
            tiny.response(1, "s-a", Channel.PHONE, answers("q", 5, "overall", 4)),
            tiny.response(1, "s-a", Channel.PHONE, answers("q", 3, "overall", 2)),
            tiny.response(1, "s-a", Channel.IN_PERSON, answers("q", 4)),
            tiny.response(1, "s-a", Channel.IN_PERSON, answers("overall", 5)),
            tiny.response(2, "s-a", Channel.PHONE, answers("overall", 3, "signage", 4)),
            tiny.response(2, "s-a", Channel.PHONE, answers("overall", 5, "signage", 2)),
            tiny.response(2, "s-a", Channel.IN_PERSON, answers("overall", 1)),
            tiny.response(2, "s-a", Channel.IN_PERSON, answers("signage", 5)));
  }

  private static Map<String, Integer> answers(Object... idsAndValues) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (int i = 0; i < idsAndValues.length; i += 2) {
      answers.put((String) idsAndValues[i], (Integer) idsAndValues[i + 1]);
    }
    return answers;
  }

  /** The response naming another version, with other answers. */
  private static Response of(
      Response response, DefinitionRef version, Map<QuestionId, Answer> answers) {
    return new Response(
        response.id(),
        version,
        response.structure(),
        response.channel(),
        response.submittedAt(),
        response.locale(),
        response.respondent(),
        response.segment(),
        answers);
  }

  private ScoredEdition scored() {
    Tally tally = ENGINE.tally(definitions);
    responses.forEach(tally::add);
    return ENGINE.scored(tally);
  }

  private static StructureResult structure(Results results) {
    return results.structures().stream().filter(r -> r.id().equals(S)).findFirst().orElseThrow();
  }

  @Test
  void results_itemsByHand_andResponsesPerVersion() {
    StructureResult result = structure(scored().results());

    assertThat(result.responses()).isEqualTo(8);
    assertThat(result.versions()).containsExactly(Map.entry(1, 4L), Map.entry(2, 4L));
    // A rating 1..5 scores (a − 1) / 4 · 100; the mean strategy averages the scores.
    assertThat(result.items().get("q").n()).isEqualTo(3);
    assertThat(result.items().get("q").value()).isCloseTo((100 + 50 + 75) / 3.0, within(1e-12));
    assertThat(result.items().get("overall").n()).isEqualTo(6);
    assertThat(result.items().get("overall").value())
        .isCloseTo((75 + 25 + 100 + 50 + 100 + 0) / 6.0, within(1e-12));
    assertThat(result.items().get("signage").n()).isEqualTo(3);
    assertThat(result.items().get("signage").value())
        .isCloseTo((75 + 25 + 100) / 3.0, within(1e-12));
    assertThat(result.items().keySet()).startsWith("overall", "signage", "q");
  }

  @Test
  void results_eachItem_isThatOfTheOneVersionEditionOfTheResponsesThatAnswerIt() {
    StructureResult pooled = structure(scored().results());

    for (String item : List.of("q", "overall", "signage")) {
      Questionnaire asking =
          definitions.questionnaires().stream()
              .filter(v -> v.questions().stream().anyMatch(q -> q.id().value().equals(item)))
              .reduce((older, newer) -> newer)
              .orElseThrow();
      EditionDefinitions one =
          new EditionDefinitions(
              definitions.edition().withQuestionnaires(List.of(asking.ref())),
              definitions.structures(),
              definitions.enrolments(),
              asking,
              definitions.grid());
      Tally tally = ENGINE.tally(one);
      for (Response response : responses) {
        response.answers().entrySet().stream()
            .filter(answer -> answer.getKey().value().equals(item))
            .findFirst()
            .ifPresent(
                answer ->
                    tally.add(
                        of(response, asking.ref(), Map.of(answer.getKey(), answer.getValue()))));
      }
      StructureResult alone = structure(ENGINE.results(tally));

      assertThat(alone.versions()).isEmpty();
      assertThat(pooled.items().get(item)).as(item).isEqualTo(alone.items().get(item));
    }
  }

  @Test
  void details_questionsListTheVersionsAskingThem_naCountsTheirResponses() {
    StructureDetail detail = scored().detail(S).orElseThrow();

    assertThat(detail.questions())
        .extracting(
            q -> q.id().value(),
            QuestionDetail::versions,
            QuestionDetail::answered,
            QuestionDetail::na)
        .containsExactly(
            tuple("overall", List.of(1, 2), 6L, 2L),
            tuple("signage", List.of(2), 3L, 1L),
            tuple("q", List.of(1), 3L, 1L));
  }

  @Test
  void resultsJson_versionsRightAfterResponses_readBackAndValidAgainstTheSchema() {
    Results results = scored().results();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ResultsJson.write(results, out);

    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .contains(
            "\"responses\": 8,\n      \"versions\": {\n        \"1\": 4,\n        \"2\": 4\n"
                + "      },\n      \"audits\": 0,");
    assertThat(SchemaCheck.errors(json)).isEmpty();
    // results.json keeps the structures; the consultation's top ten are trophies.json's.
    assertThat(ResultsJson.read(new ByteArrayInputStream(out.toByteArray())).structures())
        .isEqualTo(results.structures());
  }

  @Test
  void resultsJson_versionsOfOneVersionOrNotAVersion_areRefused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(scored().results(), out);
    String json = out.toString(StandardCharsets.UTF_8);
    String one = json.replace("\"1\": 4,\n        \"2\": 4", "\"2\": 4");
    String zero = json.replace("\"1\": 4,", "\"0\": 4,");

    for (String refused : List.of(one, zero)) {
      assertThatThrownBy(
              () ->
                  ResultsJson.read(
                      new ByteArrayInputStream(refused.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(DefinitionException.class)
          .hasMessageContaining("/structures/0/versions");
      assertThat(SchemaCheck.errors(refused)).isNotEmpty();
    }
  }

  @Test
  void resultsJson_oneVersionEdition_hasNoVersions() {
    EditionDefinitions one = new TinyEdition().structure("s-a", 20000L, null, true).write(dir);
    Tally tally = ENGINE.tally(one);
    tally.add(tiny.response("s-a", Channel.PHONE, 5, 4));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ResultsJson.write(ENGINE.results(tally), out);

    assertThat(structure(ENGINE.results(tally)).versions()).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("versions");
  }

  @Test
  void tally_aRowOfAVersionTheEditionDoesNotName_isRefused() {
    Tally tally = ENGINE.tally(definitions);
    Response three = of(responses.get(0), new DefinitionRef("tiny", 3), responses.get(0).answers());

    assertThatThrownBy(() -> tally.add(three))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiny v3 is not of the edition");
  }
}
