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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireConditionsTest {
  /** One question of each type; a condition under test goes on a last question, {@code target}. */
  private static final List<Question> BASE =
      List.of(
          question("score", rating()),
          question("promoter", nps()),
          question("yes", yesNo()),
          question("mode", single("desk", "phone", "web")),
          question("reasons", multi("hours", "wait", "staff")),
          question("minutes", number()),
          question("note", text()),
          question("day", date()));

  private static final Answer YES = new Answer.YesNo(true);
  private static final Answer NO = new Answer.YesNo(false);

  private static QuestionnaireConditions withTarget(String when) {
    List<Question> questions = new ArrayList<>(BASE);
    questions.add(question("target", yesNo(), when));
    return QuestionnaireConditions.compile(questionnaire(questions.toArray(new Question[0])));
  }

  private static ConditionError errorOf(String when) {
    ConditionException exception =
        catchThrowableOfType(() -> withTarget(when), ConditionException.class);
    assertThat(exception).as("errors of %s", when).isNotNull();
    assertThat(exception.errors()).as("errors of %s", when).hasSize(1);
    return exception.errors().get(0);
  }

  /**
   * @param when the target's condition
   * @param answers pairs of a base question name and its answer
   */
  private static boolean shown(String when, Object... answers) {
    QuestionnaireConditions conditions = withTarget(when);
    @Nullable Answer[] values = new Answer[BASE.size() + 1];
    for (int i = 0; i < answers.length; i += 2) {
      values[indexOf((String) answers[i])] = (Answer) answers[i + 1];
    }
    return conditions.shown(BASE.size(), values);
  }

  private static int indexOf(String name) {
    for (int i = 0; i < BASE.size(); i++) {
      if (BASE.get(i).id().value().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static Answer num(double value) {
    return new Answer.Numeric(value);
  }

  private static Answer choice(String value) {
    return new Answer.Choice(value);
  }

  private static Answer choices(String... values) {
    return new Answer.Choices(Arrays.asList(values));
  }

  private static Answer day(String iso) {
    return new Answer.Date(LocalDate.parse(iso));
  }

  @Test
  void compile_errorMessage_isFormattedAsTheSpecShows() {
    Questionnaire questionnaire =
        questionnaire(
            question("used_online", yesNo()),
            question("online_useful", rating(), "used_onlin == true"));
    assertThatThrownBy(() -> QuestionnaireConditions.compile(questionnaire))
        .isInstanceOf(ConditionException.class)
        .hasMessage(
            "questionnaire accueil v3, question online_useful, column 1: unknown question"
                + " 'used_onlin'");
  }

  @Test
  void compile_forwardReference_isAnError() {
    Questionnaire questionnaire =
        questionnaire(question("first", yesNo(), "second"), question("second", yesNo()));
    ConditionException exception =
        catchThrowableOfType(
            () -> QuestionnaireConditions.compile(questionnaire), ConditionException.class);
    assertThat(exception.errors())
        .containsExactly(
            new ConditionError(
                "questionnaire accueil v3", "question first", 1, "question 'second' comes later"));
  }

  @Test
  void compile_selfReference_isAnError() {
    ConditionError error = errorOf("yes and answered(target)");
    assertThat(error.column()).isEqualTo(18);
    assertThat(error.message()).isEqualTo("question 'target' is this question itself");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // unknown names
        "answered(scor)           | 10 | unknown question 'scor'",
        // numbers
        "score == 'x'             | 10 | question 'score' (rating) compares with numbers, found string 'x'",
        "promoter > true          | 12 | question 'promoter' (nps) compares with numbers, found true",
        "minutes in [1, 'two']    | 16 | question 'minutes' (number) compares with numbers, found string 'two'",
        // yes_no
        "yes == 1                 | 8  | question 'yes' (yes_no) compares with true or false, found number 1",
        "yes in ['yes']           | 9  | question 'yes' (yes_no) compares with true or false, found string 'yes'",
        "yes > true               | 5  | '>' applies to numbers only, question 'yes' (yes_no)",
        // single_choice
        "mode == 1                | 9  | question 'mode' (single_choice) compares with its option values, found number 1",
        "mode == 'desc'           | 9  | 'desc' is not an option of question 'mode'",
        "'desc' != mode           | 1  | 'desc' is not an option of question 'mode'",
        "mode in ['desk', 'Web']  | 18 | 'Web' is not an option of question 'mode'",
        "mode < 'desk'            | 6  | '<' applies to numbers only, question 'mode' (single_choice)",
        // multi_choice
        "reasons == 'hours'       | 9  | question 'reasons' (multi_choice) is tested with 'contains', not '=='",
        "reasons in ['hours']     | 9  | question 'reasons' (multi_choice) is tested with 'contains', not 'in'",
        "reasons contains 'hour'  | 18 | 'hour' is not an option of question 'reasons'",
        "reasons contains 1       | 18 | question 'reasons' (multi_choice) contains option values, found number 1",
        "mode contains 'desk'     | 6  | 'contains' applies to multi_choice questions only, question 'mode' (single_choice)",
        "note contains 'x'        | 6  | 'contains' applies to multi_choice questions only, question 'note' (text)",
        // text
        "note != 3                | 9  | question 'note' (text) compares with strings, found number 3",
        "note <= 'b'              | 6  | '<=' applies to numbers only, question 'note' (text)",
        // date
        "day == 20170930          | 8  | question 'day' (date) compares with dates written 'yyyy-mm-dd', found number 20170930",
        "day == '2017-9-30'       | 8  | question 'day' (date) compares with dates written 'yyyy-mm-dd', found string '2017-9-30'",
        "day in ['2017-02-30']    | 9  | question 'day' (date) compares with dates written 'yyyy-mm-dd', found string '2017-02-30'",
        "day >= '2017-09-30'      | 5  | '>=' applies to numbers only, question 'day' (date)",
        // shapes
        "score == minutes         | 7  | expected a question on one side of '==' and a value on the other",
        "1 == 1                   | 3  | expected a question on one side of '==' and a value on the other",
        "(yes == 1) == true       | 12 | expected a question on one side of '==' and a value on the other",
        "1 in [1]                 | 3  | expected a question before 'in'",
        "'a' contains 'a'         | 5  | expected a question before 'contains'",
        // not a boolean
        "5                        | 1  | expected a condition, found number 5",
        "'web'                    | 1  | expected a condition, found string 'web'",
        "score                    | 1  | expected a condition, found question 'score' (rating)",
        "yes and minutes          | 9  | expected a condition, found question 'minutes' (number)",
        "not mode                 | 5  | expected a condition, found question 'mode' (single_choice)",
        "yes or 1                 | 8  | expected a condition, found number 1",
        // syntax and limits, reported through compile
        "yes ==                   | 7  | expected a value, a name, 'answered' or '(', found the end",
        "note == 'a\\b'           | 11 | a string has only the escapes \\' and \\\\, found \\b",
      })
  void compile_error_pointsAtItsColumn(String when, int column, String message) {
    ConditionError error = errorOf(when);
    assertThat(error.definition()).isEqualTo("questionnaire accueil v3");
    assertThat(error.item()).isEqualTo("question target");
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.column()).isEqualTo(column);
  }

  @Test
  void compile_tooLongOrTooDeep_isAnError() {
    ConditionError tooLong = errorOf("yes" + " ".repeat(998));
    assertThat(tooLong.column()).isEqualTo(1001);
    assertThat(tooLong.item()).isEqualTo("question target");
    ConditionError tooDeep = errorOf("not ".repeat(33) + "yes");
    assertThat(tooDeep.column()).isEqualTo(129);
    assertThat(tooDeep.message()).startsWith("nesting is at most 32 deep");
  }

  @Test
  void compile_collectsEveryErrorOfEveryItem() {
    Questionnaire questionnaire =
        questionnaire(
            question("a", rating(), "b == 1"),
            question("b", rating()),
            question("c", yesNo(), "a == 'x' or zz == 1 or b > 2"),
            question("d", yesNo(), "a =="),
            question("e", yesNo(), "a > 1"));
    ConditionException exception =
        catchThrowableOfType(
            () -> QuestionnaireConditions.compile(questionnaire), ConditionException.class);
    assertThat(exception.errors())
        .extracting(ConditionError::toString)
        .containsExactly(
            "questionnaire accueil v3, question a, column 1: question 'b' comes later",
            "questionnaire accueil v3, question c, column 6: question 'a' (rating) compares with"
                + " numbers, found string 'x'",
            "questionnaire accueil v3, question c, column 13: unknown question 'zz'",
            "questionnaire accueil v3, question d, column 5: expected a value, a name, 'answered'"
                + " or '(', found the end");
    assertThat(exception.getMessage().lines()).hasSize(4);
  }

  @Test
  void shown_numbers() {
    assertThat(shown("score >= 3")).isFalse();
    assertThat(shown("score >= 3", "score", num(2))).isFalse();
    assertThat(shown("score >= 3", "score", num(3))).isTrue();
    assertThat(shown("score > 3", "score", num(3))).isFalse();
    assertThat(shown("score < 3", "score", num(2.5))).isTrue();
    assertThat(shown("score <= 3", "score", num(3))).isTrue();
    assertThat(shown("score == 3", "score", num(3.0))).isTrue();
    assertThat(shown("score == 3.00", "score", num(3))).isTrue();
    assertThat(shown("score != 3")).isFalse();
    assertThat(shown("score != 3", "score", num(3))).isFalse();
    assertThat(shown("score != 3", "score", num(4))).isTrue();
    assertThat(shown("3 < score", "score", num(4))).isTrue();
    assertThat(shown("3 < score", "score", num(2))).isFalse();
    assertThat(shown("-1.5 >= minutes", "minutes", num(-1.5))).isTrue();
    assertThat(shown("promoter in [9, 10]", "promoter", num(10))).isTrue();
    assertThat(shown("promoter in [9, 10]", "promoter", num(8))).isFalse();
    assertThat(shown("promoter in [9, 10]")).isFalse();
  }

  @Test
  void shown_unansweredMakesComparisonsFalseAndNotTrue() {
    assertThat(shown("score == 1")).isFalse();
    assertThat(shown("not (score == 1)")).isTrue();
    assertThat(shown("not (score == 1)", "score", num(1))).isFalse();
    assertThat(shown("not score != 1")).isTrue();
    assertThat(shown("answered(score)")).isFalse();
    assertThat(shown("answered(score)", "score", num(1))).isTrue();
    assertThat(shown("not answered(note)", "note", new Answer.Text(""))).isFalse();
  }

  @Test
  void shown_yesNo() {
    assertThat(shown("yes")).isFalse();
    assertThat(shown("yes", "yes", YES)).isTrue();
    assertThat(shown("yes", "yes", NO)).isFalse();
    assertThat(shown("yes == false", "yes", NO)).isTrue();
    assertThat(shown("yes == false")).isFalse();
    assertThat(shown("yes != true", "yes", NO)).isTrue();
    assertThat(shown("yes != true", "yes", YES)).isFalse();
    assertThat(shown("yes != true")).isFalse();
    assertThat(shown("true == yes", "yes", YES)).isTrue();
    assertThat(shown("yes in [true, false]", "yes", NO)).isTrue();
    assertThat(shown("yes in [true, false]")).isFalse();
    assertThat(shown("yes in [false]", "yes", YES)).isFalse();
    assertThat(shown("not yes")).isTrue();
  }

  @Test
  void shown_singleChoiceAndText() {
    assertThat(shown("mode == 'web'", "mode", choice("web"))).isTrue();
    assertThat(shown("mode == 'web'", "mode", choice("desk"))).isFalse();
    assertThat(shown("mode != 'web'", "mode", choice("desk"))).isTrue();
    assertThat(shown("mode != 'web'")).isFalse();
    assertThat(shown("mode in ['desk', 'phone']", "mode", choice("phone"))).isTrue();
    assertThat(shown("mode in ['desk', 'phone']", "mode", choice("web"))).isFalse();
    assertThat(shown("note == 'it\\'s'", "note", new Answer.Text("it's"))).isTrue();
    assertThat(shown("note != 'ok'", "note", new Answer.Text("ok"))).isFalse();
    assertThat(shown("note in ['a', 'b']", "note", new Answer.Text("b"))).isTrue();
    assertThat(shown("note in ['a', 'b']")).isFalse();
  }

  @Test
  void shown_multiChoice() {
    assertThat(shown("reasons contains 'staff'", "reasons", choices("hours", "staff"))).isTrue();
    assertThat(shown("reasons contains 'staff'", "reasons", choices("hours"))).isFalse();
    assertThat(shown("reasons contains 'staff'", "reasons", choices())).isFalse();
    assertThat(shown("reasons contains 'staff'")).isFalse();
    assertThat(shown("not (reasons contains 'staff')")).isTrue();
  }

  @Test
  void shown_dates() {
    assertThat(shown("day == '2017-09-30'", "day", day("2017-09-30"))).isTrue();
    assertThat(shown("day == '2017-09-30'", "day", day("2017-10-01"))).isFalse();
    assertThat(shown("day != '2017-09-30'", "day", day("2017-10-01"))).isTrue();
    assertThat(shown("day != '2017-09-30'")).isFalse();
    assertThat(shown("day in ['2017-01-01', '2017-10-01']", "day", day("2017-10-01"))).isTrue();
    assertThat(shown("day in ['2017-01-01', '2017-10-01']", "day", day("2017-10-02"))).isFalse();
  }

  @Test
  void shown_logic() {
    String when = "score >= 4 and (yes or mode == 'web')";
    assertThat(shown(when, "score", num(4), "yes", YES)).isTrue();
    assertThat(shown(when, "score", num(4), "mode", choice("web"))).isTrue();
    assertThat(shown(when, "score", num(4), "yes", NO, "mode", choice("desk"))).isFalse();
    assertThat(shown(when, "yes", YES)).isFalse();
    assertThat(shown("true")).isTrue();
    assertThat(shown("not true")).isFalse();
    assertThat(shown("false or yes", "yes", YES)).isTrue();
  }

  @Test
  void shown_answerOfAnotherTypeCountsAsUnanswered() {
    assertThat(shown("score >= 1", "score", new Answer.Text("5"))).isFalse();
    assertThat(shown("mode == 'web'", "mode", choices("web"))).isFalse();
    assertThat(shown("reasons contains 'hours'", "reasons", choice("hours"))).isFalse();
    assertThat(shown("yes", "yes", num(1))).isFalse();
    assertThat(shown("day == '2017-09-30'", "day", new Answer.Text("2017-09-30"))).isFalse();
  }

  @Test
  void shown_questionWithoutCondition_isTrue() {
    QuestionnaireConditions conditions = withTarget("yes");
    assertThat(conditions.size()).isEqualTo(BASE.size() + 1);
    assertThat(conditions.shown(0, new Answer[BASE.size() + 1])).isTrue();
    assertThat(conditions.condition(0)).isEmpty();
    assertThat(conditions.condition(BASE.size())).hasValue(new Condition.Reference("yes", 1));
  }

  @Test
  void shown_badArguments_throw() {
    QuestionnaireConditions conditions = withTarget("yes");
    assertThatThrownBy(() -> conditions.shown(BASE.size() + 1, new Answer[BASE.size() + 1]))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> conditions.shown(0, new Answer[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 9 answers, one per question, got 2");
  }

  @Test
  void shown_examplesOfTheSpec() {
    Questionnaire questionnaire =
        questionnaire(
            question("contact_mode", single("in_person", "website", "phone")),
            question("visited_before", yesNo()),
            question("wait", number()),
            question("channel", single("phone", "email", "mail")),
            question("nps", nps()),
            question("reasons", multi("opening_hours", "staff")),
            question("e1", yesNo(), "contact_mode == 'website'"),
            question("e2", yesNo(), "visited_before == true and wait > 15"),
            question("e3", yesNo(), "channel in ['phone', 'email']"),
            question("e4", yesNo(), "not answered(nps)"),
            question("e5", yesNo(), "reasons contains 'opening_hours'"));
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(questionnaire);
    @Nullable Answer[] none = new Answer[11];
    for (int i = 6; i <= 10; i++) {
      assertThat(conditions.shown(i, none)).as("e%d unanswered", i - 5).isEqualTo(i == 9);
    }
    @Nullable Answer[] answers = {
      choice("website"), YES, num(16), choice("email"), num(7), choices("staff", "opening_hours"),
      null, null, null, null, null
    };
    for (int i = 6; i <= 10; i++) {
      assertThat(conditions.shown(i, answers)).as("e%d answered", i - 5).isEqualTo(i != 9);
    }
    @Nullable Answer[] others = {
      choice("phone"), YES, num(15), choice("mail"), null, choices("staff"),
      null, null, null, null, null
    };
    for (int i = 6; i <= 10; i++) {
      assertThat(conditions.shown(i, others)).as("e%d otherwise", i - 5).isEqualTo(i == 9);
    }
  }

  @Test
  void isRead_exactlyTheQuestionsNamedInSomeCondition() {
    Questionnaire sample = Definitions.sampleQuestionnaire();
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(sample);
    // The names of every condition's text, quoted literals left out.
    Set<String> named = new HashSet<>();
    for (Question question : sample.questions()) {
      if (question.when() != null) {
        Matcher words =
            Pattern.compile("[a-z][a-z0-9_.-]*")
                .matcher(question.when().replaceAll("'[^']*'", ""));
        while (words.find()) {
          named.add(words.group());
        }
      }
    }
    List<Question> questions = sample.questions();
    for (int i = 0; i < questions.size(); i++) {
      assertThat(conditions.isRead(i))
          .as(questions.get(i).id().value())
          .isEqualTo(named.contains(questions.get(i).id().value()));
    }
    assertThat(conditions.isRead(index(sample, "used_online"))).isTrue();
    assertThat(conditions.isRead(index(sample, "overall"))).isFalse();
  }

  @Test
  void compile_sampleQuestionnaire() {
    Questionnaire sample = Definitions.sampleQuestionnaire();
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(sample);
    List<Question> questions = sample.questions();
    assertThat(conditions.size()).isEqualTo(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      String when = questions.get(i).when();
      if (when == null) {
        assertThat(conditions.condition(i)).isEmpty();
      } else {
        // The printed tree reads back to the same text, up to parentheses and spaces.
        Condition condition = conditions.condition(i).orElseThrow();
        assertThat(ParserTest.parse(condition.toString()).toString())
            .isEqualTo(condition.toString());
      }
    }
    assertThat(conditions.condition(index(sample, "hours_suitable")).orElseThrow().toString())
        .isEqualTo("not contact_mode == 'website'");

    SampleAnswers desk = new SampleAnswers(sample).set("contact_mode", choice("in_person"));
    assertThat(desk.shown(conditions)).containsExactlyInAnyOrder(
        "hours_suitable", "signage_clear", "wait_minutes", "greeting");
    SampleAnswers website = new SampleAnswers(sample).set("contact_mode", choice("website"));
    assertThat(website.shown(conditions)).isEmpty();
    SampleAnswers email = new SampleAnswers(sample).set("contact_mode", choice("email"));
    assertThat(email.shown(conditions)).containsExactlyInAnyOrder("hours_suitable", "answer_days");
    SampleAnswers none = new SampleAnswers(sample);
    assertThat(none.shown(conditions)).containsExactly("hours_suitable");

    SampleAnswers online =
        new SampleAnswers(sample)
            .set("contact_mode", choice("website"))
            .set("used_online", YES)
            .set("online_useful", num(1))
            .set("recommend", num(6))
            .set("reasons", choices("opening_hours"))
            .set("comment", new Answer.Text("merci"));
    assertThat(online.shown(conditions))
        .containsExactlyInAnyOrder(
            "online_useful", "online_problem", "recommend_reason", "hours_wish", "comment_contact");
    online.set("online_useful", num(2)).set("recommend", num(7)).set("used_online", NO);
    assertThat(online.shown(conditions)).containsExactlyInAnyOrder("hours_wish", "comment_contact");
    online.set("used_online", YES);
    assertThat(online.shown(conditions))
        .containsExactlyInAnyOrder(
            "online_useful", "online_easy", "online_problem", "hours_wish", "comment_contact");
  }

  @Test
  void shown_onRows_doesNotAllocate() throws ReflectiveOperationException {
    Questionnaire sample = Definitions.sampleQuestionnaire();
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(sample);
    @Nullable Answer[][] responses = {
      new SampleAnswers(sample).answers,
      new SampleAnswers(sample)
          .set("contact_mode", choice("in_person"))
          .set("used_online", YES)
          .set("online_useful", num(3))
          .set("recommend", num(4))
          .set("reasons", choices("staff", "opening_hours"))
          .answers,
      new SampleAnswers(sample)
          .set("contact_mode", choice("email"))
          .set("used_online", NO)
          .set("comment", new Answer.Text("ok"))
          .answers
    };
    // The reference checks build a response's row once and evaluate every condition on it.
    AnswerRow[] rows = new AnswerRow[responses.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = conditions.row(responses[i]);
    }
    int size = conditions.size();
    evaluate(conditions, rows, size, 200_000);
    // The least of a few runs: a run may catch a one-off allocation (class loading, a reading);
    // an allocation per evaluation would show in every run, 100 000 times over.
    Allocations allocations = new Allocations();
    long allocated = Long.MAX_VALUE;
    long shown = 0;
    for (int run = 0; run < 5; run++) {
      long before = allocations.bytes();
      shown = evaluate(conditions, rows, size, 100_000);
      allocated = Math.min(allocated, allocations.bytes() - before);
    }
    assertThat(shown).isPositive();
    assertThat(allocated).as("bytes allocated by 100 000 evaluations").isLessThan(10_000);
  }

  private static long evaluate(
      QuestionnaireConditions conditions, AnswerRow[] responses, int size, int rounds) {
    long shown = 0;
    for (int round = 0; round < rounds; round++) {
      if (conditions.shown(round % size, responses[round % responses.length])) {
        shown++;
      }
    }
    return shown;
  }

  private static int index(Questionnaire questionnaire, String id) {
    List<Question> questions = questionnaire.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().value().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** Answers to the sample questionnaire by question id. */
  private static final class SampleAnswers {
    private final Questionnaire questionnaire;
    private final @Nullable Answer[] answers;

    SampleAnswers(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
      this.answers = new Answer[questionnaire.questions().size()];
    }

    SampleAnswers set(String id, Answer answer) {
      answers[index(questionnaire, id)] = answer;
      return this;
    }

    /** The ids of the questions with a condition that are shown. */
    List<String> shown(QuestionnaireConditions conditions) {
      List<String> shown = new ArrayList<>();
      List<Question> questions = questionnaire.questions();
      for (int i = 0; i < questions.size(); i++) {
        if (questions.get(i).when() != null && conditions.shown(i, answers)) {
          shown.add(questions.get(i).id().value());
        }
      }
      return shown;
    }
  }
}
