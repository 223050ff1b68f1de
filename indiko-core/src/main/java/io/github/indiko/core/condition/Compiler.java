package io.github.indiko.core.condition;

import io.github.indiko.core.condition.Condition.Literal;
import io.github.indiko.core.condition.Condition.Operator;
import io.github.indiko.core.internal.Strings;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses, checks and compiles the conditions of a questionnaire or grid in one pass per
 * condition, collecting every error of every item before failing.
 */
final class Compiler {
  /** What a condition can do with an item: the question and criterion types, by behaviour. */
  enum Kind {
    NUMBER,
    YES_NO,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    TEXT,
    DATE,
    CHECK,
    MEASURE
  }

  /**
   * A question or criterion as conditions see it.
   *
   * @param name its identifier
   * @param kind what conditions can do with it
   * @param type its type's name in format v1, for messages
   * @param options its option values in their order (choices only)
   * @param when its condition, or null
   */
  record Item(String name, Kind kind, String type, List<String> options, @Nullable String when) {}

  /**
   * The outcome: for each item its tree (null without condition) and its compiled node, and
   * whether some condition reads it. A node reads an item's value at the item's row position.
   */
  static final class Compiled {
    final @Nullable Condition[] conditions;
    final Node[] nodes;
    final boolean[] read;

    /** The items, for reading answer and observation objects as a row ({@link ObjectRow}). */
    final List<Item> items;

    Compiled(@Nullable Condition[] conditions, Node[] nodes, boolean[] read, List<Item> items) {
      this.conditions = conditions;
      this.nodes = nodes;
      this.read = read;
      this.items = items;
    }
  }

  /** The value of {@code 'missed'} compared with a measure. */
  private static final Object MISSED = new Object();

  private static final String MISSED_TEXT = "missed";

  private final String definition;
  private final String noun;
  private final List<Item> items;
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<ConditionError> errors = new ArrayList<>();
  private final boolean[] read;

  /** Per item, where a row holds its value; null when at the item's own index. */
  private final int @Nullable [] positions;

  private Origin origin;
  private int self;

  private Compiler(String definition, String noun, List<Item> items, int @Nullable [] positions) {
    this.definition = definition;
    this.noun = noun;
    this.items = items;
    this.positions = positions;
    this.read = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      indexes.put(items.get(i).name(), i);
    }
    // Replaced by each item's origin as the items are compiled.
    this.origin = new Origin(definition, noun);
  }

  /**
   * @param definition e.g. {@code questionnaire accueil v3}
   * @param noun {@code question} or {@code criterion}
   * @param items the items in document order
   * @return the compiled conditions, one per item
   * @throws ConditionException with every error of every condition
   */
  static Compiled compile(String definition, String noun, List<Item> items) {
    return new Compiler(definition, noun, items, null).compileAll();
  }

  /**
   * @param definition e.g. {@code questionnaire accueil v3}
   * @param noun {@code question} or {@code criterion}
   * @param items the items in document order
   * @param positions per item, the position of its value in the rows the nodes read
   * @return the compiled conditions, one per item, whose nodes read the rows at those positions
   * @throws ConditionException with every error of every condition
   */
  static Compiled compile(String definition, String noun, List<Item> items, int[] positions) {
    return new Compiler(definition, noun, items, positions).compileAll();
  }

  /** The row position of an item. */
  private int at(int index) {
    return positions == null ? index : positions[index];
  }

  private Compiled compileAll() {
    @Nullable Condition[] conditions = new Condition[items.size()];
    Node[] nodes = new Node[items.size()];
    for (self = 0; self < items.size(); self++) {
      Item item = items.get(self);
      nodes[self] = Node.ALWAYS;
      String when = item.when();
      if (when == null) {
        continue;
      }
      origin = new Origin(definition, noun + " " + item.name());
      Condition condition;
      try {
        condition = Parser.parse(when, origin);
      } catch (ConditionException e) {
        errors.addAll(e.errors());
        continue;
      }
      conditions[self] = condition;
      Node node = condition(condition);
      if (node != null) {
        nodes[self] = node;
      }
    }
    if (!errors.isEmpty()) {
      throw new ConditionException(errors);
    }
    return new Compiled(conditions, nodes, read, List.copyOf(items));
  }

  /** Compiles a condition that must be true or false; null after reporting its errors. */
  private @Nullable Node condition(Condition condition) {
    if (condition instanceof Condition.Or) {
      Node[] operands = conditions(((Condition.Or) condition).operands());
      return operands == null ? null : new Node.Any(operands);
    }
    if (condition instanceof Condition.And) {
      Node[] operands = conditions(((Condition.And) condition).operands());
      return operands == null ? null : new Node.All(operands);
    }
    if (condition instanceof Condition.Not) {
      Node operand = condition(((Condition.Not) condition).operand());
      return operand == null ? null : new Node.Not(operand);
    }
    if (condition instanceof Condition.Comparison) {
      return comparison((Condition.Comparison) condition);
    }
    if (condition instanceof Condition.In) {
      return in((Condition.In) condition);
    }
    if (condition instanceof Condition.Contains) {
      return contains((Condition.Contains) condition);
    }
    if (condition instanceof Condition.Answered) {
      Integer index = resolve(((Condition.Answered) condition).reference());
      return index == null ? null : new Node.Answered(at(index));
    }
    if (condition instanceof Condition.BooleanLiteral) {
      return new Node.Constant(((Condition.BooleanLiteral) condition).value());
    }
    if (condition instanceof Condition.Reference) {
      Condition.Reference reference = (Condition.Reference) condition;
      Integer index = resolve(reference);
      if (index == null) {
        return null;
      }
      Item item = items.get(index);
      if (item.kind() == Kind.YES_NO) {
        return new Node.BooleanIs(at(index), true, false);
      }
      return error(reference.column(), "expected a condition, found " + describe(item));
    }
    return error(
        condition.column(), "expected a condition, found " + describe((Literal) condition));
  }

  private Node @Nullable [] conditions(List<Condition> operands) {
    Node[] nodes = new Node[operands.size()];
    boolean valid = true;
    for (int i = 0; i < nodes.length; i++) {
      Node node = condition(operands.get(i));
      valid &= node != null;
      nodes[i] = node;
    }
    return valid ? nodes : null;
  }

  private @Nullable Node comparison(Condition.Comparison comparison) {
    Operator operator = comparison.operator();
    Condition.Reference reference;
    Literal literal;
    if (comparison.left() instanceof Condition.Reference
        && comparison.right() instanceof Literal) {
      reference = (Condition.Reference) comparison.left();
      literal = (Literal) comparison.right();
    } else if (comparison.left() instanceof Literal
        && comparison.right() instanceof Condition.Reference) {
      reference = (Condition.Reference) comparison.right();
      literal = (Literal) comparison.left();
      operator = operator.mirrored();
    } else {
      return error(
          comparison.column(),
          "expected a "
              + noun
              + " on one side of '"
              + operator.symbol()
              + "' and a value on the other");
    }
    Integer index = resolve(reference);
    if (index == null) {
      return null;
    }
    Item item = items.get(index);
    boolean numeric = item.kind() == Kind.NUMBER || item.kind() == Kind.MEASURE;
    boolean equality = operator == Operator.EQ || operator == Operator.NE;
    if (item.kind() == Kind.MULTI_CHOICE) {
      return error(comparison.column(), notContains(item, operator.symbol()));
    }
    if (!equality && !numeric) {
      return error(comparison.column(), numbersOnly(operator) + ", " + describe(item));
    }
    Object value = value(item, literal);
    if (value == null) {
      return null;
    }
    boolean equal = operator == Operator.EQ;
    switch (item.kind()) {
      case NUMBER:
      case MEASURE:
        if (value != MISSED) {
          return new Node.NumberIs(at(index), operator, (Double) value);
        }
        if (!equality) {
          return error(comparison.column(), numbersOnly(operator) + ", found 'missed'");
        }
        return new Node.MissedIs(at(index), equal);
      case YES_NO:
      case CHECK:
        boolean expected = (Boolean) value;
        return new Node.BooleanIs(at(index), expected == equal, expected != equal);
      case DATE:
        return new Node.DateIs(at(index), (LocalDate) value, equal);
      default:
        String string = (String) value;
        return new Node.StringIs(at(index), string, item.options().indexOf(string), equal);
    }
  }

  private @Nullable Node in(Condition.In in) {
    if (!(in.operand() instanceof Condition.Reference)) {
      return error(in.column(), "expected a " + noun + " before 'in'");
    }
    Integer index = resolve((Condition.Reference) in.operand());
    if (index == null) {
      return null;
    }
    Item item = items.get(index);
    if (item.kind() == Kind.MULTI_CHOICE) {
      return error(in.column(), notContains(item, "in"));
    }
    List<Object> values = new ArrayList<>();
    boolean valid = true;
    for (Literal literal : in.values()) {
      Object value = value(item, literal);
      valid &= value != null;
      values.add(value);
    }
    if (!valid) {
      return null;
    }
    switch (item.kind()) {
      case NUMBER:
      case MEASURE:
        return new Node.NumberIn(
            at(index),
            values.stream()
                .filter(value -> value != MISSED)
                .mapToDouble(value -> (Double) value)
                .toArray(),
            values.contains(MISSED));
      case YES_NO:
      case CHECK:
        return new Node.BooleanIs(
            at(index), values.contains(Boolean.TRUE), values.contains(Boolean.FALSE));
      case DATE:
        return new Node.DateIn(at(index), values.toArray(new LocalDate[0]));
      default:
        boolean choice = item.kind() == Kind.SINGLE_CHOICE;
        long options = 0;
        for (Object value : values) {
          options |= choice ? 1L << item.options().indexOf(value) : 0;
        }
        return new Node.StringIn(at(index), values.toArray(new String[0]), choice, options);
    }
  }

  private @Nullable Node contains(Condition.Contains contains) {
    if (!(contains.operand() instanceof Condition.Reference)) {
      return error(contains.column(), "expected a " + noun + " before 'contains'");
    }
    Integer index = resolve((Condition.Reference) contains.operand());
    if (index == null) {
      return null;
    }
    Item item = items.get(index);
    if (item.kind() != Kind.MULTI_CHOICE) {
      return error(
          contains.column(),
          "'contains' applies to multi_choice questions only, " + describe(item));
    }
    Literal literal = contains.value();
    if (!(literal instanceof Condition.StringLiteral)) {
      return error(
          literal.column(),
          describe(item) + " contains option values, found " + describe(literal));
    }
    String option = ((Condition.StringLiteral) literal).value();
    if (!item.options().contains(option)) {
      return error(literal.column(), notAnOption(option, item));
    }
    return new Node.Contains(at(index), item.options().indexOf(option));
  }

  /**
   * Checks a literal compared with an item by {@code ==}, {@code !=} or {@code in}.
   *
   * @return a Double, {@link #MISSED}, a Boolean, a String or a LocalDate as the item's kind
   *     wants; null after reporting a mismatch
   */
  private @Nullable Object value(Item item, Literal literal) {
    switch (item.kind()) {
      case NUMBER:
        if (literal instanceof Condition.NumberLiteral) {
          return ((Condition.NumberLiteral) literal).value().doubleValue();
        }
        return mismatch(item, literal, "numbers");
      case MEASURE:
        if (literal instanceof Condition.NumberLiteral) {
          return ((Condition.NumberLiteral) literal).value().doubleValue();
        }
        if (isString(literal, MISSED_TEXT)) {
          return MISSED;
        }
        return mismatch(item, literal, "numbers or 'missed'");
      case YES_NO:
        if (literal instanceof Condition.BooleanLiteral) {
          return ((Condition.BooleanLiteral) literal).value();
        }
        return mismatch(item, literal, "true or false");
      case CHECK:
        if (isString(literal, "met") || isString(literal, "not_met")) {
          return isString(literal, "met");
        }
        return mismatch(item, literal, "'met' or 'not_met'");
      case TEXT:
        if (literal instanceof Condition.StringLiteral) {
          return ((Condition.StringLiteral) literal).value();
        }
        return mismatch(item, literal, "strings");
      case DATE:
        LocalDate date = date(literal);
        return date != null ? date : mismatch(item, literal, "dates written 'yyyy-mm-dd'");
      default:
        if (!(literal instanceof Condition.StringLiteral)) {
          return mismatch(item, literal, "its option values");
        }
        String option = ((Condition.StringLiteral) literal).value();
        if (!item.options().contains(option)) {
          return error(literal.column(), notAnOption(option, item));
        }
        return option;
    }
  }

  /**
   * A date literal, when its text is the ISO text of a date: a date answer then compares as its
   * ISO text does.
   */
  private static @Nullable LocalDate date(Literal literal) {
    if (!(literal instanceof Condition.StringLiteral)) {
      return null;
    }
    String text = ((Condition.StringLiteral) literal).value();
    try {
      LocalDate date = LocalDate.parse(text);
      return date.toString().equals(text) ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private @Nullable Integer resolve(Condition.Reference reference) {
    String name = reference.name();
    Integer index = indexes.get(name);
    if (index == null) {
      return error(reference.column(), "unknown " + noun + " '" + name + "'");
    }
    if (index == self) {
      return error(reference.column(), noun + " '" + name + "' is this " + noun + " itself");
    }
    if (index > self) {
      return error(reference.column(), noun + " '" + name + "' comes later");
    }
    read[index] = true;
    return index;
  }

  private <T> @Nullable T mismatch(Item item, Literal literal, String expected) {
    return error(
        literal.column(),
        describe(item) + " compares with " + expected + ", found " + describe(literal));
  }

  private <T> @Nullable T error(int column, String message) {
    errors.add(origin.error(column, message));
    return null;
  }

  private String notContains(Item item, String operator) {
    return describe(item) + " is tested with 'contains', not '" + operator + "'";
  }

  private String notAnOption(String option, Item item) {
    return "'" + Strings.abbreviate(option) + "' is not an option of " + noun + " '" + item.name()
        + "'";
  }

  private static String numbersOnly(Operator operator) {
    return "'" + operator.symbol() + "' applies to numbers only";
  }

  /** E.g. {@code question 'wait_minutes' (number)}. */
  private String describe(Item item) {
    return noun + " '" + item.name() + "' (" + item.type() + ")";
  }

  private static String describe(Literal literal) {
    if (literal instanceof Condition.NumberLiteral) {
      return "number " + Strings.abbreviate(literal.toString());
    }
    if (literal instanceof Condition.StringLiteral) {
      return "string " + Strings.abbreviate(literal.toString());
    }
    return literal.toString();
  }

  private static boolean isString(Literal literal, String value) {
    return literal instanceof Condition.StringLiteral
        && ((Condition.StringLiteral) literal).value().equals(value);
  }
}
