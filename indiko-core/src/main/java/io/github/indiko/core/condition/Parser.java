package io.github.indiko.core.condition;

import io.github.indiko.core.condition.Condition.Literal;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.condition.Lexer.Kind;
import io.github.indiko.core.condition.Lexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The recursive descent parser of the grammar of {@code conditions.md}. It stops at the first
 * error. The limits bound its recursion: at most {@value #MAX_LENGTH} code points and a nesting
 * of {@value #MAX_DEPTH} parentheses and {@code not}s.
 */
final class Parser {
  /** Longest condition, in code points. */
  static final int MAX_LENGTH = 1_000;

  /** Deepest nesting of parentheses and {@code not}s. */
  static final int MAX_DEPTH = 32;

  private final Origin origin;
  private final Lexer lexer;
  private Token token;
  private int depth;

  private Parser(int[] source, Origin origin) {
    this.origin = origin;
    this.lexer = new Lexer(source, origin);
    this.token = lexer.next();
  }

  /**
   * @param text a condition
   * @param origin where it comes from, for errors
   * @return its tree
   * @throws ConditionException with the first syntax error or exceeded limit
   */
  static Condition parse(String text, Origin origin) {
    int[] source = text.codePoints().toArray();
    if (source.length > MAX_LENGTH) {
      throw origin.at(
          MAX_LENGTH + 1,
          String.format(
              Locale.ROOT,
              "a condition has at most %d characters, this one has %d",
              MAX_LENGTH,
              source.length));
    }
    Parser parser = new Parser(source, origin);
    Condition condition = parser.or();
    if (parser.token.kind() != Kind.END) {
      throw parser.expected("'and', 'or' or the end");
    }
    return condition;
  }

  private Condition or() {
    Condition first = and();
    if (token.kind() != Kind.OR) {
      return first;
    }
    int column = token.column();
    List<Condition> operands = new ArrayList<>();
    operands.add(first);
    while (accept(Kind.OR)) {
      operands.add(and());
    }
    return new Condition.Or(operands, column);
  }

  private Condition and() {
    Condition first = unary();
    if (token.kind() != Kind.AND) {
      return first;
    }
    int column = token.column();
    List<Condition> operands = new ArrayList<>();
    operands.add(first);
    while (accept(Kind.AND)) {
      operands.add(unary());
    }
    return new Condition.And(operands, column);
  }

  private Condition unary() {
    if (token.kind() != Kind.NOT) {
      return comparison();
    }
    int column = enter();
    Condition operand = unary();
    depth--;
    return new Condition.Not(operand, column);
  }

  private Condition comparison() {
    Condition left = operand();
    Operator operator = operator(token.kind());
    int column = token.column();
    if (operator != null) {
      advance();
      return new Condition.Comparison(left, operator, operand(), column);
    }
    if (accept(Kind.IN)) {
      return new Condition.In(left, list(), column);
    }
    if (accept(Kind.CONTAINS)) {
      return new Condition.Contains(left, literal(), column);
    }
    return left;
  }

  private Condition operand() {
    int column = token.column();
    switch (token.kind()) {
      case NAME:
        return reference();
      case ANSWERED:
        advance();
        expect(Kind.OPEN, "'(' after 'answered'");
        if (token.kind() != Kind.NAME) {
          throw expected("the name of a question or criterion");
        }
        Condition.Reference reference = reference();
        expect(Kind.CLOSE, "')'");
        return new Condition.Answered(reference, column);
      case OPEN:
        enter();
        Condition inner = or();
        expect(Kind.CLOSE, "')'");
        depth--;
        return inner;
      case NUMBER:
      case STRING:
      case TRUE:
      case FALSE:
        return literal();
      default:
        throw expected("a value, a name, 'answered' or '('");
    }
  }

  private Condition.Reference reference() {
    Condition.Reference reference = new Condition.Reference(token.string(), token.column());
    advance();
    return reference;
  }

  private List<Literal> list() {
    expect(Kind.OPEN_LIST, "'[' after 'in'");
    List<Literal> values = new ArrayList<>();
    values.add(literal());
    while (accept(Kind.COMMA)) {
      values.add(literal());
    }
    expect(Kind.CLOSE_LIST, "',' or ']'");
    return values;
  }

  private Literal literal() {
    Token literal = token;
    Literal value;
    switch (literal.kind()) {
      case NUMBER:
        value = new Condition.NumberLiteral(new BigDecimal(literal.text()), literal.column());
        break;
      case STRING:
        value = new Condition.StringLiteral(literal.string(), literal.column());
        break;
      case TRUE:
      case FALSE:
        value = new Condition.BooleanLiteral(literal.kind() == Kind.TRUE, literal.column());
        break;
      default:
        throw expected("a value (a number, a 'string', true or false)");
    }
    advance();
    return value;
  }

  /** Enters a parenthesis or a {@code not}, checking the depth; returns the token's column. */
  private int enter() {
    int column = token.column();
    if (++depth > MAX_DEPTH) {
      throw origin.at(
          column, "nesting is at most " + MAX_DEPTH + " deep (parentheses and 'not' count)");
    }
    advance();
    return column;
  }

  private static @Nullable Operator operator(Kind kind) {
    switch (kind) {
      case EQ:
        return Operator.EQ;
      case NE:
        return Operator.NE;
      case LT:
        return Operator.LT;
      case LE:
        return Operator.LE;
      case GT:
        return Operator.GT;
      case GE:
        return Operator.GE;
      default:
        return null;
    }
  }

  private void expect(Kind kind, String what) {
    if (!accept(kind)) {
      throw expected(what);
    }
  }

  private boolean accept(Kind kind) {
    if (token.kind() == kind) {
      advance();
      return true;
    }
    return false;
  }

  private void advance() {
    token = lexer.next();
  }

  private ConditionException expected(String what) {
    return origin.at(token.column(), "expected " + what + ", found " + token.describe());
  }
}
