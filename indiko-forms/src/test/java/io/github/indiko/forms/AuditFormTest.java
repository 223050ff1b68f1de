package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.structure.StructureId;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class AuditFormTest {
  private static final FormOptions FRENCH =
      FormOptions.of(Locale.FRENCH, "/audits?s=1&t=2")
          .withCsrf(new CsrfField(Forms.CSRF, "tok\"<"));
  private static final FormOptions ENGLISH = FormOptions.of(Locale.ENGLISH, "/audits");

  private static Document render(Channel channel, AuditState state, FormOptions options) {
    return render(AuditForms.DAY_SUBMISSIONS, channel, state, options);
  }

  private static Document render(
      AuditSubmissions submissions, Channel channel, AuditState state, FormOptions options) {
    AuditForm form = submissions.form(AuditForms.GRANDPRE, channel);
    return Jsoup.parseBodyFragment(form.render(state, options));
  }

  private static Element criterion(Document doc, String id) {
    Element element = doc.selectFirst("fieldset[data-ik-q=" + id + "]");
    assertThat(element).as(id).isNotNull();
    return element;
  }

  @Test
  void render_formCsrfTitleAndWhatIsAudited() {
    Document doc = render(Channel.PHONE, AuditState.empty(), FRENCH);

    Element form = doc.selectFirst("form");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.hasAttr("novalidate")).isTrue();
    assertThat(form.attr("action")).isEqualTo("/audits?s=1&t=2");
    assertThat(form.attr("lang")).isEqualTo("fr");
    Element csrf = form.selectFirst("input[type=hidden]");
    assertThat(csrf.attr("name")).isEqualTo(Forms.CSRF);
    assertThat(csrf.attr("value")).isEqualTo("tok\"<");
    assertThat(form.selectFirst("h2").text()).isEqualTo("Grille d'audit de l'accueil");
    assertThat(form.selectFirst(".ik-audited").text())
        .isEqualTo("Structure : Mairie de Grandpré-sur-Vire. Canal : Téléphone.");
    assertThat(form.select("button[type=submit]").text()).isEqualTo("Enregistrer l'audit");
    assertThat(form.select("script")).isEmpty();
  }

  @Test
  void render_onlyTheChannelsCriteria_inGridOrderUnderTheirThemes() {
    Document doc = render(Channel.PHONE, AuditState.empty(), FRENCH);

    assertThat(doc.select("fieldset[data-ik-q]").eachAttr("data-ik-q"))
        .containsExactly("phone_hours", "phone_rings", "phone_greeting", "phone_answer");
    assertThat(doc.select("section.ik-section > h3").eachText())
        .containsExactly(
            "Accessibilité", "Délai d'attente et de réponse", "Courtoisie", "Efficacité");
  }

  @Test
  void render_check_threeLabelledRadios() {
    Element check = criterion(render(Channel.PHONE, AuditState.empty(), FRENCH), "phone_hours");

    assertThat(check.selectFirst("legend").text()).isEqualTo("Joignable aux horaires annoncés *");
    Elements radios = check.select("input[type=radio][name=phone_hours]");
    assertThat(radios.eachAttr("value")).containsExactly("met", "not_met", "na");
    assertThat(radios.eachAttr("id"))
        .containsExactly("ik-phone_hours", "ik-phone_hours:not_met", "ik-phone_hours:na");
    assertThat(check.select("label").eachText())
        .containsExactly("Respecté", "Non respecté", "Sans objet");
    assertThat(radios).allMatch(radio -> radio.hasAttr("required"));
  }

  @Test
  void render_measure_aValueWithItsHintThenMissedAndNotApplicable() {
    Element measure = criterion(render(Channel.PHONE, AuditState.empty(), FRENCH), "phone_rings");

    assertThat(measure.select("input[type=radio]").eachAttr("value"))
        .containsExactly("value", "missed", "na");
    Element number = measure.selectFirst("input[type=number]");
    assertThat(number.attr("name")).isEqualTo("phone_rings:value");
    assertThat(number.attr("min")).isEqualTo("0");
    assertThat(number.attr("max")).isEqualTo("100");
    assertThat(number.attr("step")).isEqualTo("1");
    assertThat(measure.selectFirst("label[for=ik-phone_rings:value]").text())
        .isEqualTo("Valeur, en ring");
    assertThat(measure.selectFirst(".ik-hint").text())
        .isEqualTo("Nombre entier. Entre 0 et 100. Unité : ring.");
    assertThat(measure.select("input[type=date]")).isEmpty();
  }

  @Test
  void render_measureInWorkingDays_twoDatesInsteadOfAValue() {
    Element days =
        criterion(render(Channel.EMAIL, AuditState.empty(), FRENCH), "email_reply_days");

    assertThat(days.hasClass("ik-days")).isTrue();
    assertThat(days.select("input[type=radio]").eachAttr("value"))
        .containsExactly("dates", "missed", "na");
    assertThat(days.select("input[type=date]").eachAttr("name"))
        .containsExactly("email_reply_days:from", "email_reply_days:to");
    assertThat(days.select("input[type=date]").eachAttr("id"))
        .containsExactly("ik-email_reply_days:from", "ik-email_reply_days:to");
    assertThat(days.select("label[for=ik-email_reply_days:from], label[for=ik-email_reply_days:to]")
            .eachText())
        .containsExactly("Date de la demande", "Date de la réponse");
    assertThat(days.select("input[type=number]")).isEmpty();
    assertThat(days.selectFirst(".ik-hint").text())
        .startsWith("Compté en jours ouvrés")
        .endsWith("jour de la réponse. Nombre entier. Entre 0 et 60.");
  }

  @Test
  void render_conditionalCriterion_noteSayingWhenToObserveIt() {
    Document doc = render(Channel.EMAIL, AuditState.empty(), ENGLISH);

    assertThat(criterion(doc, "email_complete").selectFirst(".ik-note").text())
        .isEqualTo("Observe only if “Time to answer the email” is not “Missed”.");
    assertThat(criterion(doc, "email_followup").selectFirst(".ik-note").text())
        .isEqualTo("Observe only if “Working days to answer” is more than 10.");
  }

  @Test
  void render_visit_dateAndTimeInTheEditionsTimeZone() {
    Document doc = render(Channel.PHONE, AuditState.empty(), ENGLISH);

    Element visit = doc.selectFirst("fieldset.ik-performed");
    assertThat(visit.selectFirst("legend").text()).isEqualTo("Date and time of the visit *");
    assertThat(visit.selectFirst("input[type=date]").attr("name")).isEqualTo("ik:date");
    assertThat(visit.selectFirst("input[type=date]").attr("min")).isEqualTo("2017-09-01");
    assertThat(visit.selectFirst("input[type=date]").attr("max")).isEqualTo("2017-11-30");
    assertThat(visit.selectFirst("input[type=time]").attr("name")).isEqualTo("ik:time");
    assertThat(visit.selectFirst(".ik-hint").text()).contains("in the time zone Europe/Paris");
  }

  @Test
  void render_doubleLink_anOptionalFieldExplainedToTheAuditor() {
    Document doc = render(Channel.PHONE, AuditState.empty(), ENGLISH);

    Element of = doc.selectFirst("input[name=ik:of]");
    assertThat(of.attr("type")).isEqualTo("text");
    assertThat(of.hasAttr("required")).isFalse();
    assertThat(doc.selectFirst("label[for=ik:of]").text())
        .isEqualTo("Calibration audit: the audit this one doubles");
    assertThat(doc.getElementById(of.attr("aria-describedby")).text())
        .startsWith("Fill in only for a calibration visit: a second auditor observing the same"
            + " interaction");
  }

  @Test
  void render_describedByAndLabelsPointAtExistingElements() {
    AuditSubmission.Rejected rejected =
        AuditForms.rejected(AuditForms.post(Channel.PHONE, AuditForms.visit("phone_rings", "x")));
    for (AuditState state : List.of(AuditState.empty(), rejected.state())) {
      Document doc =
          render(AuditForms.SUBMISSIONS, Channel.PHONE, state, FRENCH);
      for (Element element : doc.select("[aria-describedby]")) {
        for (String id : element.attr("aria-describedby").split(" ")) {
          assertThat(doc.getElementById(id)).as(id).isNotNull();
        }
      }
      for (Element label : doc.select("label[for]")) {
        assertThat(doc.getElementById(label.attr("for"))).as(label.attr("for")).isNotNull();
      }
      for (Element control : doc.select("input:not([type=hidden]), textarea")) {
        assertThat(doc.select("label[for=" + control.id() + "]"))
            .as(control.id())
            .hasSize(1);
      }
    }
  }

  @Test
  void render_rejectedState_summaryLinksValuesKeptAndHiddenCriteria() {
    AuditSubmission.Rejected rejected =
        AuditForms.rejected(
            AuditForms.post(
                Channel.PHONE,
                AuditForms.visit(
                    "phone_hours", "yes", "phone_rings", "missed", "phone_greeting", "met",
                    "ik:comment", "Attente <longue>")));
    Document doc = render(AuditForms.SUBMISSIONS, Channel.PHONE, rejected.state(), FRENCH);

    Element summary = doc.selectFirst("#ik\\:errors");
    assertThat(summary.attr("role")).isEqualTo("alert");
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#ik-phone_hours");
    assertThat(summary.select("li")).hasSize(2);
    assertThat(criterion(doc, "phone_hours").select("input[aria-invalid=true]")).hasSize(3);
    assertThat(criterion(doc, "phone_hours").selectFirst(".ik-error").text())
        .startsWith("Erreur");
    Element greeting = criterion(doc, "phone_greeting");
    assertThat(greeting.hasAttr("hidden")).isTrue();
    assertThat(greeting.hasAttr("disabled")).isTrue();
    assertThat(criterion(doc, "phone_rings").selectFirst("input[value=missed]").hasAttr("checked"))
        .isTrue();
    assertThat(doc.selectFirst("input[name=ik:date]").val()).isEqualTo("2017-09-12");
    assertThat(doc.selectFirst("textarea[name=ik:comment]").val()).isEqualTo("Attente <longue>");
  }

  @Test
  void render_hostileLabelsAndUnits_escaped() {
    String hostile = "<img src=x onerror=alert(1)>\\\"&amp;";
    EditionDefinitions definitions =
        AuditForms.load(
            grid ->
                grid.replace("Rings before pick-up", hostile)
                    .replace("\"unit\": \"ring\"", "\"unit\": \"" + hostile + "\"")
                    .replace("Reception audit grid", "</form><script>alert(1)</script>"));
    Document doc =
        Jsoup.parseBodyFragment(
            AuditForm.of(definitions, AuditForms.GRANDPRE, Channel.PHONE)
                .render(AuditState.empty(), ENGLISH));

    assertThat(doc.select("img, script")).isEmpty();
    assertThat(doc.select("form")).hasSize(1);
    assertThat(doc.selectFirst("h2").text()).isEqualTo("</form><script>alert(1)</script>");
    assertThat(criterion(doc, "phone_rings").selectFirst("legend").text())
        .isEqualTo("<img src=x onerror=alert(1)>\"&amp; *");
    assertThat(criterion(doc, "phone_greeting").selectFirst(".ik-note").text())
        .contains("“<img src=x onerror=alert(1)>\"&amp;”");
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey()).doesNotStartWith("on");
      }
    }
  }

  @Test
  void render_labelsInTheAuditorsLanguage_elseTheGridsMarked() {
    Document english = render(Channel.PHONE, AuditState.empty(), ENGLISH);
    Document german =
        render(Channel.PHONE, AuditState.empty(), FormOptions.of(Locale.GERMAN, "/a"));

    assertThat(criterion(english, "phone_hours").selectFirst("legend").text())
        .isEqualTo("Reachable during the announced hours *");
    assertThat(german.selectFirst("form").attr("lang")).isEqualTo("en");
    assertThat(criterion(german, "phone_hours").selectFirst("legend bdi").attr("lang"))
        .isEqualTo("fr");
  }

  @Test
  void of_structureUnknownOrChannelNotOffered_refused() {
    assertThatThrownBy(
            () -> AuditForms.SUBMISSIONS.form(new StructureId("nowhere"), Channel.PHONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditForms.SUBMISSIONS.form(AuditForms.GRANDPRE, Channel.MAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not offer");
  }
}
