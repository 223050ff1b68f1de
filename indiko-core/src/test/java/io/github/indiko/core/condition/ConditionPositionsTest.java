package io.github.indiko.core.condition;

import static io.github.indiko.core.condition.Definitions.date;
import static io.github.indiko.core.condition.Definitions.multi;
import static io.github.indiko.core.condition.Definitions.nps;
import static io.github.indiko.core.condition.Definitions.number;
import static io.github.indiko.core.condition.Definitions.question;
import static io.github.indiko.core.condition.Definitions.questionnaire;
import static io.github.indiko.core.condition.Definitions.rating;
import static io.github.indiko.core.condition.Definitions.single;
import static io.github.indiko.core.condition.Definitions.text;
import static io.github.indiko.core.condition.Definitions.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Conditions compiled for rows that hold the answers at other positions (the items of an edition
 * naming several versions, analysis.md §A4): the same verdicts as the conditions compiled in place,
 * on the same answers.
 */
class ConditionPositionsTest {
  private static final Questionnaire QUESTIONNAIRE =
      questionnaire(
          question("score", rating()),
          question("promoter", nps()),
          question("yes", yesNo()),
          question("mode", single("desk", "phone", "web")),
          question("reasons", multi("hours", "wait", "staff")),
          question("minutes", number()),
          question("note", text()),
          question("day", date()),
          question("a", yesNo(), "score >= 4 and yes == true"),
          question("b", yesNo(), "mode in ['desk', 'web'] or reasons contains 'wait'"),
          question("c", yesNo(), "minutes > 10 and note != 'x' and day == '2017-09-14'"),
          question("d", yesNo(), "not answered(promoter) or promoter <= 6"));

  /** The questions spread over a row of 20, in another order. */
  private static final int[] POSITIONS = {19, 3, 7, 0, 12, 5, 15, 9, 1, 17, 11, 13};

  @Test
  void shown_atPositions_givesTheVerdictsOfTheConditionsInPlace() {
    QuestionnaireConditions inPlace = QuestionnaireConditions.compile(QUESTIONNAIRE);
    QuestionnaireConditions placed = QuestionnaireConditions.compile(QUESTIONNAIRE, POSITIONS);
    List<Question> questions = QUESTIONNAIRE.questions();
    List<Question> spreadQuestions = new ArrayList<>();
    for (int p = 0; p < 20; p++) {
      spreadQuestions.add(questions.get(0));
    }
    for (int i = 0; i < POSITIONS.length; i++) {
      spreadQuestions.set(POSITIONS[i], questions.get(i));
    }
    Random random = new Random(4);
    int differing = 0;
    for (int round = 0; round < 2_000; round++) {
      Answer[] answers = answers(random);
      Answer[] spread = new Answer[20];
      for (int i = 0; i < POSITIONS.length; i++) {
        spread[POSITIONS[i]] = answers[i];
      }
      for (int q = 0; q < questions.size(); q++) {
        boolean expected = inPlace.shown(q, new ArrayRow(questions, answers));
        assertThat(placed.shown(q, new ArrayRow(spreadQuestions, spread)))
            .as("question %d, answers %s", q, Arrays.toString(answers))
            .isEqualTo(expected);
        assertThat(placed.shown(q, answers)).isEqualTo(expected);
        differing += expected ? 0 : 1;
      }
    }
    assertThat(differing).as("some verdicts are false").isPositive();
  }

  @Test
  void compile_positionsThatAreNotOneDistinctPerQuestion_areRefused() {
    int[] tooFew = Arrays.copyOf(POSITIONS, 11);
    int[] repeated = POSITIONS.clone();
    repeated[1] = repeated[0];
    int[] negative = POSITIONS.clone();
    negative[2] = -1;

    for (int[] positions : List.of(tooFew, repeated, negative)) {
      assertThatThrownBy(() -> QuestionnaireConditions.compile(QUESTIONNAIRE, positions))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("expected one distinct position per question, not negative");
    }
  }

  private static Answer[] answers(Random random) {
    Answer[] answers = new Answer[QUESTIONNAIRE.questions().size()];
    if (random.nextBoolean()) {
      answers[0] = new Answer.Numeric(1 + random.nextInt(5));
    }
    if (random.nextBoolean()) {
      answers[1] = new Answer.Numeric(random.nextInt(11));
    }
    if (random.nextBoolean()) {
      answers[2] = new Answer.YesNo(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      answers[3] = new Answer.Choice(List.of("desk", "phone", "web").get(random.nextInt(3)));
    }
    if (random.nextBoolean()) {
      answers[4] =
          new Answer.Choices(List.of("hours", "wait", "staff").subList(0, random.nextInt(4)));
    }
    if (random.nextBoolean()) {
      answers[5] = new Answer.Numeric(random.nextInt(30));
    }
    if (random.nextBoolean()) {
      answers[6] = new Answer.Text(random.nextBoolean() ? "x" : "y");
    }
    if (random.nextBoolean()) {
      answers[7] = new Answer.Date(LocalDate.of(2017, 9, 13 + random.nextInt(3)));
    }
    return answers;
  }
}
