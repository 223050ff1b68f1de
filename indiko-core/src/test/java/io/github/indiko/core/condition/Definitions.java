package io.github.indiko.core.condition;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Questionnaires and grids for the tests, built by hand, and the sample edition's read with a
 * small tree walk that keeps only what conditions need (ids, types, options, conditions).
 */
final class Definitions {
  /** The sample edition, kept once in indiko-samples. */
  private static final Path SAMPLES =
      Path.of("../indiko-samples/src/main/resources/io/github/indiko/samples/edition-2017");
  private static final LocalizedText LABEL = LocalizedText.of("fr", "libellé");

  private Definitions() {}

  static Question question(String id, QuestionType type) {
    return question(id, type, null);
  }

  static Question question(String id, QuestionType type, @Nullable String when) {
    return new Question(new QuestionId(id), type, LABEL, null, null, 1, false, when);
  }

  /** A questionnaire {@code accueil v3} with one section. */
  static Questionnaire questionnaire(Question... questions) {
    return new Questionnaire(
        "accueil", 3, "fr", LABEL, List.of(new Section("main", null, List.of(questions))));
  }

  static Criterion check(String id) {
    return check(id, null);
  }

  static Criterion check(String id, @Nullable String when) {
    return new Criterion(
        new CriterionId(id), Channel.PHONE, new CriterionType.Check(), LABEL, null, 1, when);
  }

  static Criterion measure(String id) {
    return measure(id, null);
  }

  static Criterion measure(String id, @Nullable String when) {
    return new Criterion(new CriterionId(id), Channel.PHONE, measureType(), LABEL, null, 1, when);
  }

  /** A grid {@code audit-accueil v1}. */
  static Grid grid(Criterion... criteria) {
    return new Grid("audit-accueil", 1, "fr", LABEL, List.of(criteria));
  }

  static QuestionType rating() {
    Scale scale = new Scale(1, 5);
    return new QuestionType.Rating(scale, Map.of(), QuestionType.Rating.defaultTopBox(scale));
  }

  static QuestionType nps() {
    return new QuestionType.Nps();
  }

  static QuestionType yesNo() {
    return new QuestionType.YesNo(true);
  }

  static QuestionType number() {
    return new QuestionType.Number(null, null, false, null, null);
  }

  static QuestionType text() {
    return new QuestionType.Text(2_000);
  }

  static QuestionType date() {
    return new QuestionType.Date(null, null);
  }

  static QuestionType single(String... values) {
    return new QuestionType.SingleChoice(options(Arrays.asList(values)));
  }

  static QuestionType multi(String... values) {
    return new QuestionType.MultiChoice(options(Arrays.asList(values)), null, null);
  }

  /** The sample questionnaire {@code accueil v3}. */
  static Questionnaire sampleQuestionnaire() {
    JsonNode root = StrictJson.documents().readTree(SAMPLES.resolve("questionnaire.json"));
    List<Section> sections = new ArrayList<>();
    for (JsonNode section : root.get("sections")) {
      List<Question> questions = new ArrayList<>();
      for (JsonNode question : section.get("questions")) {
        questions.add(
            question(
                question.get("id").stringValue(),
                questionType(question),
                question.has("when") ? question.get("when").stringValue() : null));
      }
      sections.add(new Section(section.get("id").stringValue(), null, questions));
    }
    return new Questionnaire(
        root.get("id").stringValue(), root.get("version").intValue(), "fr", LABEL, sections);
  }

  /** The sample grid {@code audit-accueil v1}. */
  static Grid sampleGrid() {
    JsonNode root = StrictJson.documents().readTree(SAMPLES.resolve("grid.json"));
    List<Criterion> criteria = new ArrayList<>();
    for (JsonNode criterion : root.get("criteria")) {
      CriterionType type =
          criterion.get("type").stringValue().equals("check")
              ? new CriterionType.Check()
              : measureType();
      criteria.add(
          new Criterion(
              new CriterionId(criterion.get("id").stringValue()),
              new Channel(criterion.get("channel").stringValue()),
              type,
              LABEL,
              null,
              1,
              criterion.has("when") ? criterion.get("when").stringValue() : null));
    }
    return new Grid(
        root.get("id").stringValue(), root.get("version").intValue(), "fr", LABEL, criteria);
  }

  private static QuestionType questionType(JsonNode question) {
    String type = question.get("type").stringValue();
    switch (type) {
      case "rating":
        JsonNode scale = question.get("scale");
        return new QuestionType.Rating(
            new Scale(scale.get("min").intValue(), scale.get("max").intValue()), Map.of(), 1);
      case "nps":
        return nps();
      case "yes_no":
        return yesNo();
      case "number":
        return number();
      case "text":
        return text();
      case "date":
        return date();
      case "single_choice":
        return new QuestionType.SingleChoice(options(optionValues(question)));
      case "multi_choice":
        return new QuestionType.MultiChoice(options(optionValues(question)), null, null);
      default:
        throw new IllegalArgumentException("unknown question type " + type);
    }
  }

  private static List<String> optionValues(JsonNode question) {
    List<String> values = new ArrayList<>();
    for (JsonNode option : question.get("options")) {
      values.add(option.get("value").stringValue());
    }
    return values;
  }

  private static List<Option> options(List<String> values) {
    return values.stream()
        .map(value -> new Option(value, LABEL, null, null))
        .collect(Collectors.toList());
  }

  private static CriterionType measureType() {
    return new CriterionType.Measure(null, null, false, null, null);
  }
}
