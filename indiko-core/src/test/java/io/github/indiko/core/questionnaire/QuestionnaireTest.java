package io.github.indiko.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
  private static final LocalizedText LABEL = LocalizedText.of("fr", "Q");

  /** Two sections sharing {@code count} yes/no questions. */
  private static List<Section> sections(int count) {
    List<Question> questions =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    new Question(
                        new QuestionId("q" + i),
                        new QuestionType.YesNo(true),
                        LABEL,
                        null,
                        null,
                        1,
                        false,
                        null))
            .toList();
    int half = count / 2;
    return List.of(
        new Section("a", null, questions.subList(0, half)),
        new Section("b", null, questions.subList(half, count)));
  }

  @Test
  void new_500QuestionsAccepted_501Refused() {
    assertThat(new Questionnaire("accueil", 1, "fr", LABEL, sections(500)).questions())
        .hasSize(Questionnaire.MAX_QUESTIONS);
    assertThatThrownBy(() -> new Questionnaire("accueil", 1, "fr", LABEL, sections(501)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a questionnaire has at most 500 questions: 501");
  }
}
