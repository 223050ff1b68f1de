package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.ResponseLines;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.testkit.gen.DataGen;
import io.github.indiko.testkit.gen.DomainGen;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Over generated editions: the form rendered, filled as a browser fills it (its successful controls
 * collected from the HTML, set from intended answers) and posted, gives back exactly the intended
 * answers, for every question type.
 */
class SubmissionsProperties {
  private static final String CSRF = "_csrf";

  /**
   * An edition, the answers a citizen means to give (null when a required question cannot be
   * answered: an integer number whose range holds no integer), and when they are sent.
   */
  record Case(
      EditionDefinitions definitions,
      @Nullable Map<QuestionId, Answer> intended,
      OffsetDateTime at,
      Locale locale) {}

  private static final Gen<Case> CASES =
      source -> {
        EditionDefinitions definitions = DomainGen.definitions().generate(source);
        return new Case(
            definitions,
            intended(source, definitions),
            DataGen.collectionInstants(definitions.edition()).generate(source),
            Gen.elements(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)).generate(source));
      };

  /**
   * Answers to shown questions, each required one and some others, as a form can hold them: a
   * multi_choice selects at least one box, in the options' order (the order a browser sends); a
   * text is not empty (an empty field is unanswered), holds line feeds only (a textarea's value)
   * and at most 2 000 code points.
   */
  private static @Nullable Map<QuestionId, Answer> intended(
      RandomSource source, EditionDefinitions definitions) {
    QuestionnaireConditions conditions =
        QuestionnaireConditions.compile(definitions.questionnaire());
    List<Question> questions = definitions.questionnaire().questions();
    @Nullable Answer[] byIndex = new Answer[questions.size()];
    Map<QuestionId, Answer> intended = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question question = questions.get(i);
      if (!conditions.shown(i, byIndex)
          || !(question.required() || Gen.booleans().generate(source))) {
        continue;
      }
      Answer answer = formable(source, question.type());
      if (answer == null) {
        if (question.required()) {
          return null;
        }
        continue;
      }
      byIndex[i] = answer;
      intended.put(question.id(), answer);
    }
    return intended;
  }

  private static @Nullable Answer formable(RandomSource source, QuestionType type) {
    for (int tries = 0; tries < 10; tries++) {
      Answer answer;
      try {
        answer = DataGen.answers(type).generate(source);
      } catch (IllegalArgumentException noAnswer) {
        return null;
      }
      if (answer instanceof Answer.Choices choices) {
        if (choices.values().isEmpty()) {
          continue;
        }
        List<String> order =
            ((QuestionType.MultiChoice) type).options().stream().map(Option::value).toList();
        List<String> sorted = new ArrayList<>(choices.values());
        sorted.sort(Comparator.comparingInt(order::indexOf));
        return new Answer.Choices(sorted);
      }
      if (answer instanceof Answer.Text text) {
        String value = text.value().replace("\r\n", "\n").replace('\r', '\n');
        if (value.isEmpty()) {
          continue;
        }
        int length = value.codePointCount(0, value.length());
        return new Answer.Text(
            length <= 2000 ? value : value.substring(0, value.offsetByCodePoints(0, 2000)));
      }
      return answer;
    }
    return null;
  }

  /** The text a control holds for an answer, as a browser submits it. */
  private static String submitted(Answer answer) {
    if (answer instanceof Answer.Numeric numeric) {
      return Numbers.format(numeric.value());
    }
    if (answer instanceof Answer.YesNo yesNo) {
      return Boolean.toString(yesNo.value());
    }
    if (answer instanceof Answer.Choice choice) {
      return choice.value();
    }
    if (answer instanceof Answer.Text text) {
      // A browser sends a textarea's line feeds as CR LF.
      return text.value().replace("\n", "\r\n");
    }
    return ((Answer.Date) answer).value().toString();
  }

  /** What a browser posts: the form's successful controls, in tree order, URL-encoded. */
  private static String fill(String html, Map<QuestionId, Answer> intended) {
    Element form = Jsoup.parseBodyFragment(html).selectFirst("form");
    List<String> fields = new ArrayList<>();
    for (Element control : form.select("input, textarea")) {
      if (control.hasAttr("disabled") || control.closest("fieldset[disabled]") != null) {
        continue;
      }
      String name = control.attr("name");
      String type = control.tagName().equals("textarea") ? "textarea" : control.attr("type");
      Answer answer = type.equals("hidden") ? null : intended.get(new QuestionId(name));
      String value;
      switch (type) {
        case "hidden" -> value = control.attr("value");
        case "radio" -> {
          if (answer == null || !submitted(answer).equals(control.attr("value"))) {
            continue;
          }
          value = control.attr("value");
        }
        case "checkbox" -> {
          if (answer == null
              || !((Answer.Choices) answer).values().contains(control.attr("value"))) {
            continue;
          }
          value = control.attr("value");
        }
        default -> value = answer == null ? "" : submitted(answer);
      }
      fields.add(
          URLEncoder.encode(name, StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return String.join("&", fields);
  }

  @Test
  void parse_filledForm_givesTheIntendedAnswers() {
    qt().withExamples(150)
        .withShrinkCycles(200)
        .forAll(QuickTheoriesGen.of(CASES))
        .checkAssert(
            c -> {
              Map<QuestionId, Answer> intended = c.intended();
              if (intended == null) {
                return;
              }
              Submissions submissions =
                  Submissions.of(
                      c.definitions(),
                      SubmissionLimits.defaults(),
                      Clock.fixed(c.at().toInstant(), ZoneOffset.UTC));
              FormOptions options =
                  FormOptions.of(c.locale(), "/post").withCsrf(new CsrfField(CSRF, "t0k&n"));
              String body = fill(submissions.form().render(FormState.empty(), options), intended);
              SubmissionContext context =
                  new SubmissionContext(
                      new ResponseId("r-prop"),
                      c.definitions().enrolments().get(0).structure(),
                      Channel.WEBSITE,
                      c.at(),
                      null,
                      c.locale(),
                      CSRF);
              Submission submission = submissions.parse(body, context);
              assertThat(submission).isInstanceOf(Submission.Accepted.class);
              Submission.Accepted accepted = (Submission.Accepted) submission;
              assertThat(accepted.response().answers()).isEqualTo(intended);
              assertThat(accepted.line()).isEqualTo(ResponseLines.line(accepted.response()));
            });
  }
}
