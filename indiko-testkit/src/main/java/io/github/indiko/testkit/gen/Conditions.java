package io.github.indiko.testkit.gen;

import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.testkit.property.RandomSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Valid {@code when} conditions (conditions.md): references to earlier items only, each compared
 * as its type allows, combined with {@code and}, {@code or} and {@code not} to a small depth.
 */
final class Conditions {
  /** What a condition may name: conditions.md's identifier, not a keyword. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  static final Set<String> KEYWORDS =
      Set.of("not", "and", "or", "in", "contains", "answered", "true", "false");

  private static final List<String> ORDERS = List.of("==", "!=", "<", "<=", ">", ">=");
  private static final List<String> EQUALITIES = List.of("==", "!=");

  private Conditions() {}

  /**
   * @return whether a condition may reference an item of that id
   */
  static boolean nameable(String id) {
    return NAME.matcher(id).matches() && !KEYWORDS.contains(id);
  }

  /**
   * @return a condition on {@code earlier} questions, or null when none can be named or the draw
   *     says so
   */
  static @Nullable String question(RandomSource source, List<Question> earlier) {
    List<Question> named = new ArrayList<>();
    for (Question question : earlier) {
      if (nameable(question.id().value())) {
        named.add(question);
      }
    }
    if (named.isEmpty() || !Draws.coin(source)) {
      return null;
    }
    return expression(source, 0, s -> questionAtom(s, Draws.pick(s, named)));
  }

  /**
   * @return a condition on {@code earlier} criteria, or null when none can be named or the draw
   *     says so
   */
  static @Nullable String criterion(RandomSource source, List<Criterion> earlier) {
    List<Criterion> named = new ArrayList<>();
    for (Criterion criterion : earlier) {
      if (nameable(criterion.id().value())) {
        named.add(criterion);
      }
    }
    if (named.isEmpty() || !Draws.coin(source)) {
      return null;
    }
    return expression(source, 0, s -> criterionAtom(s, Draws.pick(s, named)));
  }

  /** At most three atoms: short enough for the 1 000-character limit with 64-character names. */
  private static String expression(
      RandomSource source, int depth, Function<RandomSource, String> atom) {
    long kind = depth >= 1 ? 0 : source.next(3);
    if (kind == 0) {
      return atom.apply(source);
    }
    if (kind == 1) {
      return "not (" + expression(source, depth + 1, atom) + ")";
    }
    String operator = kind == 2 ? " and " : " or ";
    return "("
        + expression(source, depth + 1, atom)
        + ")"
        + operator
        + "("
        + expression(source, depth + 1, atom)
        + ")";
  }

  private static String questionAtom(RandomSource source, Question question) {
    String name = question.id().value();
    if (Draws.oneIn(source, 5)) {
      return "answered(" + name + ")";
    }
    QuestionType type = question.type();
    if (type instanceof QuestionType.Rating rating) {
      return numeric(
          source, name, Draws.between(source, rating.scale().min() - 1, rating.scale().max() + 1));
    }
    if (type instanceof QuestionType.Nps) {
      return numeric(source, name, Draws.between(source, 0, 10));
    }
    if (type instanceof QuestionType.Number) {
      return numeric(source, name, DomainGen.number(source, -100, 100));
    }
    if (type instanceof QuestionType.YesNo) {
      return switch ((int) source.next(2)) {
        case 0 -> name;
        case 1 -> name + " == " + Draws.coin(source);
        default -> name + " != " + Draws.coin(source);
      };
    }
    if (type instanceof QuestionType.SingleChoice choice) {
      return strings(source, name, s -> optionValue(s, choice.options()));
    }
    if (type instanceof QuestionType.MultiChoice choices) {
      return name + " contains " + quoted(optionValue(source, choices.options()));
    }
    if (type instanceof QuestionType.Text) {
      return strings(source, name, s -> DomainGen.text(s, 6));
    }
    return strings(source, name, s -> DomainGen.date(s).toString());
  }

  private static String criterionAtom(RandomSource source, Criterion criterion) {
    String name = criterion.id().value();
    if (Draws.oneIn(source, 5)) {
      return "answered(" + name + ")";
    }
    if (criterion.type() instanceof CriterionType.Check) {
      return switch ((int) source.next(2)) {
        case 0 -> name + " == " + quoted(Draws.coin(source) ? "met" : "not_met");
        case 1 -> name + " != " + quoted(Draws.coin(source) ? "met" : "not_met");
        default -> name + " in ['met', 'not_met']";
      };
    }
    return switch ((int) source.next(2)) {
      case 0 -> numeric(source, name, DomainGen.number(source, 0, 100));
      case 1 -> name + " " + Draws.pick(source, EQUALITIES) + " 'missed'";
      default -> name + " in [" + plain(DomainGen.number(source, 0, 100)) + ", 'missed']";
    };
  }

  private static String numeric(RandomSource source, String name, double literal) {
    if (Draws.oneIn(source, 4)) {
      return name + " in [" + plain(literal) + ", " + plain(literal + 1) + "]";
    }
    return name + " " + Draws.pick(source, ORDERS) + " " + plain(literal);
  }

  private static String strings(
      RandomSource source, String name, Function<RandomSource, String> literal) {
    if (Draws.oneIn(source, 4)) {
      return name
          + " in ["
          + quoted(literal.apply(source))
          + ", "
          + quoted(literal.apply(source))
          + "]";
    }
    return name + " " + Draws.pick(source, EQUALITIES) + " " + quoted(literal.apply(source));
  }

  private static String optionValue(RandomSource source, List<Option> options) {
    return Draws.pick(source, options).value();
  }

  /** A number literal of conditions.md: {@code -?[0-9]+(\.[0-9]+)?}. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A string literal of conditions.md, with {@code \'} and {@code \\} its only escapes. */
  static String quoted(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
