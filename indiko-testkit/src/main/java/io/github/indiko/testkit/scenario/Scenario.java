package io.github.indiko.testkit.scenario;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.scoring.ItemScores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One respondent's answers to a questionnaire, and what follows from them: which questions are
 * shown and required, what the {@link DataValidator} says of the response, and the item scores
 * (scoring.md §1).
 *
 * <p>Immutable and thread-safe: {@link #answer} and {@link #unanswer} return a new scenario and
 * leave this one as it was, so a test may branch several scenarios off a common start.
 *
 * <p>Shown means what conditions.md says: questions are walked in document order through the
 * compiled {@link QuestionnaireConditions}, and the answer to a hidden question counts as
 * unanswered for the questions after it. The validator, for its part, rejects a response that
 * answers a hidden question ({@code answered_hidden}); {@link #validation()} reports that.
 *
 * <p>Answers must have the Java type of the question's type (a number for rating, nps and number,
 * a boolean for yes_no, a string for single_choice and text, a list of strings for multi_choice, a
 * date for date); their value is not checked, so that an out-of-range answer can be validated.
 */
public final class Scenario {
  private final Model model;
  private final @Nullable Answer[] answers;
  private final boolean[] shown;

  /** What every scenario of one set of definitions shares. */
  private record Model(
      EditionDefinitions definitions,
      List<Question> questions,
      Map<String, Integer> indexes,
      QuestionnaireConditions conditions,
      DataValidator validator) {}

  private Scenario(Model model, @Nullable Answer[] answers) {
    this.model = model;
    this.answers = answers;
    this.shown = new boolean[answers.length];
    @Nullable Answer[] visible = new Answer[answers.length];
    for (int i = 0; i < answers.length; i++) {
      shown[i] = model.conditions().shown(i, visible);
      visible[i] = shown[i] ? answers[i] : null;
    }
  }

  /**
   * A scenario of an edition: its response is for the edition's first enrolled structure, through
   * the website, at noon on the first day of the collection period.
   *
   * @param definitions the edition's definitions
   * @return a scenario with no answer
   * @throws io.github.indiko.core.condition.ConditionException when a condition does not compile
   * @throws IllegalArgumentException when the edition enrols no structure
   */
  public static Scenario of(EditionDefinitions definitions) {
    Lines.firstEnrolled(definitions);
    List<Question> questions = definitions.questionnaire().questions();
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      indexes.put(questions.get(i).id().value(), i);
    }
    Model model =
        new Model(
            definitions,
            questions,
            Map.copyOf(indexes),
            QuestionnaireConditions.compile(definitions.questionnaire()),
            DataValidator.of(definitions));
    return new Scenario(model, new Answer[questions.size()]);
  }

  /**
   * A scenario of a lone questionnaire, set in the smallest edition that holds it (one enrolled
   * structure, a collection period from 2000 to 2099, default settings, an empty grid).
   *
   * @param questionnaire a questionnaire
   * @return a scenario with no answer
   * @throws io.github.indiko.core.condition.ConditionException when a condition does not compile
   */
  public static Scenario of(Questionnaire questionnaire) {
    return of(Standalone.of(questionnaire));
  }

  /**
   * @param editionFolder an edition folder, read by {@link EditionFolder#load}
   * @return a scenario of its definitions, with no answer
   * @throws io.github.indiko.core.IndikoException when the folder cannot be read or its
   *     definitions are invalid
   */
  public static Scenario fromFolder(Path editionFolder) {
    return of(EditionFolder.load(editionFolder));
  }

  /**
   * @param question a rating, nps or number question
   * @param value the answer
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question or it takes no number
   */
  public Scenario answer(String question, long value) {
    return answer(question, (double) value);
  }

  /**
   * @param question a rating, nps or number question
   * @param value the answer, finite
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question, it takes no number or the
   *     value is not finite
   */
  public Scenario answer(String question, double value) {
    QuestionType type = question(question).type();
    if (!(type instanceof QuestionType.Rating
        || type instanceof QuestionType.Nps
        || type instanceof QuestionType.Number)) {
      throw mismatch(question, "a number");
    }
    return with(question, new Answer.Numeric(value));
  }

  /**
   * @param question a yes_no question
   * @param value the answer, true for yes
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question or it is not yes_no
   */
  public Scenario answer(String question, boolean value) {
    if (!(question(question).type() instanceof QuestionType.YesNo)) {
      throw mismatch(question, "a boolean");
    }
    return with(question, new Answer.YesNo(value));
  }

  /**
   * @param question a single_choice question (the value is an option's) or a text question
   * @param value the answer
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question or it is of another type
   */
  public Scenario answer(String question, String value) {
    Objects.requireNonNull(value, "value");
    QuestionType type = question(question).type();
    if (type instanceof QuestionType.SingleChoice) {
      return with(question, new Answer.Choice(value));
    }
    if (type instanceof QuestionType.Text) {
      return with(question, new Answer.Text(value));
    }
    throw mismatch(question, "a string");
  }

  /**
   * @param question a multi_choice question
   * @param values the chosen options' values, in order
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question or it is not multi_choice
   */
  public Scenario answer(String question, List<String> values) {
    if (!(question(question).type() instanceof QuestionType.MultiChoice)) {
      throw mismatch(question, "a list of option values");
    }
    return with(question, new Answer.Choices(values));
  }

  /**
   * @param question a date question
   * @param value the answer
   * @return a scenario with this answer, replacing any earlier one
   * @throws IllegalArgumentException when there is no such question or it is not a date question
   */
  public Scenario answer(String question, LocalDate value) {
    if (!(question(question).type() instanceof QuestionType.Date)) {
      throw mismatch(question, "a date");
    }
    return with(question, new Answer.Date(value));
  }

  /**
   * @param question a question
   * @return a scenario where it is unanswered
   * @throws IllegalArgumentException when there is no such question
   */
  public Scenario unanswer(String question) {
    @Nullable Answer[] next = answers.clone();
    next[index(question)] = null;
    return new Scenario(model, next);
  }

  /**
   * @param question a question
   * @return true when it has no condition or its condition holds
   * @throws IllegalArgumentException when there is no such question
   */
  public boolean isShown(String question) {
    return shown[index(question)];
  }

  /**
   * @param question a question
   * @return true when it is shown and required
   * @throws IllegalArgumentException when there is no such question
   */
  public boolean isRequired(String question) {
    int i = index(question);
    return shown[i] && model.questions().get(i).required();
  }

  /**
   * @return the ids of the shown questions, in document order
   */
  public List<String> shownQuestions() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i]) {
        ids.add(model.questions().get(i).id().value());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * @return the ids of the shown required questions that are unanswered, in document order
   */
  public List<String> missingRequired() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] && answers[i] == null && model.questions().get(i).required()) {
        ids.add(model.questions().get(i).id().value());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * @param question a question
   * @return the item score of its answer (scoring.md §1), as the engine computes it; empty when
   *     the question is unanswered, hidden or not scored, or the chosen option has no score
   * @throws IllegalArgumentException when there is no such question, or a single_choice answer
   *     names no option
   */
  public OptionalDouble itemScore(String question) {
    int i = index(question);
    Answer answer = answers[i];
    return shown[i] && answer != null
        ? ItemScores.of(model.questions().get(i), answer)
        : OptionalDouble.empty();
  }

  /**
   * @param question a question
   * @return true when it is shown and its answer is favourable (scoring.md §1)
   * @throws IllegalArgumentException when there is no such question, or a single_choice answer
   *     names no option
   */
  public boolean isFavourable(String question) {
    int i = index(question);
    Answer answer = answers[i];
    return shown[i] && answer != null && ItemScores.favourable(model.questions().get(i), answer);
  }

  /**
   * @return the verdict of {@link DataValidator} on {@link #jsonLine()}
   */
  public Verdict validation() {
    return Lines.verdict(
        jsonLine(),
        (in, sink) -> model.validator().validateResponses(in, DataValidator.RESPONSES, sink));
  }

  /**
   * @return the response as a line of {@code responses.jsonl}: id {@code scenario}, the edition's
   *     questionnaire, its first enrolled structure, channel {@code website}, submitted at noon on
   *     the first day of collection, the answers in document order
   */
  public String jsonLine() {
    EditionDefinitions definitions = model.definitions();
    StringBuilder out = new StringBuilder("{");
    Lines.member(out, "id");
    Lines.string(out, Lines.ID);
    Lines.member(out, "questionnaire");
    Lines.string(out, definitions.edition().questionnaire().id());
    Lines.member(out, "version");
    out.append(definitions.edition().questionnaire().version());
    Lines.member(out, "structure");
    Lines.string(out, Lines.firstEnrolled(definitions).value());
    Lines.member(out, "channel");
    Lines.string(out, Channel.WEBSITE.id());
    Lines.member(out, "submittedAt");
    Lines.string(out, Lines.inCollection(definitions.edition()));
    Lines.member(out, "answers");
    out.append('{');
    for (int i = 0; i < answers.length; i++) {
      Answer answer = answers[i];
      if (answer != null) {
        Lines.member(out, model.questions().get(i).id().value());
        write(out, answer);
      }
    }
    return out.append("}}").toString();
  }

  /**
   * @return the questionnaire and the line, for failure messages
   */
  @Override
  public String toString() {
    return "scenario of questionnaire "
        + model.definitions().questionnaire().ref()
        + ": "
        + jsonLine();
  }

  private static void write(StringBuilder out, Answer answer) {
    if (answer instanceof Answer.Numeric numeric) {
      Lines.number(out, numeric.value());
    } else if (answer instanceof Answer.YesNo yesNo) {
      out.append(yesNo.value());
    } else if (answer instanceof Answer.Choice choice) {
      Lines.string(out, choice.value());
    } else if (answer instanceof Answer.Choices choices) {
      out.append('[');
      for (int k = 0; k < choices.values().size(); k++) {
        if (k > 0) {
          out.append(',');
        }
        Lines.string(out, choices.values().get(k));
      }
      out.append(']');
    } else if (answer instanceof Answer.Text text) {
      Lines.string(out, text.value());
    } else {
      Lines.string(out, ((Answer.Date) answer).value().toString());
    }
  }

  private Scenario with(String question, Answer answer) {
    @Nullable Answer[] next = answers.clone();
    next[index(question)] = answer;
    return new Scenario(model, next);
  }

  private Question question(String id) {
    return model.questions().get(index(id));
  }

  private int index(String question) {
    Integer i = model.indexes().get(Objects.requireNonNull(question, "question"));
    if (i == null) {
      throw new IllegalArgumentException(
          "questionnaire "
              + model.definitions().questionnaire().ref()
              + " has no question \""
              + question
              + "\"");
    }
    return i;
  }

  private IllegalArgumentException mismatch(String question, String given) {
    return new IllegalArgumentException(
        "question "
            + question
            + " is of type "
            + question(question).type().id()
            + ": it is not answered with "
            + given);
  }
}
