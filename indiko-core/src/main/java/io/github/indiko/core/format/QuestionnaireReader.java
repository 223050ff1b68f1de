package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.questionnaire.Segment;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads {@code questionnaire.json} ({@code indiko.questionnaire/1}). */
final class QuestionnaireReader {
  /** Every member a question type may have beyond the common ones. */
  private static final String[] TYPE_MEMBERS = {
    "scale", "labels", "topBox", "favourable", "options", "minSelected", "maxSelected", "min",
    "max", "integer", "unit", "target", "maxLength"
  };

  private static final int DEFAULT_MAX_LENGTH = 2_000;

  private QuestionnaireReader() {}

  static Questionnaire read(InputStream in, String file) {
    return Documents.read(in, file, "questionnaire", QuestionnaireReader::questionnaire);
  }

  private static @Nullable Questionnaire questionnaire(Members root) {
    String id = root.required("id", Value::identifier);
    Integer version = root.required("version", v -> v.integer(1, Integer.MAX_VALUE));
    String defaultLocale = root.required("defaultLocale", Value::languageTag);
    LocalizedText title = root.required("title", Value::localized);
    List<Section> sections = root.required("sections", v -> v.list(QuestionnaireReader::section));
    List<Segment> segments = SegmentsReader.read(root);
    root.end();
    Value at = root.value();
    if (defaultLocale != null) {
      at.problems().checkLocale(defaultLocale);
    }
    if (sections != null) {
      int count = sections.stream().mapToInt(section -> section.questions().size()).sum();
      if (count > Questionnaire.MAX_QUESTIONS) {
        at.problems()
            .add(
                "/sections",
                "a questionnaire has at most "
                    + Questionnaire.MAX_QUESTIONS
                    + " questions: "
                    + count);
      }
      checkUnique(sections, at);
    }
    if (!at.problems().isEmpty()
        || id == null
        || version == null
        || defaultLocale == null
        || title == null
        || sections == null
        || segments == null) {
      return null;
    }
    return at.build(
        () -> new Questionnaire(id, version, defaultLocale, title, sections, segments));
  }

  /** Reports a repeated section id or question id at its pointer. */
  private static void checkUnique(List<Section> sections, Value at) {
    Map<String, String> sectionIds = new HashMap<>();
    Map<QuestionId, String> questionIds = new HashMap<>();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      String sectionPointer = "/sections/" + s;
      at.problems().first(sectionIds, section.id(), sectionPointer, "id", "section id " + section.id());
      for (int q = 0; q < section.questions().size(); q++) {
        QuestionId id = section.questions().get(q).id();
        String pointer = sectionPointer + "/questions/" + q;
        at.problems().first(questionIds, id, pointer, "id", "question id " + id);
      }
    }
  }

  private static @Nullable Section section(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String id = members.required("id", Value::identifier);
    LocalizedText title = members.optional("title", Value::localized);
    boolean titleValid = !members.failed("title", title);
    List<Question> questions =
        members.required("questions", v -> v.list(QuestionnaireReader::question));
    members.end();
    if (id == null || !titleValid || questions == null) {
      return null;
    }
    return new Section(id, title, questions);
  }

  private static @Nullable Question question(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    QuestionId id = members.required("id", v -> v.identifier(QuestionId::new));
    Value typeValue = members.required("type");
    QuestionType type = typeValue == null ? null : type(typeValue, members);
    if (typeValue == null) {
      members.accept(TYPE_MEMBERS);
    }
    LocalizedText label = members.required("label", Value::localized);
    LocalizedText help = members.optional("help", Value::localized);
    Theme theme = members.optional("theme", v -> v.identifier(Theme::new));
    Double weight = members.optional("weight", Value::number);
    Boolean required = members.optional("required", Value::bool);
    String when = members.optional("when", Value::nonEmptyString);
    boolean optionalsValid =
        !(members.failed("help", help)
            || members.failed("theme", theme)
            || members.failed("weight", weight)
            || members.failed("required", required)
            || members.failed("when", when));
    members.end();
    if (id == null || type == null || label == null || !optionalsValid) {
      return null;
    }
    Question question =
        value.build(
            () ->
                new Question(
                    id,
                    type,
                    label,
                    help,
                    theme,
                    weight == null ? 1.0 : weight,
                    required != null && required,
                    when));
    Documents.validate(question, value);
    return question;
  }

  private static @Nullable QuestionType type(Value typeValue, Members members) {
    String type = typeValue.string();
    if (type == null) {
      members.accept(TYPE_MEMBERS);
      return null;
    }
    switch (type) {
      case "rating":
        return rating(members);
      case "nps":
        return new QuestionType.Nps();
      case "yes_no":
        return new QuestionType.YesNo(members.optional("favourable", Value::bool, Boolean.TRUE));
      case "single_choice":
        List<Option> single = options(members);
        return single == null
            ? null
            : members.value().build(() -> new QuestionType.SingleChoice(single));
      case "multi_choice":
        return multiChoice(members);
      case "number":
        return number(members);
      case "text":
        return new QuestionType.Text(
            members.optional("maxLength", Value::integer, DEFAULT_MAX_LENGTH));
      case "date":
        return date(members);
      default:
        typeValue.problem(
            "unknown question type \""
                + Strings.abbreviate(type)
                + "\": expected rating, nps, yes_no, single_choice, multi_choice, number, text"
                + " or date");
        members.accept(TYPE_MEMBERS);
        return null;
    }
  }

  private static @Nullable QuestionType rating(Members members) {
    Scale scale = members.required("scale", QuestionnaireReader::scale);
    Value labelsValue = members.optional("labels");
    Value topBoxValue = members.optional("topBox");
    if (scale == null) {
      return null;
    }
    Map<Integer, LocalizedText> labels =
        labelsValue == null ? Map.of() : labels(labelsValue, scale);
    Integer topBox =
        topBoxValue == null
            ? Integer.valueOf(QuestionType.Rating.defaultTopBox(scale))
            : topBoxValue.integer();
    if (labels == null || topBox == null) {
      return null;
    }
    return new QuestionType.Rating(scale, labels, topBox);
  }

  private static @Nullable Scale scale(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    Integer min = members.required("min", Value::integer);
    Integer max = members.required("max", Value::integer);
    members.end();
    return min == null || max == null ? null : new Scale(min, max);
  }

  /** The labels by point; whether each point is on the scale is the rating's constraint. */
  private static @Nullable Map<Integer, LocalizedText> labels(Value value, Scale scale) {
    if (value.object() == null) {
      return null;
    }
    Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : value.node().properties()) {
      Value label = value.child(entry.getKey(), entry.getValue());
      Integer point = point(entry.getKey());
      LocalizedText text = label.localized();
      if (point == null) {
        label.problem(
            "a label's key must be a point of the scale "
                + scale
                + ": \""
                + Strings.abbreviate(entry.getKey())
                + "\"");
        complete = false;
      } else if (text == null) {
        complete = false;
      } else {
        labels.put(point, text);
      }
    }
    return complete ? labels : null;
  }

  /**
   * @return the integer the key writes, as Java writes it ({@code 5}, not {@code 05}), or null
   */
  private static @Nullable Integer point(String key) {
    try {
      int point = Integer.parseInt(key);
      return Integer.toString(point).equals(key) ? point : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The options of a choice, values unique (which their question's constructor needs); their
   * number, and the scores of a multi_choice's, are the question type's constraints.
   */
  private static @Nullable List<Option> options(Members members) {
    Value value = members.required("options");
    if (value == null) {
      return null;
    }
    List<Option> options = value.list(QuestionnaireReader::option);
    if (options == null) {
      return null;
    }
    Map<String, String> first = new HashMap<>();
    boolean unique = true;
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i).value();
      unique &=
          value
              .problems()
              .first(
                  first,
                  option,
                  value.pointer() + "/" + i,
                  "value",
                  "option value \"" + Strings.abbreviate(option) + "\"");
    }
    return unique ? options : null;
  }

  private static @Nullable Option option(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String optionValue = members.required("value", Value::nonEmptyString);
    LocalizedText label = members.required("label", Value::localized);
    Double score = members.optional("score", Value::number);
    boolean scoreValid = !members.failed("score", score);
    Boolean favourable = members.optional("favourable", Value::bool);
    boolean favourableValid = !members.failed("favourable", favourable);
    members.end();
    if (optionValue == null || label == null || !scoreValid || !favourableValid) {
      return null;
    }
    return new Option(optionValue, label, score, favourable);
  }

  private static @Nullable QuestionType multiChoice(Members members) {
    List<Option> options = options(members);
    Integer minSelected = members.optional("minSelected", Value::integer);
    Integer maxSelected = members.optional("maxSelected", Value::integer);
    if (options == null
        || members.failed("minSelected", minSelected)
        || members.failed("maxSelected", maxSelected)) {
      return null;
    }
    return members
        .value()
        .build(() -> new QuestionType.MultiChoice(options, minSelected, maxSelected));
  }

  private static @Nullable QuestionType number(Members members) {
    Quantities parts = Quantities.read(members);
    return parts == null
        ? null
        : members
            .value()
            .build(
                () ->
                    new QuestionType.Number(
                        parts.min(), parts.max(), parts.integer(), parts.unit(), parts.target()));
  }

  private static @Nullable QuestionType date(Members members) {
    LocalDate min = members.optional("min", Value::date);
    LocalDate max = members.optional("max", Value::date);
    if (members.failed("min", min) || members.failed("max", max)) {
      return null;
    }
    return members.value().build(() -> new QuestionType.Date(min, max));
  }
}
