package io.github.indiko.core.condition;

import io.github.indiko.core.condition.Condition.Literal;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.response.Answer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The meaning of a well-typed questionnaire condition, read straight from conditions.md over the
 * tree: slow and allocating, written independently of the compiled nodes to check them.
 */
final class Semantics {
  private Semantics() {}

  static boolean truth(Condition condition, List<Question> questions, @Nullable Answer[] answers) {
    if (condition instanceof Condition.Or) {
      return ((Condition.Or) condition)
          .operands().stream().anyMatch(operand -> truth(operand, questions, answers));
    }
    if (condition instanceof Condition.And) {
      return ((Condition.And) condition)
          .operands().stream().allMatch(operand -> truth(operand, questions, answers));
    }
    if (condition instanceof Condition.Not) {
      return !truth(((Condition.Not) condition).operand(), questions, answers);
    }
    if (condition instanceof Condition.BooleanLiteral) {
      return ((Condition.BooleanLiteral) condition).value();
    }
    if (condition instanceof Condition.Answered) {
      return answer(((Condition.Answered) condition).reference(), questions, answers) != null;
    }
    if (condition instanceof Condition.Reference) {
      // A bare yes_no reference: false when unanswered.
      Answer answer = answer((Condition.Reference) condition, questions, answers);
      return answer instanceof Answer.YesNo && ((Answer.YesNo) answer).value();
    }
    if (condition instanceof Condition.In) {
      Condition.In in = (Condition.In) condition;
      Answer answer = answer((Condition.Reference) in.operand(), questions, answers);
      return answer != null
          && in.values().stream().anyMatch(value -> compare(answer, Operator.EQ, value));
    }
    if (condition instanceof Condition.Contains) {
      Condition.Contains contains = (Condition.Contains) condition;
      Answer answer = answer((Condition.Reference) contains.operand(), questions, answers);
      return answer != null
          && ((Answer.Choices) answer)
              .values()
              .contains(((Condition.StringLiteral) contains.value()).value());
    }
    Condition.Comparison comparison = (Condition.Comparison) condition;
    if (comparison.left() instanceof Condition.Reference) {
      Answer answer = answer((Condition.Reference) comparison.left(), questions, answers);
      return answer != null
          && compare(answer, comparison.operator(), (Literal) comparison.right());
    }
    Answer answer = answer((Condition.Reference) comparison.right(), questions, answers);
    return answer != null
        && compare(answer, comparison.operator().mirrored(), (Literal) comparison.left());
  }

  private static boolean compare(Answer answer, Operator operator, Literal literal) {
    if (answer instanceof Answer.Numeric) {
      double value = ((Answer.Numeric) answer).value();
      double number = ((Condition.NumberLiteral) literal).value().doubleValue();
      // Numbers compare by value: -0 is 0 (Double.compare would put -0.0 below 0.0).
      int order = value < number ? -1 : value > number ? 1 : 0;
      switch (operator) {
        case EQ:
          return order == 0;
        case NE:
          return order != 0;
        case LT:
          return order < 0;
        case LE:
          return order <= 0;
        case GT:
          return order > 0;
        default:
          return order >= 0;
      }
    }
    Object value;
    Object expected;
    if (answer instanceof Answer.YesNo) {
      value = ((Answer.YesNo) answer).value();
      expected = ((Condition.BooleanLiteral) literal).value();
    } else {
      // Choices, texts and dates (by their ISO text) compare as strings.
      value =
          answer instanceof Answer.Choice
              ? ((Answer.Choice) answer).value()
              : answer instanceof Answer.Text
                  ? ((Answer.Text) answer).value()
                  : ((Answer.Date) answer).value().toString();
      expected = ((Condition.StringLiteral) literal).value();
    }
    return value.equals(expected) == (operator == Operator.EQ);
  }

  private static @Nullable Answer answer(
      Condition.Reference reference, List<Question> questions, @Nullable Answer[] answers) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().value().equals(reference.name())) {
        return answers[i];
      }
    }
    throw new IllegalArgumentException("unknown question " + reference.name());
  }
}
