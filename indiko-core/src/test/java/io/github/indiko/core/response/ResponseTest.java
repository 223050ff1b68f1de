package io.github.indiko.core.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.structure.StructureId;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTest {
  private static final Response RESPONSE =
      new Response(
          new ResponseId("r-1"),
          new DefinitionRef("accueil", 3),
          new StructureId("mairie-lyon"),
          new Channel("in_person"),
          OffsetDateTime.parse("2017-09-14T10:32:00+02:00"),
          "fr",
          "9f2c51d0",
          Map.of("age", "35-49"),
          Map.of(new QuestionId("overall"), new Answer.Numeric(4)));

  @Test
  void withAnswers_otherAnswers_everythingElseKeptAndTheMapCopied() {
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    answers.put(new QuestionId("comment"), new Answer.Text("Très bon accueil"));

    Response changed = RESPONSE.withAnswers(answers);
    answers.clear();

    assertThat(changed.answers())
        .containsExactly(Map.entry(new QuestionId("comment"), new Answer.Text("Très bon accueil")));
    assertThat(changed)
        .usingRecursiveComparison()
        .ignoringFields("answers")
        .isEqualTo(RESPONSE);
    assertThatThrownBy(() -> changed.answers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
