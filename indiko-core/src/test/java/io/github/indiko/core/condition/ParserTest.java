package io.github.indiko.core.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.indiko.core.condition.Condition.And;
import io.github.indiko.core.condition.Condition.Answered;
import io.github.indiko.core.condition.Condition.BooleanLiteral;
import io.github.indiko.core.condition.Condition.Comparison;
import io.github.indiko.core.condition.Condition.Contains;
import io.github.indiko.core.condition.Condition.In;
import io.github.indiko.core.condition.Condition.Not;
import io.github.indiko.core.condition.Condition.NumberLiteral;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.condition.Condition.Or;
import io.github.indiko.core.condition.Condition.Reference;
import io.github.indiko.core.condition.Condition.StringLiteral;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {
  private static final Origin ORIGIN = new Origin("questionnaire accueil v3", "question q");

  static Condition parse(String text) {
    return Parser.parse(text, ORIGIN);
  }

  static ConditionError error(String text) {
    ConditionException exception =
        (ConditionException) catchThrowable(() -> parse(text));
    assertThat(exception).as("error of %s", text).isNotNull();
    assertThat(exception.errors()).hasSize(1);
    return exception.errors().get(0);
  }

  @Test
  void parse_examplesOfTheSpec() {
    assertThat(parse("contact_mode == 'website'"))
        .isEqualTo(
            new Comparison(
                new Reference("contact_mode", 1),
                Operator.EQ,
                new StringLiteral("website", 17),
                14));
    assertThat(parse("visited_before == true and wait > 15"))
        .isEqualTo(
            new And(
                List.of(
                    new Comparison(
                        new Reference("visited_before", 1),
                        Operator.EQ,
                        new BooleanLiteral(true, 19),
                        16),
                    new Comparison(
                        new Reference("wait", 28),
                        Operator.GT,
                        new NumberLiteral(new BigDecimal("15"), 35),
                        33)),
                24));
    assertThat(parse("channel in ['phone', 'email']"))
        .isEqualTo(
            new In(
                new Reference("channel", 1),
                List.of(new StringLiteral("phone", 13), new StringLiteral("email", 22)),
                9));
    assertThat(parse("not answered(nps)"))
        .isEqualTo(new Not(new Answered(new Reference("nps", 14), 5), 1));
    assertThat(parse("reasons contains 'opening_hours'"))
        .isEqualTo(
            new Contains(new Reference("reasons", 1), new StringLiteral("opening_hours", 18), 9));
  }

  @Test
  void parse_precedenceOrAndNot() {
    Condition condition = parse("a or not b and c == 1 or (d)");
    assertThat(condition).isInstanceOf(Or.class);
    Or or = (Or) condition;
    assertThat(or.operands()).hasSize(3);
    assertThat(or.operands().get(1)).isInstanceOf(And.class);
    And and = (And) or.operands().get(1);
    assertThat(and.operands().get(0)).isEqualTo(new Not(new Reference("b", 10), 6));
    assertThat(and.operands().get(1)).isInstanceOf(Comparison.class);
    assertThat(or.operands().get(2)).isEqualTo(new Reference("d", 27));
  }

  @Test
  void parse_numbersAndOperators() {
    assertThat(parse("x<=-2.50")).isEqualTo(
        new Comparison(
            new Reference("x", 1), Operator.LE, new NumberLiteral(new BigDecimal("-2.50"), 4), 2));
    assertThat(((Comparison) parse("1 != x")).operator()).isEqualTo(Operator.NE);
    assertThat(((Comparison) parse("x >= 1")).operator()).isEqualTo(Operator.GE);
    assertThat(((Comparison) parse("x < 1")).operator()).isEqualTo(Operator.LT);
  }

  @Test
  void parse_whitespaceIsFree() {
    assertThat(parse("\t(a\n==\r\n1 )  ").toString()).isEqualTo("a == 1");
  }

  @Test
  void parse_stringEscapes() {
    assertThat(parse("a == 'it\\'s \\\\ ok'"))
        .isEqualTo(
            new Comparison(
                new Reference("a", 1), Operator.EQ, new StringLiteral("it's \\ ok", 6), 3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a ==              | 5  | expected a value, a name, 'answered' or '(', found the end",
        "a == 1 b          | 8  | expected 'and', 'or' or the end, found 'b'",
        "(a == 1           | 8  | expected ')', found the end",
        "a = 1             | 3  | expected '==', found '='",
        "a ! 1             | 3  | expected '!=', found '!'",
        "a == 1.           | 8  | expected a digit after '.', found the end",
        "a == - 1          | 7  | expected a digit after '-', found U+0020",
        "a in 1            | 6  | expected '[' after 'in', found number 1",
        "a in [1 2]        | 9  | expected ',' or ']', found number 2",
        "a in []           | 7  | expected a value (a number, a 'string', true or false), found ']'",
        "answered a        | 10 | expected '(' after 'answered', found 'a'",
        "answered(1)       | 10 | expected the name of a question or criterion, found number 1",
        "Contact == 1      | 1  | unexpected character 'C'",
        "a == 1 and        | 11 | expected a value, a name, 'answered' or '(', found the end",
        "a == not b        | 6  | expected a value, a name, 'answered' or '(', found 'not'",
        "a contains        | 11 | expected a value (a number, a 'string', true or false), found the end",
        "a == 1 == 2       | 8  | expected 'and', 'or' or the end, found '=='",
        "a == 'abc         | 6  | this string has no closing quote",
        "a == 'x\\ny'      | 8  | a string has only the escapes \\' and \\\\, found \\n",
        "a == 'x\\         | 8  | a string has only the escapes \\' and \\\\, found \\ at the end",
        "'' x              | 4  | expected 'and', 'or' or the end, found 'x'",
        "a.b == 1          | 2  | unexpected character '.'",
        "''''              | 3  | expected 'and', 'or' or the end, found string ''",
      })
  void parse_syntaxError_pointsAtItsColumn(String text, int column, String message) {
    ConditionError error = error(text);
    assertThat(error.column()).isEqualTo(column);
    assertThat(error.message()).isEqualTo(message);
    assertThat(error.definition()).isEqualTo("questionnaire accueil v3");
    assertThat(error.item()).isEqualTo("question q");
  }

  @Test
  void parse_emptyCondition() {
    assertThat(error("").column()).isEqualTo(1);
    assertThat(error("  ").message())
        .isEqualTo("expected a value, a name, 'answered' or '(', found the end");
  }

  @Test
  void parse_columnsCountCodePoints() {
    // Each emoji is two UTF-16 chars but one column.
    ConditionError error = error("'\uD83D\uDE00\uD83D\uDE00' == #");
    assertThat(error.column()).isEqualTo(9);
    assertThat(error.message()).isEqualTo("unexpected character '#'");
  }

  @Test
  void parse_nameOf64_accepted_65_rejected() {
    String name = "a".repeat(64);
    assertThat(parse(name)).isEqualTo(new Reference(name, 1));
    ConditionError error = error("x == 1 or " + name + "b");
    assertThat(error.column()).isEqualTo(11);
    assertThat(error.message()).isEqualTo("a name has at most 64 characters");
  }

  @Test
  void parse_lengthOf1000_accepted_1001_rejected() {
    String padding = " ".repeat(1000 - "a == 1".length());
    assertThat(parse("a == 1" + padding)).isInstanceOf(Comparison.class);
    ConditionError error = error("a == 1 " + padding);
    assertThat(error.column()).isEqualTo(1001);
    assertThat(error.message())
        .isEqualTo("a condition has at most 1000 characters, this one has 1001");
  }

  @Test
  void parse_lengthCountsCodePoints() {
    String emoji = "\uD83D\uDE00";
    String text = "a == '" + emoji.repeat(1000 - 7) + "'";
    assertThat(text.length()).isGreaterThan(1000);
    assertThat(parse(text)).isInstanceOf(Comparison.class);
  }

  @Test
  void parse_nestingOf32_accepted_33_rejected() {
    assertThat(parse("(".repeat(32) + "a" + ")".repeat(32))).isEqualTo(new Reference("a", 33));
    ConditionError parentheses = error("(".repeat(33) + "a" + ")".repeat(33));
    assertThat(parentheses.column()).isEqualTo(33);
    assertThat(parentheses.message())
        .isEqualTo("nesting is at most 32 deep (parentheses and 'not' count)");

    assertThat(parse("not ".repeat(32) + "a")).isInstanceOf(Not.class);
    assertThat(error("not ".repeat(33) + "a").column()).isEqualTo(129);

    String mixed = "not (".repeat(16) + "a" + ")".repeat(16);
    assertThat(parse(mixed)).isInstanceOf(Not.class);
    assertThat(error("(" + mixed + ")").column()).isEqualTo(1 + 16 * "not (".length());
  }

  @Test
  void parse_deepButWideIsFine() {
    String wide = String.join(" and ", Collections.nCopies(60, "(a == 1)"));
    assertThat(((And) parse(wide)).operands()).hasSize(60);
  }

  @Test
  void toString_printsWithTheFewestParentheses() {
    assertThat(parse("(a or b) and not (c == 1)").toString()).isEqualTo("(a or b) and not c == 1");
    assertThat(parse("(a or b) or c").toString()).isEqualTo("(a or b) or c");
    assertThat(parse("a or (b and c)").toString()).isEqualTo("a or b and c");
    assertThat(parse("not (a and b)").toString()).isEqualTo("not (a and b)");
    assertThat(parse("(a == 1) == true").toString()).isEqualTo("(a == 1) == true");
    assertThat(parse("x in ['it\\'s',1,true]").toString()).isEqualTo("x in ['it\\'s', 1, true]");
    assertThat(parse("answered( x )").toString()).isEqualTo("answered(x)");
    assertThat(parse("x contains 'a\\\\b'").toString()).isEqualTo("x contains 'a\\\\b'");
    assertThat(parse("x > -0.50").toString()).isEqualTo("x > -0.50");
  }

  @Test
  void reference_rejectsKeywordsAndBadNames() {
    assertThatThrownBy(() -> new Reference("and", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Reference("Abc", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Reference("abc", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
