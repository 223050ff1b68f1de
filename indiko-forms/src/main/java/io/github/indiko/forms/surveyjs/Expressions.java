package io.github.indiko.forms.surveyjs;

import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.condition.Condition.Literal;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.QuestionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Translates the tree of a {@code when} condition into a SurveyJS {@code visibleIf} expression
 * (survey-core's expression grammar), keeping format v1's meaning: a comparison with an unanswered
 * question is false. Collects what SurveyJS evaluates differently; a condition that SurveyJS
 * cannot express at all gives no expression.
 *
 * <p>SurveyJS's own precedence, loosest first: {@code or}, {@code and}, comparisons, then {@code
 * contains}/{@code anyof} and {@code !} on a factor; parentheses are written where a looser
 * expression sits inside a tighter one, and around every negated operand.
 */
final class Expressions {
  /**
   * survey-core's built-in variables: {@code {name}} reads them instead of a question of that name.
   */
  private static final Set<String> BUILT_IN_VARIABLES =
      Set.of(
          "pageno",
          "pagecount",
          "questioncount",
          "correctedanswers",
          "correctanswers",
          "correctedanswercount",
          "incorrectedanswers",
          "incorrectanswers",
          "incorrectedanswercount",
          "locale");

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int OPERAND = 3;

  /** An expression and how loosely it binds. */
  private record Expression(String text, int level) {
    String at(int lowest) {
      return level < lowest ? "(" + text + ")" : text;
    }
  }

  /**
   * The outcome.
   *
   * @param expression the {@code visibleIf}, or null when SurveyJS cannot express the condition
   * @param inexact why SurveyJS evaluates it differently in some cases, or cannot express it; in
   *     order, without repeats
   */
  record Translation(@Nullable String expression, List<String> inexact) {}

  private final Map<String, QuestionType> types;
  private final Set<String> inexact = new LinkedHashSet<>();
  private boolean expressible = true;

  private Expressions(Map<String, QuestionType> types) {
    this.types = types;
  }

  /**
   * @param condition a condition that core's compiler accepted
   * @param types the type of every question it may name, by id
   * @return its translation
   */
  static Translation translate(Condition condition, Map<String, QuestionType> types) {
    Expressions expressions = new Expressions(types);
    String text = expressions.condition(condition).text();
    return new Translation(
        expressions.expressible ? text : null, List.copyOf(expressions.inexact));
  }

  private Expression condition(Condition condition) {
    if (condition instanceof Condition.Or or) {
      return join(or.operands(), " or ", AND, OR);
    }
    if (condition instanceof Condition.And and) {
      return join(and.operands(), " and ", OPERAND, AND);
    }
    if (condition instanceof Condition.Not not) {
      return operand("!(" + condition(not.operand()).text() + ")");
    }
    if (condition instanceof Condition.Comparison comparison) {
      return comparison(comparison);
    }
    if (condition instanceof Condition.In in) {
      Condition.Reference reference = (Condition.Reference) in.operand();
      return in(reference, in.values());
    }
    if (condition instanceof Condition.Contains contains) {
      Condition.Reference reference = (Condition.Reference) contains.operand();
      String option = ((Condition.StringLiteral) contains.value()).value();
      checkOption(reference.name(), option);
      return operand(variable(reference) + " contains " + string(option));
    }
    if (condition instanceof Condition.Answered answered) {
      return operand(variable(answered.reference()) + " notempty");
    }
    if (condition instanceof Condition.Reference reference) {
      // A bare reference is a yes_no question: true when answered yes.
      return operand(variable(reference) + " = true");
    }
    return operand(Boolean.toString(((Condition.BooleanLiteral) condition).value()));
  }

  private Expression join(List<Condition> operands, String separator, int lowest, int level) {
    StringJoiner text = new StringJoiner(separator);
    for (Condition operand : operands) {
      text.add(condition(operand).at(lowest));
    }
    return new Expression(text.toString(), level);
  }

  private Expression comparison(Condition.Comparison comparison) {
    Condition.Reference reference;
    Literal literal;
    Operator operator = comparison.operator();
    if (comparison.left() instanceof Condition.Reference left) {
      reference = left;
      literal = (Literal) comparison.right();
    } else {
      reference = (Condition.Reference) comparison.right();
      literal = (Literal) comparison.left();
      operator = operator.mirrored();
    }
    QuestionType type = type(reference);
    if (type instanceof QuestionType.YesNo) {
      boolean value = ((Condition.BooleanLiteral) literal).value();
      // Answered yes_no is true or false: != true is == false, and both are false unanswered.
      return operand(variable(reference) + " = " + (operator == Operator.EQ ? value : !value));
    }
    String value = literal(reference, literal);
    String variable = variable(reference);
    switch (operator) {
      case EQ:
        return operand(variable + " = " + value);
      case NE:
        // SurveyJS's != is true when the question is empty; format v1's is false.
        return new Expression(variable + " notempty and " + variable + " != " + value, AND);
      default:
        return operand(variable + " " + operator.symbol() + " " + value);
    }
  }

  private Expression in(Condition.Reference reference, List<Literal> values) {
    if (type(reference) instanceof QuestionType.YesNo) {
      Set<Boolean> accepted = new LinkedHashSet<>();
      values.forEach(value -> accepted.add(((Condition.BooleanLiteral) value).value()));
      return accepted.size() == 2
          ? operand(variable(reference) + " notempty")
          : operand(variable(reference) + " = " + accepted.iterator().next());
    }
    List<String> texts = new ArrayList<>();
    for (Literal value : values) {
      texts.add(literal(reference, value));
    }
    return operand(variable(reference) + " anyof [" + String.join(", ", texts) + "]");
  }

  /** A number or string compared with a question of any type but yes_no and multi_choice. */
  private String literal(Condition.Reference reference, Literal literal) {
    if (literal instanceof Condition.NumberLiteral number) {
      return number.value().toPlainString();
    }
    String value = ((Condition.StringLiteral) literal).value();
    QuestionType type = type(reference);
    if (type instanceof QuestionType.Text) {
      inexact.add(
          "SurveyJS compares texts ignoring case and surrounding white space, and texts that read"
              + " as numbers as numbers: question '"
              + reference.name()
              + "' compared with "
              + quote(value));
    } else if (type instanceof QuestionType.SingleChoice) {
      checkOption(reference.name(), value);
    }
    return string(value);
  }

  /** Options SurveyJS cannot tell apart from the one a condition names make it inexact. */
  private void checkOption(String question, String value) {
    QuestionType type = types.get(question);
    List<Option> options =
        type instanceof QuestionType.SingleChoice single
            ? single.options()
            : ((QuestionType.MultiChoice) type).options();
    for (Option option : options) {
      if (!option.value().equals(value) && sameForSurveyJs(option.value(), value)) {
        inexact.add(
            "SurveyJS does not tell option "
                + quote(option.value())
                + " of question '"
                + question
                + "' from "
                + quote(value)
                + " (it ignores case and surrounding white space, and compares numbers as numbers)");
      }
    }
  }

  private QuestionType type(Condition.Reference reference) {
    return types.get(reference.name());
  }

  private String variable(Condition.Reference reference) {
    String name = reference.name();
    if (BUILT_IN_VARIABLES.contains(name)) {
      expressible = false;
      inexact.add(
          "{"
              + name
              + "} is a built-in variable of SurveyJS, not question '"
              + name
              + "': the condition is not exported and the question is always shown (and demanded,"
              + " when required)");
    }
    return "{" + name + "}";
  }

  /**
   * A string literal of survey-core's grammar: {@code \'} and {@code \"} are its only escapes and a
   * backslash before anything else is itself, so a string ending in a backslash cannot be written.
   */
  private String string(String value) {
    if (value.endsWith("\\")) {
      expressible = false;
      inexact.add(
          "SurveyJS expressions cannot hold a string ending in a backslash ("
              + quote(value)
              + "): the condition is not exported and the question is always shown (and demanded,"
              + " when required)");
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'' || c == '"') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('\'').toString();
  }

  /** A value in a message: quoted, long ones abbreviated. */
  private static String quote(String value) {
    return "'" + Strings.abbreviate(value) + "'";
  }

  private static Expression operand(String text) {
    return new Expression(text, OPERAND);
  }

  /**
   * Whether survey-core's default comparator takes two different strings as equal: it trims them
   * and ignores case, and it reads a string that looks like a number as that number.
   */
  static boolean sameForSurveyJs(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT))) {
      return true;
    }
    BigDecimal n = number(x);
    BigDecimal m = number(y);
    return n != null && m != null && n.compareTo(m) == 0;
  }

  private static @Nullable BigDecimal number(String text) {
    if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(text);
  }
}
