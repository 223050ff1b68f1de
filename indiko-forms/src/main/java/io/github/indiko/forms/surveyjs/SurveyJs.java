package io.github.indiko.forms.surveyjs;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Exports a questionnaire as SurveyJS JSON: the survey definition that SurveyJS Form Library's
 * {@code new Model(json)} reads (checked against survey-core 3.1.1), for portals that already use
 * that front end. The answers SurveyJS collects ({@code survey.data}) are keyed by question id and
 * have format v1's types, so they become a response's {@code answers} as they are. Stateless and
 * thread-safe.
 *
 * <h2>The mapping</h2>
 *
 * <ul>
 *   <li>The survey: {@code title}, {@code locale} = the questionnaire's default locale, {@code
 *       clearInvisibleValues: "onHidden"} (a question that gets hidden loses its answer at once, as
 *       format v1 counts a hidden question as unanswered and rejects a hidden answer), then one
 *       <b>page</b> per section ({@code name} = section id, {@code title}): a section is a step of
 *       the questionnaire, and a page is what SurveyJS validates before going on.
 *   <li>Every question: {@code type}, {@code name} = question id, {@code title} = label, {@code
 *       description} = help, {@code isRequired} when required, {@code visibleIf} from {@code when}.
 *   <li>{@code rating}: {@code rating} with {@code rateMin}, {@code rateMax}, {@code rateCount};
 *       with labels, {@code rateValues} lists every point, with its label as {@code text} where it
 *       has one. {@code nps}: {@code rating} 0 to 10, {@code rateCount} 11.
 *   <li>{@code yes_no}: {@code boolean}, whose answer is the JSON {@code true} or {@code false}
 *       (SurveyJS's default {@code valueTrue}/{@code valueFalse}, left out since SurveyJS's schema
 *       types them as strings); {@code labelTrue}/{@code labelFalse} in the languages of the
 *       questionnaire that this class knows (en, fr, de, es, it, nl, pt), else SurveyJS's own.
 *   <li>{@code single_choice}: {@code radiogroup}; {@code multi_choice}: {@code checkbox}; {@code
 *       choices} [{@code value}, {@code text}]. {@code maxSelected} is {@code maxSelectedChoices};
 *       {@code minSelected} is {@code minSelectedChoices} on a required question, and an {@code
 *       answercount} validator on an optional one (SurveyJS's {@code minSelectedChoices} refuses an
 *       empty selection, which makes the question required).
 *   <li>{@code number}: {@code text} with {@code inputType: "number"}, {@code min}, {@code max}
 *       (as strings, as SurveyJS's schema has them), {@code step: 1} when integer.
 *   <li>{@code text}: {@code comment} with {@code maxLength}.
 *   <li>{@code date}: {@code text} with {@code inputType: "date"}, {@code min}, {@code max}.
 *   <li>Localized texts are SurveyJS localizable objects: {@code default} is the text in the
 *       questionnaire's default locale, then every language of the text by tag (the default one
 *       included), tags sorted. SurveyJS reads {@code default} for <i>its</i> default locale
 *       ({@code surveyLocalization.defaultLocale}, {@code en} unless set): a host whose
 *       questionnaire's default locale is not {@code en} sets it to that locale, or English readers
 *       get the default locale's texts.
 *   <li>{@code when}: {@code visibleIf}, translated from core's condition tree: {@code ==} is
 *       {@code =}; {@code !=} is {@code {q} notempty and {q} != v} (SurveyJS's {@code !=} is true
 *       for an unanswered question, format v1's is false); {@code <}, {@code <=}, {@code >}, {@code
 *       >=} as they are (false unanswered in both); {@code in} is {@code anyof [...]}; {@code
 *       contains} is {@code contains} (on a checkbox's array SurveyJS tests its elements); {@code
 *       answered(q)} is {@code {q} notempty}; {@code not} is {@code !( )}; a bare yes_no {@code q}
 *       and {@code q == true} are {@code {q} = true}, {@code q != true} is {@code {q} = false};
 *       strings are quoted with {@code '} and {@code \'}/{@code \"} escapes.
 * </ul>
 *
 * <h2>What does not map</h2>
 *
 * <p>Each is a {@link Warning} of the export, for the questions it concerns:
 *
 * <ul>
 *   <li>{@link Warning.Kind#NOT_EXPORTED}: scoring, which SurveyJS has no place for ({@code theme},
 *       a {@code weight} other than 1, a {@code topBox} other than the default, option {@code
 *       score}s and {@code favourable}s, a yes_no {@code favourable: false}, a number's {@code
 *       target}), and a number's {@code unit} (SurveyJS's text input has none: write it in the
 *       label).
 *   <li>{@link Warning.Kind#INEXACT}: {@code integer} (SurveyJS checks {@code step} to six decimal
 *       places: 4.0000001 passes); a text's {@code maxLength} (the browser counts UTF-16 code units,
 *       so an emoji counts twice); a required multi_choice that accepts an empty selection (SurveyJS
 *       requires one choice); a condition comparing a text (SurveyJS ignores case and surrounding
 *       white space, and reads numeric texts as numbers), or naming an option SurveyJS does not tell
 *       from another one for the same reasons ({@code 'A'} and {@code 'a'}, {@code '1'} and {@code
 *       '1.0'}); a condition SurveyJS cannot express at all — a string ending in a backslash, a
 *       question named like a SurveyJS built-in variable ({@code locale}, {@code pageno}…) — which is
 *       left out, the question then always shown (and demanded, when required).
 * </ul>
 *
 * <p>Not warned, since they concern every questionnaire alike: the questionnaire's {@code id} and
 * {@code version} are not in the SurveyJS JSON (the host adds them to the responses it builds);
 * SurveyJS does not bound numbers to ±1e15; it sends no {@code []} for an empty multi_choice
 * selection (the question is then unanswered); and it stores no empty text.
 */
public final class SurveyJs {
  private static final Map<String, String[]> YES_NO =
      Map.of(
          "en", new String[] {"Yes", "No"},
          "fr", new String[] {"Oui", "Non"},
          "de", new String[] {"Ja", "Nein"},
          "es", new String[] {"Sí", "No"},
          "it", new String[] {"Sì", "No"},
          "nl", new String[] {"Ja", "Nee"},
          "pt", new String[] {"Sim", "Não"});

  private SurveyJs() {}

  /**
   * Exports a questionnaire.
   *
   * @param questionnaire a questionnaire whose localized texts hold its default locale
   * @return its SurveyJS JSON and the warnings of what did not map exactly; the same questionnaire
   *     gives the same export
   * @throws io.github.indiko.core.condition.ConditionException when a {@code when} condition is
   *     invalid ({@link QuestionnaireConditions#compile})
   * @throws IllegalArgumentException when a localized text lacks the default locale
   */
  public static SurveyJsExport export(Questionnaire questionnaire) {
    QuestionnaireConditions conditions = QuestionnaireConditions.compile(questionnaire);
    List<Warning> warnings = new ArrayList<>();
    StringWriter out = new StringWriter();
    try (JsonGenerator json = StrictJson.prettyWriter().createGenerator(out)) {
      new Writer(questionnaire, conditions, json, warnings).survey();
    }
    out.write('\n');
    return new SurveyJsExport(out.toString(), warnings);
  }

  /** Writes one questionnaire. */
  private static final class Writer {
    private final Questionnaire questionnaire;
    private final QuestionnaireConditions conditions;
    private final JsonGenerator json;
    private final List<Warning> warnings;
    private final String locale;
    private final Map<String, QuestionType> types = new HashMap<>();
    private int index;

    Writer(
        Questionnaire questionnaire,
        QuestionnaireConditions conditions,
        JsonGenerator json,
        List<Warning> warnings) {
      this.questionnaire = questionnaire;
      this.conditions = conditions;
      this.json = json;
      this.warnings = warnings;
      this.locale = questionnaire.defaultLocale();
    }

    void survey() {
      json.writeStartObject();
      text("title", questionnaire.title(), "the title");
      json.writeStringProperty("locale", locale);
      json.writeStringProperty("clearInvisibleValues", "onHidden");
      json.writeArrayPropertyStart("pages");
      for (Section section : questionnaire.sections()) {
        json.writeStartObject();
        json.writeStringProperty("name", section.id());
        if (section.title() != null) {
          text("title", section.title(), "the title of section " + section.id());
        }
        json.writeArrayPropertyStart("elements");
        section.questions().forEach(this::question);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    private void question(Question question) {
      QuestionType type = question.type();
      String where = "question " + question.id();
      json.writeStartObject();
      json.writeStringProperty("type", surveyJsType(type));
      json.writeStringProperty("name", question.id().value());
      text("title", question.label(), "the label of " + where);
      if (question.help() != null) {
        text("description", question.help(), "the help of " + where);
      }
      if (question.required()) {
        json.writeBooleanProperty("isRequired", true);
      }
      Optional<Condition> condition = conditions.condition(index++);
      if (condition.isPresent()) {
        Expressions.Translation translation = Expressions.translate(condition.get(), types);
        if (translation.expression() != null) {
          json.writeStringProperty("visibleIf", translation.expression());
        }
        translation.inexact().forEach(why -> inexact(question, "when", why));
      }
      if (question.theme() != null) {
        notExported(question, "theme", "theme '" + question.theme().id() + "' (scoring)");
      }
      if (question.weight() != 1) {
        notExported(question, "weight", "weight " + Numbers.format(question.weight()) + " (scoring)");
      }
      members(question, type, where);
      json.writeEndObject();
      types.put(question.id().value(), type);
    }

    private static String surveyJsType(QuestionType type) {
      if (type instanceof QuestionType.Rating || type instanceof QuestionType.Nps) {
        return "rating";
      }
      if (type instanceof QuestionType.YesNo) {
        return "boolean";
      }
      if (type instanceof QuestionType.SingleChoice) {
        return "radiogroup";
      }
      if (type instanceof QuestionType.MultiChoice) {
        return "checkbox";
      }
      if (type instanceof QuestionType.Text) {
        return "comment";
      }
      return "text";
    }

    private void members(Question question, QuestionType type, String where) {
      if (type instanceof QuestionType.Rating rating) {
        rating(question, rating, where);
      } else if (type instanceof QuestionType.Nps) {
        json.writeNumberProperty("rateMin", 0);
        json.writeNumberProperty("rateMax", 10);
        json.writeNumberProperty("rateCount", 11);
      } else if (type instanceof QuestionType.YesNo yesNo) {
        yesNo(question, yesNo);
      } else if (type instanceof QuestionType.SingleChoice single) {
        choices(question, single.options(), where);
      } else if (type instanceof QuestionType.MultiChoice multi) {
        multiChoice(question, multi, where);
      } else if (type instanceof QuestionType.Number number) {
        number(question, number);
      } else if (type instanceof QuestionType.Text text) {
        json.writeNumberProperty("maxLength", text.maxLength());
        inexact(
            question,
            "maxLength",
            "the browser counts maxLength in UTF-16 code units, format v1 in code points: a text"
                + " with emoji is cut before "
                + text.maxLength()
                + " characters");
      } else {
        QuestionType.Date date = (QuestionType.Date) type;
        json.writeStringProperty("inputType", "date");
        if (date.min() != null) {
          json.writeStringProperty("min", date.min().toString());
        }
        if (date.max() != null) {
          json.writeStringProperty("max", date.max().toString());
        }
      }
    }

    private void rating(Question question, QuestionType.Rating rating, String where) {
      json.writeNumberProperty("rateMin", rating.scale().min());
      json.writeNumberProperty("rateMax", rating.scale().max());
      json.writeNumberProperty("rateCount", rating.scale().points());
      if (!rating.labels().isEmpty()) {
        json.writeArrayPropertyStart("rateValues");
        for (int point = rating.scale().min(); point <= rating.scale().max(); point++) {
          json.writeStartObject();
          json.writeNumberProperty("value", point);
          LocalizedText label = rating.labels().get(point);
          if (label != null) {
            text("text", label, "the label of point " + point + " of " + where);
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (rating.topBox() != QuestionType.Rating.defaultTopBox(rating.scale())) {
        notExported(question, "topBox", "topBox " + rating.topBox() + " (scoring)");
      }
    }

    private void yesNo(Question question, QuestionType.YesNo yesNo) {
      String[] defaults = YES_NO.get(language(locale));
      if (defaults != null) {
        yesNoLabel("labelTrue", defaults[0], 0);
        yesNoLabel("labelFalse", defaults[1], 1);
      }
      if (!yesNo.favourable()) {
        notExported(question, "favourable", "favourable answer false (scoring)");
      }
    }

    /** A yes or no in the languages of the questionnaire's title that the table knows. */
    private void yesNoLabel(String name, String defaultText, int which) {
      json.writeObjectPropertyStart(name);
      json.writeStringProperty("default", defaultText);
      for (String tag : questionnaire.title().values().keySet()) {
        String[] words = YES_NO.get(language(tag));
        if (words != null) {
          json.writeStringProperty(tag, words[which]);
        }
      }
      json.writeEndObject();
    }

    private static String language(String tag) {
      int dash = tag.indexOf('-');
      return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private void choices(Question question, List<Option> options, String where) {
      json.writeArrayPropertyStart("choices");
      for (int i = 0; i < options.size(); i++) {
        Option option = options.get(i);
        json.writeStartObject();
        json.writeStringProperty("value", option.value());
        text("text", option.label(), "the label of option " + option.value() + " of " + where);
        json.writeEndObject();
        if (option.score() != null) {
          notExported(
              question,
              "options[" + i + "].score",
              "score " + Numbers.format(option.score()) + " of option '" + option.value()
                  + "' (scoring)");
        }
        if (option.favourable() != null) {
          notExported(
              question,
              "options[" + i + "].favourable",
              "favourable " + option.favourable() + " of option '" + option.value()
                  + "' (scoring)");
        }
      }
      json.writeEndArray();
    }

    private void multiChoice(Question question, QuestionType.MultiChoice multi, String where) {
      choices(question, multi.options(), where);
      Integer min = multi.minSelected();
      boolean atLeastOne = min != null && min >= 1;
      if (atLeastOne && question.required()) {
        json.writeNumberProperty("minSelectedChoices", min);
      }
      if (multi.maxSelected() != null) {
        json.writeNumberProperty("maxSelectedChoices", multi.maxSelected());
      }
      if (atLeastOne && !question.required()) {
        json.writeArrayPropertyStart("validators");
        json.writeStartObject();
        json.writeStringProperty("type", "answercount");
        json.writeNumberProperty("minCount", min);
        json.writeEndObject();
        json.writeEndArray();
      }
      if (!atLeastOne && question.required()) {
        inexact(
            question,
            "minSelected",
            "SurveyJS requires at least one choice in a required checkbox; format v1 accepts an"
                + " empty selection as an answer");
      }
    }

    private void number(Question question, QuestionType.Number number) {
      json.writeStringProperty("inputType", "number");
      if (number.min() != null) {
        json.writeStringProperty("min", Numbers.format(number.min()));
      }
      if (number.max() != null) {
        json.writeStringProperty("max", Numbers.format(number.max()));
      }
      if (number.integer()) {
        json.writeNumberProperty("step", 1);
        inexact(
            question,
            "integer",
            "SurveyJS checks step 1 to six decimal places only: 4.0000001 passes, and format v1"
                + " rejects it");
      }
      if (number.unit() != null) {
        notExported(
            question,
            "unit",
            "unit '" + number.unit() + "' (SurveyJS's text input has no unit: write it in the"
                + " label)");
      }
      if (number.target() != null) {
        notExported(question, "target", "target (scoring)");
      }
    }

    /** Writes a localizable string: the default locale's text as default, then every language. */
    private void text(String name, LocalizedText text, String what) {
      String fallback =
          text.in(locale)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "questionnaire "
                              + questionnaire.ref()
                              + ": "
                              + what
                              + " has no text in the default locale "
                              + locale));
      json.writeObjectPropertyStart(name);
      json.writeStringProperty("default", fallback);
      for (Map.Entry<String, String> entry : text.values().entrySet()) {
        json.writeStringProperty(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
    }

    private void notExported(Question question, String member, String what) {
      warnings.add(
          new Warning(
              question.id(), member, Warning.Kind.NOT_EXPORTED, "not exported: " + what));
    }

    private void inexact(Question question, String member, String why) {
      warnings.add(new Warning(question.id(), member, Warning.Kind.INEXACT, why));
    }
  }
}
