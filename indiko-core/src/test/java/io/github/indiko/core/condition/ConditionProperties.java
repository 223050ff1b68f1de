package io.github.indiko.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.indiko.core.condition.Condition.Literal;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.response.Answer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

class ConditionProperties {
  private static final Origin ORIGIN = new Origin("questionnaire test v1", "question target");

  private static final List<String> TOKENS =
      List.of(
          "a", "wait", "not", "and", "or", "in", "contains", "answered", "true", "false", "==",
          "!=", "<", "<=", ">", ">=", "=", "!", "(", ")", "[", "]", ",", "'", "\\", "'x'",
          "'it\\'s'", "1", "-2.5", "-", ".", "007", "A", "\t", "\n", "é", "\uD83D\uDE00");

  private static final List<String> NUMBERS = List.of("0", "1", "-1", "2.5", "3", "6", "10", "15");
  private static final List<String> DATES = List.of("2017-09-30", "2017-10-01", "2016-02-29");
  private static final List<String> TEXTS = List.of("", "ok", "it's", "a\\b");

  private static final Questionnaire SAMPLE = Definitions.sampleQuestionnaire();

  @Test
  void parse_grammarAlphabet_throwsOnlyConditionException() {
    Gen<List<String>> tokens = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 25);
    Gen<String> text =
        tokens
            .map(parts -> String.join("", parts))
            .mix(tokens.map(parts -> String.join(" ", parts)));
    qt().withExamples(5_000).forAll(text).checkAssert(ConditionProperties::parsesOrFailsCleanly);
  }

  @Test
  void parse_arbitraryCodePoints_throwsOnlyConditionException() {
    qt().withExamples(3_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(ConditionProperties::parsesOrFailsCleanly);
    qt().withExamples(2_000)
        .forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 40))
        .checkAssert(ConditionProperties::parsesOrFailsCleanly);
  }

  @Test
  void parse_printedTree_givesTheSameTree() {
    qt().withExamples(3_000)
        .forAll(anyTree())
        // A printed tree over the length limit is refused by design, not a round-trip failure.
        .assuming(tree -> tree.toString().codePoints().count() <= 1_000)
        .checkAssert(
            tree -> {
              String printed = tree.toString();
              assertThat(Columns.strip(Parser.parse(printed, ORIGIN)))
                  .as(printed)
                  .isEqualTo(Columns.strip(tree));
            });
  }

  @Test
  void shown_wellTypedCondition_compilesAndAgreesWithTheSpecSemantics() {
    List<Question> questions = SAMPLE.questions();
    qt().withExamples(2_000)
        .forAll(typedTree(questions), answers(questions))
        .checkAssert(
            (tree, answers) -> {
              QuestionnaireConditions conditions = withTarget(tree.toString());
              @Nullable Answer[] values = answers.toArray(new Answer[questions.size() + 1]);
              boolean truth = Semantics.truth(tree, questions, values);
              assertThat(conditions.shown(questions.size(), values))
                  .as("%s with %s", tree, answers)
                  .isEqualTo(truth);
              assertThat(conditions.shown(questions.size(), new ArrayRow(questions, values)))
                  .as("%s with %s as a row", tree, answers)
                  .isEqualTo(truth);
            });
  }

  @Test
  void compile_anyTokensOverTheSample_throwsOnlyConditionException_andEvaluationNeverThrows() {
    List<Question> questions = SAMPLE.questions();
    List<String> words = new ArrayList<>(TOKENS);
    questions.forEach(question -> words.add(question.id().value()));
    words.addAll(
        List.of("'in_person'", "'website'", "'opening_hours'", "'2017-09-30'", "'missed'"));
    Gen<String> text =
        lists()
            .of(Generate.pick(words))
            .ofSizeBetween(1, 12)
            .map(tokens -> String.join(" ", tokens));
    qt().withExamples(5_000)
        .forAll(text, answers(questions))
        .checkAssert(
            (when, answers) -> {
              QuestionnaireConditions conditions;
              try {
                conditions = withTarget(when);
              } catch (ConditionException e) {
                assertThat(e.errors()).isNotEmpty();
                return;
              }
              @Nullable Answer[] values = answers.toArray(new Answer[questions.size() + 1]);
              for (int i = 0; i < conditions.size(); i++) {
                conditions.shown(i, values);
              }
            });
  }

  private static void parsesOrFailsCleanly(String text) {
    int length = text.codePointCount(0, text.length());
    try {
      assertThat(Parser.parse(text, ORIGIN)).isNotNull();
    } catch (ConditionException e) {
      assertThat(e.errors()).hasSize(1);
      assertThat(e.errors().get(0).column()).isBetween(1, Math.min(length, 1000) + 1);
    }
  }

  private static QuestionnaireConditions withTarget(String when) {
    List<Section> sections = new ArrayList<>(SAMPLE.sections());
    sections.add(
        new Section(
            "extra",
            null,
            List.of(Definitions.question("target", Definitions.yesNo(), when))));
    return QuestionnaireConditions.compile(
        new Questionnaire(SAMPLE.id(), SAMPLE.version(), "fr", SAMPLE.title(), sections));
  }

  /** Any tree, typed or not, of depth at most 4. */
  private static Gen<Condition> anyTree() {
    return in -> anyTree(in, 4);
  }

  private static Condition anyTree(RandomnessSource in, int depth) {
    int shape = pick(in, depth == 0 ? 4 : 10);
    switch (shape) {
      case 0:
        return new Condition.Reference(name(in), 1);
      case 1:
        return new Condition.Answered(new Condition.Reference(name(in), 1), 1);
      case 2:
      case 3:
        return anyLiteral(in);
      case 4:
        return new Condition.Not(anyTree(in, depth - 1), 1);
      case 5:
        return new Condition.And(anyTrees(in, depth), 1);
      case 6:
        return new Condition.Or(anyTrees(in, depth), 1);
      case 7:
        return new Condition.Comparison(
            anyTree(in, depth - 1),
            Operator.values()[pick(in, Operator.values().length)],
            anyTree(in, depth - 1),
            1);
      case 8:
        List<Literal> values = new ArrayList<>();
        for (int i = pick(in, 3); i >= 0; i--) {
          values.add(anyLiteral(in));
        }
        return new Condition.In(anyTree(in, depth - 1), values, 1);
      default:
        return new Condition.Contains(anyTree(in, depth - 1), anyLiteral(in), 1);
    }
  }

  private static List<Condition> anyTrees(RandomnessSource in, int depth) {
    List<Condition> operands = new ArrayList<>();
    for (int i = pick(in, 3) + 2; i > 0; i--) {
      operands.add(anyTree(in, depth - 1));
    }
    return operands;
  }

  private static Literal anyLiteral(RandomnessSource in) {
    switch (pick(in, 3)) {
      case 0:
        return new Condition.NumberLiteral(
            new BigDecimal(NUMBERS.get(pick(in, NUMBERS.size()))).movePointLeft(pick(in, 3)), 1);
      case 1:
        return new Condition.BooleanLiteral(pick(in, 2) == 0, 1);
      default:
        return new Condition.StringLiteral(
            strings().allPossible().ofLengthBetween(0, 6).generate(in), 1);
    }
  }

  private static String name(RandomnessSource in) {
    List<String> names = List.of("a", "wait", "q_1", "contains_x", "nota", "z".repeat(64));
    return names.get(pick(in, names.size()));
  }

  /** Well-typed conditions over the given questions, depth at most 3. */
  private static Gen<Condition> typedTree(List<Question> questions) {
    return in -> typedTree(in, questions, 3);
  }

  private static Condition typedTree(RandomnessSource in, List<Question> questions, int depth) {
    switch (pick(in, depth == 0 ? 1 : 4)) {
      case 0:
        return test(in, questions);
      case 1:
        return new Condition.Not(typedTree(in, questions, depth - 1), 1);
      case 2:
        return new Condition.And(
            List.of(typedTree(in, questions, depth - 1), typedTree(in, questions, depth - 1)), 1);
      default:
        return new Condition.Or(
            List.of(typedTree(in, questions, depth - 1), typedTree(in, questions, depth - 1)), 1);
    }
  }

  /** A well-typed test of one question. */
  private static Condition test(RandomnessSource in, List<Question> questions) {
    Question question = questions.get(pick(in, questions.size()));
    Condition.Reference reference = new Condition.Reference(question.id().value(), 1);
    QuestionType type = question.type();
    if (pick(in, 5) == 0) {
      return new Condition.Answered(reference, 1);
    }
    if (type instanceof QuestionType.MultiChoice) {
      return new Condition.Contains(reference, typedLiteral(in, type), 1);
    }
    if (type instanceof QuestionType.YesNo && pick(in, 3) == 0) {
      return reference;
    }
    boolean numeric =
        type instanceof QuestionType.Rating
            || type instanceof QuestionType.Nps
            || type instanceof QuestionType.Number;
    if (pick(in, 4) == 0) {
      List<Literal> values = new ArrayList<>();
      for (int i = pick(in, 3); i >= 0; i--) {
        values.add(typedLiteral(in, type));
      }
      return new Condition.In(reference, values, 1);
    }
    Operator operator = Operator.values()[pick(in, numeric ? 6 : 2)];
    Literal literal = typedLiteral(in, type);
    return pick(in, 2) == 0
        ? new Condition.Comparison(reference, operator, literal, 1)
        : new Condition.Comparison(literal, operator.mirrored(), reference, 1);
  }

  private static Literal typedLiteral(RandomnessSource in, QuestionType type) {
    if (type instanceof QuestionType.YesNo) {
      return new Condition.BooleanLiteral(pick(in, 2) == 0, 1);
    }
    if (type instanceof QuestionType.SingleChoice || type instanceof QuestionType.MultiChoice) {
      List<String> values = optionValues(type);
      return new Condition.StringLiteral(values.get(pick(in, values.size())), 1);
    }
    if (type instanceof QuestionType.Text) {
      return new Condition.StringLiteral(TEXTS.get(pick(in, TEXTS.size())), 1);
    }
    if (type instanceof QuestionType.Date) {
      return new Condition.StringLiteral(DATES.get(pick(in, DATES.size())), 1);
    }
    return new Condition.NumberLiteral(new BigDecimal(NUMBERS.get(pick(in, NUMBERS.size()))), 1);
  }

  /** Answers to the questions (and a null slot for the target), each absent or of its type. */
  private static Gen<List<@Nullable Answer>> answers(List<Question> questions) {
    return in -> {
      List<@Nullable Answer> answers = new ArrayList<>();
      for (Question question : questions) {
        answers.add(pick(in, 3) == 0 ? null : answer(in, question.type()));
      }
      answers.add(null);
      return answers;
    };
  }

  private static Answer answer(RandomnessSource in, QuestionType type) {
    if (type instanceof QuestionType.YesNo) {
      return new Answer.YesNo(pick(in, 2) == 0);
    }
    if (type instanceof QuestionType.SingleChoice) {
      List<String> values = optionValues(type);
      return new Answer.Choice(values.get(pick(in, values.size())));
    }
    if (type instanceof QuestionType.MultiChoice) {
      List<String> values = optionValues(type);
      List<String> chosen = new ArrayList<>();
      for (String value : values) {
        if (pick(in, 3) == 0) {
          chosen.add(value);
        }
      }
      return new Answer.Choices(chosen);
    }
    if (type instanceof QuestionType.Text) {
      return new Answer.Text(TEXTS.get(pick(in, TEXTS.size())));
    }
    if (type instanceof QuestionType.Date) {
      return new Answer.Date(LocalDate.parse(DATES.get(pick(in, DATES.size()))));
    }
    return new Answer.Numeric(new BigDecimal(NUMBERS.get(pick(in, NUMBERS.size()))).doubleValue());
  }

  private static List<String> optionValues(QuestionType type) {
    List<Option> options =
        type instanceof QuestionType.SingleChoice
            ? ((QuestionType.SingleChoice) type).options()
            : ((QuestionType.MultiChoice) type).options();
    return options.stream().map(Option::value).collect(Collectors.toList());
  }

  /** A number in {@code 0..bound-1}. */
  private static int pick(RandomnessSource in, int bound) {
    return Generate.range(0, bound - 1).generate(in);
  }
}
