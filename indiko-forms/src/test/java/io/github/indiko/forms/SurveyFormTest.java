package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SurveyFormTest {
  private static final SurveyForm FORM = Forms.SUBMISSIONS.form();
  private static final FormOptions FRENCH =
      FormOptions.of(Locale.FRENCH, "/enquete?s=1&t=2").withCsrf(new CsrfField(Forms.CSRF, "tok\"<"));

  private static Document render(FormState state, FormOptions options) {
    return Jsoup.parseBodyFragment(FORM.render(state, options));
  }

  private static Element question(Document doc, String id) {
    Element element = doc.selectFirst("[data-ik-q=" + id + "]");
    assertThat(element).as(id).isNotNull();
    return element;
  }

  @Test
  void render_formAndCsrf() {
    Document doc = render(FormState.empty(), FRENCH);
    Element form = doc.selectFirst("form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.hasAttr("novalidate"))
        .as("the server's error summary replaces the browser's")
        .isTrue();
    assertThat(form.attr("action")).isEqualTo("/enquete?s=1&t=2");
    assertThat(form.attr("lang")).isEqualTo("fr");
    Element csrf = form.selectFirst("input[type=hidden]");
    assertThat(csrf.attr("name")).isEqualTo(Forms.CSRF);
    assertThat(csrf.attr("value")).isEqualTo("tok\"<");
    assertThat(form.select("button[type=submit]").text()).isEqualTo("Envoyer mes réponses");
    assertThat(form.selectFirst("h2").text()).isEqualTo("Votre avis sur l'accueil");
    assertThat(form.select("section > h3").eachText()).contains("Votre contact");
  }

  @Test
  void render_groupsAreFieldsetsWithLegendAndOneRadioPerPoint() {
    Document doc = render(FormState.empty(), FRENCH);
    Map<String, Integer> expected =
        Map.of(
            "signage_clear", 4, "courtesy_staff", 5, "info_clear", 11, "recommend", 11,
            "used_online", 2, "contact_mode", 6, "problem_solved", 4);
    expected.forEach(
        (id, count) -> {
          Element group = question(doc, id);
          assertThat(group.tagName()).isEqualTo("fieldset");
          assertThat(group.selectFirst("legend").text()).isNotBlank();
          Elements radios = group.select("input[type=radio][name=" + id + "]");
          assertThat(radios).hasSize(count);
          for (Element radio : radios) {
            assertThat(doc.select("label[for=" + radio.id() + "]")).hasSize(1);
          }
        });
    assertThat(question(doc, "signage_clear").select("label").eachText())
        .containsExactly("1 – Pas du tout", "2", "3", "4 – Tout à fait");
    assertThat(question(doc, "used_online").select("input").eachAttr("value"))
        .containsExactly("true", "false");
    Element reasons = question(doc, "reasons");
    assertThat(reasons.tagName()).isEqualTo("fieldset");
    assertThat(reasons.select("input[type=checkbox][name=reasons]")).hasSize(6);
    assertThat(reasons.selectFirst(".ik-hint").text()).isEqualTo("Cochez entre 1 et 3 réponses.");
  }

  @Test
  void render_singleControlsHaveLabelsAndConstraints() {
    Document doc = render(FormState.empty(), FRENCH);
    Element wait = doc.getElementById("ik-wait_minutes");
    assertThat(wait.attr("type")).isEqualTo("number");
    assertThat(wait.attr("min")).isEqualTo("0");
    assertThat(wait.attr("max")).isEqualTo("600");
    assertThat(wait.attr("step")).isEqualTo("1");
    assertThat(doc.getElementById("ik-answer_days").attr("step")).isEqualTo("any");
    assertThat(question(doc, "wait_minutes").select(".ik-unit").text()).isEqualTo("minute");
    assertThat(question(doc, "wait_minutes").select(".ik-hint").text())
        .isEqualTo("Nombre entier. Entre 0 et 600. Unité : minute.");
    Element reason = doc.getElementById("ik-recommend_reason");
    assertThat(reason.tagName()).isEqualTo("textarea");
    assertThat(reason.attr("maxlength")).isEqualTo("300");
    Element date = doc.getElementById("ik-visit_date");
    assertThat(date.attr("type")).isEqualTo("date");
    assertThat(date.attr("min")).isEqualTo("2017-08-15");
    assertThat(date.attr("max")).isEqualTo("2017-11-30");
    for (String id : List.of("wait_minutes", "recommend_reason", "visit_date", "visits_year", "comment")) {
      Element control = doc.getElementById("ik-" + id);
      assertThat(doc.select("label[for=ik-" + id + "]").text()).as(id).isNotBlank();
      assertThat(control.attr("name")).isEqualTo(id);
    }
  }

  @Test
  void render_requiredAttributeAndExplainedMarker() {
    Document doc = render(FormState.empty(), FRENCH);
    assertThat(doc.getElementById("ik:required").text())
        .isEqualTo("Les questions marquées d'un astérisque (*) sont obligatoires.");
    assertThat(question(doc, "courtesy_staff").select("input[required]")).hasSize(5);
    assertThat(question(doc, "courtesy_staff").selectFirst("legend .ik-required").text()).isEqualTo("*");
    assertThat(question(doc, "staff_competent").select("[required], .ik-required")).isEmpty();
    // Required but conditional, and its condition is false without answers: marked, not enforced.
    assertThat(question(doc, "online_useful").select(".ik-required")).hasSize(1);
    assertThat(question(doc, "online_useful").select("[required]")).isEmpty();
  }

  @Test
  void render_describedByPointsAtExistingParagraphs() {
    Document doc = render(FormState.empty(), FRENCH);
    Elements described = doc.select("[aria-describedby]");
    assertThat(described).isNotEmpty();
    for (Element element : described) {
      for (String id : element.attr("aria-describedby").split(" ")) {
        assertThat(doc.getElementById(id)).as(id).isNotNull();
      }
    }
    assertThat(question(doc, "recommend").attr("aria-describedby")).isEqualTo("ik-recommend:hint");
    assertThat(doc.getElementById("ik-wait_minutes").attr("aria-describedby"))
        .isEqualTo("ik-wait_minutes:note ik-wait_minutes:hint");
  }

  @Test
  void render_conditionalQuestionsWithoutScript() {
    Document first = render(FormState.empty(), FRENCH);
    assertThat(first.select("[hidden], [disabled]")).isEmpty();
    assertThat(question(first, "hours_suitable").selectFirst(".ik-note").text())
        .isEqualTo(
            "À remplir seulement si il n'est pas vrai que la réponse à « Comment nous avez-vous"
                + " contactés ? » est « Sur le site internet ».");
    assertThat(question(first, "online_easy").selectFirst(".ik-note").text())
        .isEqualTo(
            "À remplir seulement si la réponse à « Avez-vous fait une démarche en ligne ? » est"
                + " « Oui » et la réponse à « La démarche en ligne était-elle utile ? » est"
                + " au moins 2.");
    assertThat(question(first, "hours_wish").selectFirst(".ik-note").text())
        .contains("vous avez coché « Les horaires » à « Que faudrait-il améliorer en priorité ? »");
    Submission.Rejected rejected =
        Forms.rejected(Forms.post(Forms.body("contact_mode", "website", "hours_suitable", "true")));
    Document again = render(rejected.state(), FRENCH);
    assertThat(question(again, "hours_suitable").hasAttr("hidden")).isTrue();
    assertThat(question(again, "hours_suitable").hasAttr("disabled")).isTrue();
    assertThat(question(again, "wait_minutes").hasAttr("hidden")).isTrue();
    assertThat(again.getElementById("ik-wait_minutes").hasAttr("disabled")).isTrue();
    assertThat(question(again, "answer_days").hasAttr("hidden")).isTrue();
    assertThat(question(again, "courtesy_staff").hasAttr("hidden")).isFalse();
    // The dropped answer is listed in the summary without a link: its question is hidden.
    Element hiddenItem =
        again.select("#ik\\:errors li").stream()
            .filter(li -> li.text().contains("ne s'appliquait pas"))
            .findFirst()
            .orElseThrow();
    assertThat(hiddenItem.select("a")).isEmpty();
  }

  @Test
  void render_errorSummaryAndFieldErrors() {
    Submission.Rejected rejected =
        Forms.rejected(Forms.post(Forms.body("courtesy_staff", "7", "visits_year", "abc", "comment", "garder <ça>")));
    Document doc = render(rejected.state(), FRENCH);
    Element summary = doc.getElementById("ik:errors");
    assertThat(summary.attr("role")).isEqualTo("alert");
    assertThat(summary.attr("tabindex")).isEqualTo("-1");
    assertThat(summary.selectFirst("h2").text()).isEqualTo("Votre réponse n'a pas pu être enregistrée");
    assertThat(summary.child(0).tagName()).isEqualTo("h2");
    Elements links = summary.select("a");
    assertThat(links.eachAttr("href"))
        .containsExactly(
            "#ik-courtesy_staff", "#ik-problem_solved", "#ik-overall", "#ik-visits_year");
    for (Element link : links) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).isNotNull();
    }
    assertThat(links.get(0).text())
        .isEqualTo("Le personnel a-t-il été courtois ? \u2014 Choisissez une valeur entre 1 et 5.");
    Element courtesy = question(doc, "courtesy_staff");
    assertThat(courtesy.attr("aria-describedby")).contains("ik-courtesy_staff:error");
    assertThat(doc.getElementById("ik-courtesy_staff:error").text())
        .isEqualTo("Erreur : Choisissez une valeur entre 1 et 5.");
    assertThat(courtesy.select("input[aria-invalid=true]")).hasSize(5);
    Element visits = doc.getElementById("ik-visits_year");
    assertThat(visits.attr("aria-invalid")).isEqualTo("true");
    assertThat(visits.attr("value")).isEqualTo("abc");
    assertThat(visits.attr("aria-describedby")).contains("ik-visits_year:error");
    assertThat(doc.getElementById("ik-comment").val()).isEqualTo("garder <ça>");
    assertThat(doc.getElementById("ik-comment").hasAttr("aria-invalid")).isFalse();
  }

  @Test
  void render_valuesKept() {
    Submission.Rejected rejected =
        Forms.rejected(
            Forms.post(
                Forms.body(
                    "contact_mode", "in_person", "signage_clear", "3", "reasons", "waiting",
                    "reasons", "staff", "used_online", "false", "visit_date", "2017-09-02",
                    "comment", "\nligne 1\r\nligne 2")));
    Document doc = render(rejected.state(), FRENCH);
    assertThat(doc.select("input[name=contact_mode][checked]").eachAttr("value")).containsExactly("in_person");
    assertThat(doc.select("input[name=signage_clear][checked]").eachAttr("value")).containsExactly("3");
    assertThat(doc.select("input[name=reasons][checked]").eachAttr("value")).containsExactly("waiting", "staff");
    assertThat(doc.select("input[name=used_online][checked]").eachAttr("value")).containsExactly("false");
    assertThat(doc.getElementById("ik-visit_date").attr("value")).isEqualTo("2017-09-02");
    // HTML parsers drop one line feed right after <textarea>: the value's own first one survives.
    assertThat(FORM.render(rejected.state(), FRENCH)).contains(">\n\nligne 1\r\nligne 2</textarea>");
  }

  @Test
  void render_hostileTextsEscaped() {
    String evil = "\"><script>alert(1)</script><img src=x onerror=alert(2)>'\u0000";
    LocalizedText text = LocalizedText.of("fr", evil);
    Question choice =
        new Question(
            new QuestionId("choice"),
            new QuestionType.SingleChoice(
                List.of(new Option(evil, text, null, null), new Option("b", text, null, null))),
            text, text, null, 1, true, null);
    Question comment =
        new Question(new QuestionId("comment"), new QuestionType.Text(2000), text, null, null, 1, false, null);
    Question number =
        new Question(
            new QuestionId("n"), new QuestionType.Number(null, null, false, evil, null), text, null, null, 1, false, null);
    Questionnaire questionnaire =
        new Questionnaire("q", 1, "fr", text, List.of(new Section("s", text, List.of(choice, comment, number))));
    SurveyForm form = SurveyForm.of(questionnaire);
    FormState state =
        new FormState(
            Map.of("choice", List.of(evil), "comment", List.of("</textarea>" + evil), "n", List.of(evil)),
            List.of(new FieldError(new QuestionId("comment"), FieldError.Code.TOO_LONG, evil), new FieldError(null, FieldError.Code.MALFORMED, evil)));
    String html = form.render(state, FormOptions.of(Locale.FRENCH, evil).withCsrf(new CsrfField(evil, evil)));
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(allAttributes(doc)).noneMatch(a -> a.getKey().startsWith("on"));
    assertThat(doc.selectFirst("form").attr("action")).isEqualTo(evil.replace('\u0000', '\uFFFD'));
    assertThat(doc.getElementById("ik-comment").val()).isEqualTo("</textarea>" + evil.replace('\u0000', '\uFFFD'));
    assertThat(doc.selectFirst("input[name=choice][checked]").attr("value")).isEqualTo(evil.replace('\u0000', '\uFFFD'));
    assertThat(doc.getElementById("ik-n").attr("value")).isEqualTo(evil.replace('\u0000', '\uFFFD'));
    assertThat(doc.selectFirst("legend").text()).startsWith("\"><script>alert(1)</script>");
    assertThat(html).doesNotContain("\u0000");
  }

  @Test
  void render_noExternalResource() {
    Document doc = render(Forms.rejected(Forms.post("")).state(), FRENCH.withScriptNonce("abc123"));
    assertThat(doc.select("link, img, iframe, object, embed, style, audio, video, source")).isEmpty();
    assertThat(doc.select("[src], [style], [srcset]")).isEmpty();
    assertThat(doc.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#ik-"));
  }

  @Test
  void render_scriptOnlyWithNonce() throws Exception {
    assertThat(render(FormState.empty(), FRENCH).select("script")).isEmpty();
    Document doc = render(FormState.empty(), FRENCH.withScriptNonce("r4nd0m+/="));
    Elements scripts = doc.select("script");
    assertThat(scripts).hasSize(2);
    Element data = scripts.get(0);
    assertThat(data.attr("type")).isEqualTo("application/json");
    assertThat(data.hasAttr("nonce")).isFalse();
    Element code = scripts.get(1);
    assertThat(code.attr("nonce")).isEqualTo("r4nd0m+/=");
    assertThat(code.data()).doesNotContain("eval(").doesNotContain("innerHTML").doesNotContain("Function(");
    JsonNode model = JsonMapper.builder().build().readTree(data.data());
    assertThat(model.get("questions")).hasSize(FORM.questionnaire().questions().size());
    JsonNode easy = model.get("questions").get(14);
    assertThat(easy.get("id").asString()).isEqualTo("online_easy");
    assertThat(easy.get("when").toString())
        .isEqualTo(
            "{\"t\":\"and\",\"c\":[{\"t\":\"cmp\",\"q\":\"used_online\",\"op\":\"==\",\"v\":true},"
                + "{\"t\":\"cmp\",\"q\":\"online_useful\",\"op\":\">=\",\"v\":2}]}");
    assertThat(model.get("questions").get(0).get("when").isNull()).isTrue();
    for (int i = 0; i < FORM.questionnaire().questions().size(); i++) {
      assertThat(model.get("questions").get(i).get("required").asBoolean())
          .as("required of question %d", i)
          .isEqualTo(FORM.questionnaire().questions().get(i).required());
    }
  }

  @Test
  void render_labelsInTheCitizensLanguage() {
    Document english = render(FormState.empty(), FormOptions.of(Locale.ENGLISH, "/s"));
    assertThat(english.selectFirst("form").attr("lang")).isEqualTo("en");
    assertThat(question(english, "courtesy_staff").selectFirst("legend").ownText())
        .isEqualTo("Was the staff courteous?");
    assertThat(english.select("button").text()).isEqualTo("Send my answers");
    Document german = render(FormState.empty(), FormOptions.of(Locale.GERMAN, "/s"));
    assertThat(german.selectFirst("form").attr("lang")).isEqualTo("en");
    Element legend = question(german, "courtesy_staff").selectFirst("legend > span[lang]");
    assertThat(legend.attr("lang")).isEqualTo("fr");
    assertThat(german.select("button").text()).isEqualTo("Send my answers");
  }

  private static List<Attribute> allAttributes(Document doc) {
    return doc.getAllElements().stream()
        .flatMap(e -> e.attributes().asList().stream())
        .toList();
  }

}
