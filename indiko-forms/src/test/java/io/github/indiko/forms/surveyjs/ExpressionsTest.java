package io.github.indiko.forms.surveyjs;

import static io.github.indiko.forms.surveyjs.Fixtures.option;
import static io.github.indiko.forms.surveyjs.Fixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The {@code visibleIf} of every condition form, as survey-core's expression grammar reads it
 * (operators {@code =}, {@code !=}, {@code <}…, {@code anyof}, {@code contains}, {@code notempty},
 * {@code !}, {@code and}, {@code or}; strings in {@code '} with {@code \'} and {@code \"}). The
 * expected strings were checked by hand against survey-core 3.1.1, which evaluates them as format
 * v1 does for every answered and unanswered case of the operator.
 */
class ExpressionsTest {
  private static final List<Question> EARLIER =
      List.of(
          question("r", new QuestionType.Rating(new Scale(1, 5), Map.of(), 2)),
          question("n", new QuestionType.Number(null, null, false, null, null)),
          question("yn", new QuestionType.YesNo(true)),
          question(
              "sc",
              new QuestionType.SingleChoice(
                  List.of(option("a"), option("b"), option("it's"), option("say \"hi\"")))),
          question("mc", new QuestionType.MultiChoice(List.of(option("a"), option("b")), null, null)),
          question("t", new QuestionType.Text(200)),
          question("d", new QuestionType.Date(null, null)));

  private static SurveyJsExport export(String when, List<Question> earlier) {
    List<Question> questions = new ArrayList<>(earlier);
    questions.add(question("x", new QuestionType.YesNo(true), when));
    return SurveyJs.export(Fixtures.questionnaire(questions.toArray(Question[]::new)));
  }

  private static @Nullable String visibleIf(String when) {
    return visibleIf(export(when, EARLIER));
  }

  private static @Nullable String visibleIf(SurveyJsExport export) {
    JsonNode x = Fixtures.element(export, "x");
    return x.has("visibleIf") ? x.get("visibleIf").asString() : null;
  }

  private static List<Warning> whenWarnings(SurveyJsExport export) {
    return export.warnings().stream().filter(w -> w.member().equals("when")).toList();
  }

  @Test
  void equal_numberEitherSide() {
    assertThat(visibleIf("r == 3")).isEqualTo("{r} = 3");
    assertThat(visibleIf("3 == r")).isEqualTo("{r} = 3");
    assertThat(visibleIf("n == 4.50")).isEqualTo("{n} = 4.50");
  }

  @Test
  void notEqual_isFalseWhenUnanswered() {
    assertThat(visibleIf("r != 3")).isEqualTo("{r} notempty and {r} != 3");
    assertThat(visibleIf("sc != 'a'")).isEqualTo("{sc} notempty and {sc} != 'a'");
    assertThat(visibleIf("d != '2017-09-01'"))
        .isEqualTo("{d} notempty and {d} != '2017-09-01'");
  }

  @Test
  void orderings_numbersAndMirrored() {
    assertThat(visibleIf("r < 3")).isEqualTo("{r} < 3");
    assertThat(visibleIf("r <= 3")).isEqualTo("{r} <= 3");
    assertThat(visibleIf("r > 3")).isEqualTo("{r} > 3");
    assertThat(visibleIf("r >= 3")).isEqualTo("{r} >= 3");
    assertThat(visibleIf("3 < r")).isEqualTo("{r} > 3");
    assertThat(visibleIf("3 >= r")).isEqualTo("{r} <= 3");
    assertThat(visibleIf("n > -2.5")).isEqualTo("{n} > -2.5");
  }

  @Test
  void in_isAnyof() {
    assertThat(visibleIf("r in [1, 2]")).isEqualTo("{r} anyof [1, 2]");
    assertThat(visibleIf("sc in ['a', 'b']")).isEqualTo("{sc} anyof ['a', 'b']");
    assertThat(visibleIf("d in ['2017-09-01']")).isEqualTo("{d} anyof ['2017-09-01']");
  }

  @Test
  void yesNo_comparedAsTheAnswersItAccepts() {
    assertThat(visibleIf("yn")).isEqualTo("{yn} = true");
    assertThat(visibleIf("yn == true")).isEqualTo("{yn} = true");
    assertThat(visibleIf("false == yn")).isEqualTo("{yn} = false");
    assertThat(visibleIf("yn != true")).isEqualTo("{yn} = false");
    assertThat(visibleIf("yn != false")).isEqualTo("{yn} = true");
    assertThat(visibleIf("yn in [false]")).isEqualTo("{yn} = false");
    assertThat(visibleIf("yn in [true, false]")).isEqualTo("{yn} notempty");
  }

  @Test
  void contains_answeredAndNot() {
    assertThat(visibleIf("mc contains 'b'")).isEqualTo("{mc} contains 'b'");
    assertThat(visibleIf("answered(t)")).isEqualTo("{t} notempty");
    assertThat(visibleIf("not answered(t)")).isEqualTo("!({t} notempty)");
    assertThat(visibleIf("not yn")).isEqualTo("!({yn} = true)");
    assertThat(visibleIf("true")).isEqualTo("true");
  }

  @Test
  void andOr_parenthesizedWhereLooser() {
    assertThat(visibleIf("r == 1 and (yn or sc == 'a')"))
        .isEqualTo("{r} = 1 and ({yn} = true or {sc} = 'a')");
    assertThat(visibleIf("r == 1 or r == 2 and yn")).isEqualTo("{r} = 1 or {r} = 2 and {yn} = true");
    assertThat(visibleIf("sc != 'a' or r == 1")).isEqualTo("{sc} notempty and {sc} != 'a' or {r} = 1");
    assertThat(visibleIf("r == 1 and sc != 'a'"))
        .isEqualTo("{r} = 1 and ({sc} notempty and {sc} != 'a')");
    assertThat(visibleIf("not (r == 1 or r == 2)")).isEqualTo("!({r} = 1 or {r} = 2)");
  }

  @Test
  void strings_quotesEscaped() {
    assertThat(visibleIf("sc == 'it\\'s'")).isEqualTo("{sc} = 'it\\'s'");
    assertThat(visibleIf("sc == 'say \"hi\"'")).isEqualTo("{sc} = 'say \\\"hi\\\"'");
  }

  @Test
  void exact_noWarning() {
    assertThat(whenWarnings(export("sc == 'a' and r >= 2 or not answered(d)", EARLIER))).isEmpty();
  }

  @Test
  void text_comparedIgnoringCaseIsInexact() {
    SurveyJsExport export = export("t == 'Oui'", EARLIER);
    assertThat(visibleIf(export)).isEqualTo("{t} = 'Oui'");
    assertThat(whenWarnings(export))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(Warning.Kind.INEXACT);
              assertThat(w.question().value()).isEqualTo("x");
              assertThat(w.message()).contains("ignoring case", "'Oui'");
            });
  }

  @Test
  void options_thatSurveyJsConfusesAreInexact() {
    List<Question> earlier =
        List.of(
            question(
                "sc",
                new QuestionType.SingleChoice(
                    List.of(option("a"), option(" A"), option("1"), option("1.0"), option("b")))));
    assertThat(whenWarnings(export("sc == 'a'", earlier))).hasSize(1);
    assertThat(whenWarnings(export("sc in ['1']", earlier))).hasSize(1);
    assertThat(whenWarnings(export("sc == 'b'", earlier))).isEmpty();
  }

  @Test
  void inexpressible_leftOutAndWarned() {
    List<Question> backslash =
        List.of(question("sc", new QuestionType.SingleChoice(List.of(option("a\\"), option("b")))));
    SurveyJsExport export = export("sc == 'a\\\\'", backslash);
    assertThat(visibleIf(export)).isNull();
    assertThat(whenWarnings(export)).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(Warning.Kind.INEXACT);
      assertThat(w.message()).contains("backslash", "always shown");
    });

    List<Question> locale = List.of(question("locale", new QuestionType.YesNo(true)));
    SurveyJsExport builtIn = export("locale", locale);
    assertThat(visibleIf(builtIn)).isNull();
    assertThat(whenWarnings(builtIn)).singleElement().satisfies(w ->
        assertThat(w.message()).contains("built-in variable"));
  }

  @Test
  void backslash_insideAStringIsItself() {
    List<Question> earlier =
        List.of(question("sc", new QuestionType.SingleChoice(List.of(option("a\\b"), option("c")))));
    SurveyJsExport export = export("sc == 'a\\\\b'", earlier);
    assertThat(visibleIf(export)).isEqualTo("{sc} = 'a\\b'");
    assertThat(whenWarnings(export)).isEmpty();
  }

  @Test
  void sameForSurveyJs_caseSpaceAndNumbers() {
    assertThat(Expressions.sameForSurveyJs("Oui", " oui ")).isTrue();
    assertThat(Expressions.sameForSurveyJs("1", "1.00")).isTrue();
    assertThat(Expressions.sameForSurveyJs("-2", "-2.0")).isTrue();
    assertThat(Expressions.sameForSurveyJs("1", "2")).isFalse();
    assertThat(Expressions.sameForSurveyJs("a", "b")).isFalse();
  }

  @Test
  void date_literal() {
    assertThat(visibleIf("d == '" + LocalDate.of(2017, 9, 1) + "'")).isEqualTo("{d} = '2017-09-01'");
  }
}
