package io.github.indiko.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.response.Answer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the conditions language (docs/fuzzing.md): the parser, the compiler of a questionnaire's
 * and a grid's conditions, and the evaluation of compiled conditions.
 *
 * <p>The input is the condition's text in UTF-8 up to the first NUL byte; the bytes after it pick
 * the answers and observations it is evaluated on (one byte per question or criterion, cycling).
 * Invariants: parsing gives a tree or a {@link ConditionException} with one error whose column is
 * inside the text; a tree prints to a text that parses back to the same tree; compiling gives
 * compiled conditions or a {@link ConditionException} with at least one error; a compiled
 * questionnaire condition agrees with {@link Semantics}, the spec's meaning read over the tree;
 * evaluating any question or criterion never throws.
 */
class ConditionsFuzzTest {
  private static final Origin ORIGIN = new Origin("questionnaire fuzz v1", "question target");
  private static final Questionnaire SAMPLE = Definitions.sampleQuestionnaire();
  private static final Grid GRID = Definitions.sampleGrid();
  private static final List<String> TEXTS = List.of("", "ok", "it's", "a\\b", "in_person");
  private static final double[] NUMBERS = {0, 1, -1, 2.5, 3, 6, 10, 15, 1e15, -0.0};

  @FuzzTest
  void conditions(byte[] input) {
    int nul = indexOf(input, (byte) 0);
    String text = new String(input, 0, nul, StandardCharsets.UTF_8);
    byte[] choices = Arrays.copyOfRange(input, Math.min(nul + 1, input.length), input.length);

    parsesOrFailsCleanly(text);
    questionnaire(text, choices);
    grid(text, choices);
  }

  private static void parsesOrFailsCleanly(String text) {
    int length = text.codePointCount(0, text.length());
    Condition tree;
    try {
      tree = Parser.parse(text, ORIGIN);
    } catch (ConditionException e) {
      assertThat(e.errors()).as(text).hasSize(1);
      assertThat(e.errors().get(0).column()).as(text).isBetween(1, Math.min(length, 1000) + 1);
      return;
    }
    String printed = tree.toString();
    if (printed.codePoints().count() <= Parser.MAX_LENGTH) {
      assertThat(Columns.strip(Parser.parse(printed, ORIGIN)))
          .as("%s printed as %s", text, printed)
          .isEqualTo(Columns.strip(tree));
    }
  }

  private static void questionnaire(String when, byte[] choices) {
    List<Section> sections = new ArrayList<>(SAMPLE.sections());
    sections.add(
        new Section(
            "extra", null, List.of(Definitions.question("target", Definitions.yesNo(), when))));
    Questionnaire questionnaire =
        new Questionnaire(SAMPLE.id(), SAMPLE.version(), "fr", SAMPLE.title(), sections);
    QuestionnaireConditions conditions;
    try {
      conditions = QuestionnaireConditions.compile(questionnaire);
    } catch (ConditionException e) {
      assertThat(e.errors()).as(when).isNotEmpty();
      return;
    }
    List<Question> questions = questionnaire.questions();
    @Nullable Answer[] answers = new Answer[questions.size()];
    for (int i = 0; i < questions.size() - 1; i++) {
      answers[i] = answer(questions.get(i).type(), choice(choices, i));
    }
    int target = questions.size() - 1;
    for (int i = 0; i < conditions.size(); i++) {
      conditions.shown(i, answers);
    }
    Condition tree = conditions.condition(target).orElseThrow();
    boolean truth = Semantics.truth(tree, questions, answers);
    assertThat(conditions.shown(target, answers))
        .as("%s with %s", when, Arrays.asList(answers))
        .isEqualTo(truth);
    assertThat(conditions.shown(target, new ArrayRow(questions, answers)))
        .as("%s with %s as a row", when, Arrays.asList(answers))
        .isEqualTo(truth);
  }

  private static void grid(String when, byte[] choices) {
    List<Criterion> criteria = new ArrayList<>(GRID.criteria());
    criteria.add(Definitions.check("target", when));
    Grid grid = new Grid(GRID.id(), GRID.version(), "fr", GRID.title(), criteria);
    GridConditions conditions;
    try {
      conditions = GridConditions.compile(grid);
    } catch (ConditionException e) {
      assertThat(e.errors()).as(when).isNotEmpty();
      return;
    }
    @Nullable Observation[] observations = new Observation[criteria.size()];
    for (int i = 0; i < criteria.size() - 1; i++) {
      observations[i] = observation(choice(choices, i));
    }
    for (int i = 0; i < conditions.size(); i++) {
      conditions.shown(i, observations);
    }
  }

  /** The byte that picks the answer of question {@code i}, or -1 when there is none. */
  private static int choice(byte[] choices, int i) {
    return choices.length == 0 ? -1 : choices[i % choices.length] & 0xff;
  }

  private static @Nullable Answer answer(QuestionType type, int choice) {
    if (choice < 0 || choice % 4 == 0) {
      return null;
    }
    int pick = choice / 4;
    if (type instanceof QuestionType.YesNo) {
      return new Answer.YesNo(pick % 2 == 0);
    }
    if (type instanceof QuestionType.SingleChoice single) {
      return new Answer.Choice(values(single.options()).get(pick % single.options().size()));
    }
    if (type instanceof QuestionType.MultiChoice multi) {
      List<String> chosen = new ArrayList<>();
      List<String> values = values(multi.options());
      for (int i = 0; i < values.size(); i++) {
        if ((pick >> i & 1) == 1) {
          chosen.add(values.get(i));
        }
      }
      return new Answer.Choices(chosen);
    }
    if (type instanceof QuestionType.Text) {
      return new Answer.Text(TEXTS.get(pick % TEXTS.size()));
    }
    if (type instanceof QuestionType.Date) {
      return new Answer.Date(LocalDate.of(2017, 9, 1).plusDays(pick - 16));
    }
    return new Answer.Numeric(NUMBERS[pick % NUMBERS.length]);
  }

  private static @Nullable Observation observation(int choice) {
    if (choice < 0) {
      return null;
    }
    return switch (choice % 5) {
      case 0 -> null;
      case 1 -> new Observation.Check(choice / 5 % 2 == 0);
      case 2 -> new Observation.Measured(NUMBERS[choice / 5 % NUMBERS.length]);
      case 3 -> new Observation.Missed();
      default -> new Observation.NotApplicable();
    };
  }

  private static List<String> values(List<Option> options) {
    return options.stream().map(Option::value).toList();
  }

  private static int indexOf(byte[] input, byte wanted) {
    for (int i = 0; i < input.length; i++) {
      if (input[i] == wanted) {
        return i;
      }
    }
    return input.length;
  }
}
