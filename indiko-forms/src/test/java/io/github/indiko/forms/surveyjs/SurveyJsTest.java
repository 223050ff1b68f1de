package io.github.indiko.forms.surveyjs;

import static io.github.indiko.forms.surveyjs.Fixtures.element;
import static io.github.indiko.forms.surveyjs.Fixtures.json;
import static io.github.indiko.forms.surveyjs.Fixtures.option;
import static io.github.indiko.forms.surveyjs.Fixtures.question;
import static io.github.indiko.forms.surveyjs.Fixtures.questionnaire;
import static io.github.indiko.forms.surveyjs.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SurveyJsTest {
  static Questionnaire sample() throws IOException {
    try (InputStream in = SampleEdition.open(EditionFolder.QUESTIONNAIRE)) {
      return FormatV1.readQuestionnaire(in, "questionnaire.json");
    }
  }

  /** The export of one question, checked against its type's definition in SurveyJS's schema. */
  private static JsonNode only(Question question) {
    SurveyJsExport export = SurveyJs.export(questionnaire(question));
    JsonNode element = element(export, question.id().value());
    assertThat(SurveyJsSchema.typeSchema(element.get("type").asString()).validate(element))
        .isEmpty();
    assertThat(SurveyJsSchema.errors(export.json())).isEmpty();
    return element;
  }

  private static String title(String id) {
    return "\"title\": {\"default\": \"Question " + id + "\", \"en\": \"Ask " + id + "\", \"fr\": \"Question "
        + id + "\"}";
  }

  @Test
  void export_sampleValidatesAgainstTheSchema() throws IOException {
    assertThat(SurveyJsSchema.errors(SurveyJs.export(sample()).json())).isEmpty();
  }

  @Test
  void export_sampleHasEverySectionAsAPageAndEveryQuestionOnce() throws IOException {
    Questionnaire sample = sample();
    JsonNode survey = json(SurveyJs.export(sample).json());
    assertThat(survey.get("locale").asString()).isEqualTo("fr");
    assertThat(survey.get("clearInvisibleValues").asString()).isEqualTo("onHidden");
    assertThat(survey.get("title").get("default").asString()).isEqualTo("Votre avis sur l'accueil");
    assertThat(survey.get("title").get("en").asString()).isEqualTo("Your view of our reception");
    List<String> pages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    survey.get("pages").forEach(page -> {
      pages.add(page.get("name").asString());
      page.get("elements").forEach(e -> names.add(e.get("name").asString()));
    });
    assertThat(pages).containsExactlyElementsOf(
        sample.sections().stream().map(Section::id).toList());
    assertThat(names).containsExactlyElementsOf(
        sample.questions().stream().map(q -> q.id().value()).toList());
  }

  @Test
  void export_sampleConditions() throws IOException {
    SurveyJsExport export = SurveyJs.export(sample());
    // when of the sample's questionnaire.json, translated by hand.
    assertThat(element(export, "hours_suitable").get("visibleIf").asString())
        .isEqualTo("!({contact_mode} = 'website')");
    assertThat(element(export, "wait_minutes").get("visibleIf").asString())
        .isEqualTo("{contact_mode} anyof ['in_person', 'phone']");
    assertThat(element(export, "answer_days").get("visibleIf").asString())
        .isEqualTo("{contact_mode} = 'email' or {contact_mode} = 'mail'");
    assertThat(element(export, "online_easy").get("visibleIf").asString())
        .isEqualTo("{used_online} = true and {online_useful} >= 2");
    assertThat(element(export, "recommend_reason").get("visibleIf").asString())
        .isEqualTo("{recommend} <= 6");
    assertThat(element(export, "hours_wish").get("visibleIf").asString())
        .isEqualTo("{reasons} contains 'opening_hours'");
    assertThat(element(export, "comment_contact").get("visibleIf").asString())
        .isEqualTo("{comment} notempty");
    assertThat(export.warnings(Warning.Kind.INEXACT))
        .extracting(w -> w.question().value(), Warning::member)
        .containsExactly(
            tuple("wait_minutes", "integer"),
            tuple("recommend_reason", "maxLength"),
            tuple("visits_year", "integer"),
            tuple("comment", "maxLength"));
  }

  @Test
  void rating_scaleAndLabels() {
    JsonNode plain = only(question("r", new QuestionType.Rating(new Scale(1, 5), Map.of(), 2)));
    assertThat(plain).isEqualTo(json("{\"type\": \"rating\", \"name\": \"r\", " + title("r")
        + ", \"rateMin\": 1, \"rateMax\": 5, \"rateCount\": 5}"));
    JsonNode labelled = only(question("r", new QuestionType.Rating(new Scale(0, 2),
        Map.of(0, text("Non", "No"), 2, LocalizedText.of("fr", "Oui")), 1)));
    assertThat(labelled.get("rateValues")).isEqualTo(json("[{\"value\": 0, \"text\": {\"default\":"
        + " \"Non\", \"en\": \"No\", \"fr\": \"Non\"}}, {\"value\": 1}, {\"value\": 2, \"text\":"
        + " {\"default\": \"Oui\", \"fr\": \"Oui\"}}]"));
    assertThat(labelled.get("rateCount").asInt()).isEqualTo(3);
  }

  @Test
  void nps_zeroToTen() {
    assertThat(only(question("p", new QuestionType.Nps()))).isEqualTo(json("{\"type\": \"rating\","
        + " \"name\": \"p\", " + title("p") + ", \"rateMin\": 0, \"rateMax\": 10, \"rateCount\": 11}"));
  }

  @Test
  void yesNo_booleanWithLabels() {
    assertThat(only(question("y", new QuestionType.YesNo(true)))).isEqualTo(json("{\"type\":"
        + " \"boolean\", \"name\": \"y\", " + title("y") + ", \"labelTrue\": {\"default\": \"Oui\","
        + " \"en\": \"Yes\", \"fr\": \"Oui\"}, \"labelFalse\": {\"default\": \"Non\", \"en\": \"No\","
        + " \"fr\": \"Non\"}}"));
  }

  @Test
  void singleChoice_radiogroup() {
    JsonNode element = only(question("s",
        new QuestionType.SingleChoice(List.of(option("a"), option("b")))));
    assertThat(element).isEqualTo(json("{\"type\": \"radiogroup\", \"name\": \"s\", " + title("s")
        + ", \"choices\": [{\"value\": \"a\", \"text\": {\"default\": \"Option a\", \"en\": \"Choice"
        + " a\", \"fr\": \"Option a\"}}, {\"value\": \"b\", \"text\": {\"default\": \"Option b\","
        + " \"en\": \"Choice b\", \"fr\": \"Option b\"}}]}"));
  }

  @Test
  void multiChoice_boundsOnRequiredAndOptional() {
    List<Option> options = List.of(option("a"), option("b"), option("c"));
    JsonNode required = only(new Question(new QuestionId("m"),
        new QuestionType.MultiChoice(options, 2, 3), text("Q", "Q"), null, null, 1, true, null));
    assertThat(required.get("type").asString()).isEqualTo("checkbox");
    assertThat(required.get("isRequired").asBoolean()).isTrue();
    assertThat(required.get("minSelectedChoices").asInt()).isEqualTo(2);
    assertThat(required.get("maxSelectedChoices").asInt()).isEqualTo(3);
    assertThat(required.has("validators")).isFalse();
    assertThat(required.get("choices")).hasSize(3);

    JsonNode optional = only(question("m", new QuestionType.MultiChoice(options, 2, null)));
    assertThat(optional.has("minSelectedChoices")).isFalse();
    assertThat(optional.has("maxSelectedChoices")).isFalse();
    assertThat(optional.get("validators"))
        .isEqualTo(json("[{\"type\": \"answercount\", \"minCount\": 2}]"));
  }

  @Test
  void number_textInputWithBounds() {
    JsonNode element = only(question("n",
        new QuestionType.Number(0.0, 600.0, true, "minute", new Target(10, 40))));
    assertThat(element).isEqualTo(json("{\"type\": \"text\", \"name\": \"n\", " + title("n")
        + ", \"inputType\": \"number\", \"min\": \"0\", \"max\": \"600\", \"step\": 1}"));
    JsonNode decimal = only(question("n", new QuestionType.Number(-2.5, null, false, null, null)));
    assertThat(decimal.get("min").asString()).isEqualTo("-2.5");
    assertThat(decimal.has("max")).isFalse();
    assertThat(decimal.has("step")).isFalse();
  }

  @Test
  void text_comment() {
    assertThat(only(question("t", new QuestionType.Text(300)))).isEqualTo(json("{\"type\":"
        + " \"comment\", \"name\": \"t\", " + title("t") + ", \"maxLength\": 300}"));
  }

  @Test
  void date_textInputWithBounds() {
    JsonNode element = only(question("d",
        new QuestionType.Date(LocalDate.of(2017, 8, 15), LocalDate.of(2017, 11, 30))));
    assertThat(element).isEqualTo(json("{\"type\": \"text\", \"name\": \"d\", " + title("d")
        + ", \"inputType\": \"date\", \"min\": \"2017-08-15\", \"max\": \"2017-11-30\"}"));
  }

  @Test
  void common_helpRequiredAndSectionTitle() {
    Question question = new Question(new QuestionId("q"), new QuestionType.Nps(),
        text("Recommanderiez-vous ?", "Recommend?"), text("De 0 à 10", "From 0 to 10"), null, 1,
        true, null);
    Questionnaire questionnaire = new Questionnaire("test", 1, "fr", text("T", "T"),
        List.of(new Section("s1", text("Partie", "Part"), List.of(question))));
    SurveyJsExport export = SurveyJs.export(questionnaire);
    JsonNode page = json(export.json()).get("pages").get(0);
    assertThat(page.get("name").asString()).isEqualTo("s1");
    assertThat(page.get("title").get("en").asString()).isEqualTo("Part");
    JsonNode element = element(export, "q");
    assertThat(element.get("description"))
        .isEqualTo(json("{\"default\": \"De 0 à 10\", \"en\": \"From 0 to 10\", \"fr\": \"De 0 à 10\"}"));
    assertThat(element.get("isRequired").asBoolean()).isTrue();
    assertThat(SurveyJsSchema.errors(export.json())).isEmpty();
  }

  @Test
  void warnings_listWhatDoesNotMap() {
    Theme courtesy = new Theme("courtesy");
    Questionnaire questionnaire = questionnaire(
        question("r", new QuestionType.Rating(new Scale(1, 5), Map.of(), 3), courtesy, 2, false),
        question("plain", new QuestionType.Rating(new Scale(1, 5), Map.of(), 2)),
        question("y", new QuestionType.YesNo(false)),
        question("s", new QuestionType.SingleChoice(List.of(
            new Option("a", text("A", "A"), 100.0, true), option("b")))),
        question("m", new QuestionType.MultiChoice(List.of(option("a"), option("b")), 0, null),
            null, 1, true),
        question("n", new QuestionType.Number(null, null, true, "minute", new Target(1, 5))),
        question("t", new QuestionType.Text(10)));
    assertThat(SurveyJs.export(questionnaire).warnings())
        .extracting(w -> w.question().value(), Warning::member, Warning::kind)
        .containsExactly(
            tuple("r", "theme", Warning.Kind.NOT_EXPORTED),
            tuple("r", "weight", Warning.Kind.NOT_EXPORTED),
            tuple("r", "topBox", Warning.Kind.NOT_EXPORTED),
            tuple("y", "favourable", Warning.Kind.NOT_EXPORTED),
            tuple("s", "options[0].score", Warning.Kind.NOT_EXPORTED),
            tuple("s", "options[0].favourable", Warning.Kind.NOT_EXPORTED),
            tuple("m", "minSelected", Warning.Kind.INEXACT),
            tuple("n", "integer", Warning.Kind.INEXACT),
            tuple("n", "unit", Warning.Kind.NOT_EXPORTED),
            tuple("n", "target", Warning.Kind.NOT_EXPORTED),
            tuple("t", "maxLength", Warning.Kind.INEXACT));
  }

  @Test
  void hostileTexts_surviveAsJsonStrings() {
    List<String> hostile = List.of("\"}, {\"type\": \"html\"", "</script><script>alert(1)</script>",
        "back\\slash\\", "line\nbreak\r\u2028\u2029", "=cmd|' /C calc'!A0", "😀🏛 é\u0000",
        "{contact_mode} = 'x'");
    for (String text : hostile) {
      Questionnaire questionnaire = new Questionnaire("test", 1, "fr",
          new LocalizedText(Map.of("fr", text, "en", text + "!")),
          List.of(new Section("s", null, List.of(new Question(new QuestionId("q"),
              new QuestionType.SingleChoice(List.of(new Option(text, LocalizedText.of("fr", text), null, null),
                  option("b"))), LocalizedText.of("fr", text), LocalizedText.of("fr", text), null, 1,
              false, null)))));
      SurveyJsExport export = SurveyJs.export(questionnaire);
      JsonNode survey = json(export.json());
      assertThat(survey.get("title").get("default").asString()).isEqualTo(text);
      assertThat(survey.get("title").get("en").asString()).isEqualTo(text + "!");
      JsonNode element = element(export, "q");
      assertThat(element.get("title").get("fr").asString()).isEqualTo(text);
      assertThat(element.get("description").get("default").asString()).isEqualTo(text);
      assertThat(element.get("choices").get(0).get("value").asString()).isEqualTo(text);
      assertThat(element.get("choices").get(0).get("text").get("fr").asString()).isEqualTo(text);
      assertThat(survey.get("pages").get(0).get("elements")).hasSize(1);
    }
  }

  @Test
  void export_isStableAndEndsWithALineFeed() throws IOException {
    String first = SurveyJs.export(sample()).json();
    assertThat(SurveyJs.export(sample()).json()).isEqualTo(first);
    assertThat(first).startsWith("{\n  \"title\": {").endsWith("}\n");
  }

  @Test
  void export_refusesATextWithoutTheDefaultLocale() {
    Questionnaire questionnaire = new Questionnaire("test", 1, "fr", LocalizedText.of("en", "T"),
        List.of());
    assertThatThrownBy(() -> SurveyJs.export(questionnaire))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default locale fr");
  }

  @Test
  void export_refusesAnInvalidCondition() {
    Questionnaire questionnaire = questionnaire(question("a", new QuestionType.Nps(), "later > 1"),
        question("later", new QuestionType.Nps()));
    assertThatThrownBy(() -> SurveyJs.export(questionnaire))
        .isInstanceOf(ConditionException.class)
        .hasMessageContaining("later");
  }

  @Test
  void schema_catchesAWrongElement() {
    // The check is not vacuous: a rating whose rateMin is a string fails its type's definition.
    JsonNode wrong = json("{\"type\": \"rating\", \"name\": \"r\", \"rateMin\": \"one\"}");
    assertThat(SurveyJsSchema.typeSchema("rating").validate(wrong)).isNotEmpty();
  }
}
