package io.github.indiko.forms;

import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A compiled {@code when} condition as the form shows it: a sentence for the citizen, and a small
 * JSON tree that the form's script evaluates (never {@code eval}). Conditions compiled by {@link
 * io.github.indiko.core.condition.QuestionnaireConditions} have a reference on one side of each
 * comparison and a literal on the other, and a bare reference only to a yes_no question.
 */
final class ConditionView {
  private final Prepared prepared;
  private final ConditionText text = new ConditionText(new Questions(), "cond.");

  ConditionView(Prepared prepared) {
    this.prepared = prepared;
  }

  private Question question(String name) {
    return prepared.questions.get(prepared.index(name));
  }

  // ------------------------------------------------------------------ JSON for the script

  /**
   * The model of the script: {@code {"questions": [{"id", "kind", "required", "when"}…]}} in
   * questionnaire order, {@code kind} one of {@code number}, {@code boolean}, {@code string}, {@code
   * multi}; {@code required} tells the script to set the controls' {@code required} when it shows
   * the question, as the server does when it renders one shown.
   * Safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are escaped.
   */
  String model() {
    StringBuilder out = new StringBuilder("{\"questions\":[");
    for (int i = 0; i < prepared.questions.size(); i++) {
      Question question = prepared.questions.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"id\":");
      string(question.id().value(), out);
      out.append(",\"kind\":\"").append(kind(question.type())).append('"');
      out.append(",\"required\":").append(question.required()).append(",\"when\":");
      Condition condition = prepared.conditions.condition(i).orElse(null);
      if (condition == null) {
        out.append("null");
      } else {
        node(condition, out);
      }
      out.append('}');
    }
    return out.append("]}").toString();
  }

  private static String kind(QuestionType type) {
    if (type instanceof QuestionType.Rating
        || type instanceof QuestionType.Nps
        || type instanceof QuestionType.Number) {
      return "number";
    }
    if (type instanceof QuestionType.YesNo) {
      return "boolean";
    }
    return type instanceof QuestionType.MultiChoice ? "multi" : "string";
  }

  private void node(Condition condition, StringBuilder out) {
    if (condition instanceof Condition.Or or) {
      operands("or", or.operands(), out);
    } else if (condition instanceof Condition.And and) {
      operands("and", and.operands(), out);
    } else if (condition instanceof Condition.Not not) {
      out.append("{\"t\":\"not\",\"c\":");
      node(not.operand(), out);
      out.append('}');
    } else if (condition instanceof Condition.Answered answered) {
      out.append("{\"t\":\"answered\",\"q\":");
      string(answered.reference().name(), out);
      out.append('}');
    } else if (condition instanceof Condition.Reference reference) {
      out.append("{\"t\":\"cmp\",\"q\":");
      string(reference.name(), out);
      out.append(",\"op\":\"==\",\"v\":true}");
    } else if (condition instanceof Condition.BooleanLiteral bool) {
      out.append("{\"t\":\"const\",\"v\":").append(bool.value()).append('}');
    } else if (condition instanceof Condition.Comparison comparison) {
      ConditionText.Normalized c = ConditionText.Normalized.of(comparison);
      out.append("{\"t\":\"cmp\",\"q\":");
      string(c.name(), out);
      out.append(",\"op\":\"").append(c.operator().symbol()).append("\",\"v\":");
      literal(c.value(), out);
      out.append('}');
    } else if (condition instanceof Condition.In in) {
      out.append("{\"t\":\"in\",\"q\":");
      string(((Condition.Reference) in.operand()).name(), out);
      out.append(",\"v\":[");
      for (int i = 0; i < in.values().size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        literal(in.values().get(i), out);
      }
      out.append("]}");
    } else if (condition instanceof Condition.Contains contains) {
      out.append("{\"t\":\"contains\",\"q\":");
      string(((Condition.Reference) contains.operand()).name(), out);
      out.append(",\"v\":");
      literal(contains.value(), out);
      out.append('}');
    } else {
      throw new IllegalStateException("not a compiled condition: " + condition);
    }
  }

  private void operands(String type, List<Condition> operands, StringBuilder out) {
    out.append("{\"t\":\"").append(type).append("\",\"c\":[");
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      node(operands.get(i), out);
    }
    out.append("]}");
  }

  private static void literal(Condition.Literal literal, StringBuilder out) {
    if (literal instanceof Condition.NumberLiteral number) {
      out.append(number.value().toPlainString());
    } else if (literal instanceof Condition.StringLiteral string) {
      string(string.value(), out);
    } else {
      out.append(((Condition.BooleanLiteral) literal).value());
    }
  }

  /**
   * A JSON string that may stand inside a {@code <script>} element: {@code "}, {@code \}, controls,
   * {@code < > &}, U+2028, U+2029 and unpaired surrogates as escapes.
   */
  static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20
          || c == '<'
          || c == '>'
          || c == '&'
          || c == '\u2028'
          || c == '\u2029'
          || Character.isSurrogate(c) && !paired(text, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  // ------------------------------------------------------------------ text for the citizen

  /** The condition as a sentence in the interface language, e.g. the answer to “…” is “Yes”. */
  String text(Condition condition, Messages m) {
    return text.text(condition, m);
  }

  /** The questions a sentence names: their labels, and a literal as the citizen reads it. */
  private final class Questions implements ConditionText.Items {
    @Override
    public String label(String name, Messages m) {
      return m.quote(m.label(question(name).label()).text());
    }

    /** An option's label, Yes or No, a number, a date. */
    @Override
    public String value(String name, Condition.Literal literal, Messages m) {
      Question question = question(name);
      if (literal instanceof Condition.BooleanLiteral bool) {
        return m.quote(m.msg(bool.value() ? "yes" : "no"));
      }
      if (literal instanceof Condition.NumberLiteral number) {
        return m.number(number.value().doubleValue());
      }
      String text = ((Condition.StringLiteral) literal).value();
      List<Option> options = List.of();
      if (question.type() instanceof QuestionType.SingleChoice single) {
        options = single.options();
      } else if (question.type() instanceof QuestionType.MultiChoice multi) {
        options = multi.options();
      } else if (question.type() instanceof QuestionType.Date) {
        return m.date(LocalDate.parse(text));
      }
      for (Option option : options) {
        if (option.value().equals(text)) {
          return m.quote(m.label(option.label()).text());
        }
      }
      return m.quote(text);
    }
  }
}
