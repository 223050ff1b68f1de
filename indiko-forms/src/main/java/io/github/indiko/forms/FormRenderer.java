package io.github.indiko.forms;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Quantity;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.internal.Markup;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.response.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Renders one form for one state. Not thread-safe: one per rendering. */
final class FormRenderer {
  private static final String SCRIPT = loadScript();

  /** A choice of a radio or checkbox group: its value and its label as markup. */
  private record Choice(String value, String labelHtml) {}

  private final Prepared prepared;
  private final ConditionView conditions;
  private final FormState state;
  private final FormOptions options;
  private final Messages m;
  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final boolean[] shown;
  private final Map<QuestionId, List<String>> errors = new HashMap<>();

  FormRenderer(
      Prepared prepared, ConditionView conditions, FormState state, FormOptions options) {
    this.prepared = prepared;
    this.conditions = conditions;
    this.state = state;
    this.options = options;
    this.m = Messages.of(options.locale(), prepared.questionnaire.defaultLocale());
    @Nullable Answer[] answers = new Answer[prepared.questions.size()];
    for (int i = 0; i < answers.length; i++) {
      Question question = prepared.questions.get(i);
      answers[i] = AnswerReader.read(question.type(), values(question)).typed();
    }
    this.shown = prepared.shown(answers);
    for (FieldError error : state.errors()) {
      if (error.question() != null) {
        errors.computeIfAbsent(error.question(), q -> new ArrayList<>()).add(error.message());
      }
    }
  }

  String render() {
    // novalidate: the server's error summary, linked to each field, replaces the browser's
    // bubbles, which screen readers announce poorly and which would keep the citizen from ever
    // seeing it; the controls keep required, min and max for their meaning.
    out.append("<form method=\"post\" novalidate action=\"")
        .append(Markup.escape(options.action()))
        .append("\" accept-charset=\"UTF-8\" class=\"ik-form\" lang=\"")
        .append(m.language())
        .append("\">\n");
    if (!state.errors().isEmpty()) {
      errorSummary();
    }
    if (options.csrf() != null) {
      options.csrf().appendHidden(out);
    }
    out.append("<h2 class=\"ik-title\">")
        .append(label(prepared.questionnaire.title()))
        .append("</h2>\n");
    if (prepared.questions.stream().anyMatch(Question::required)) {
      out.append("<p class=\"ik-required-note\" id=\"ik:required\">")
          .append(Markup.escape(m.msg("form.required")))
          .append("</p>\n");
    }
    for (Section section : prepared.questionnaire.sections()) {
      section(section);
    }
    out.append("<div class=\"ik-actions\"><button type=\"submit\">")
        .append(Markup.escape(m.msg("form.submit")))
        .append("</button></div>\n");
    if (options.scriptNonce() != null) {
      out.append("<script type=\"application/json\" id=\"ik:conditions\" data-ik-conditions>")
          .append(conditions.model())
          .append("</script>\n<script nonce=\"")
          .append(Markup.escape(options.scriptNonce()))
          .append("\">")
          .append(SCRIPT)
          .append("</script>\n");
    }
    return out.append("</form>\n").toString();
  }

  private void errorSummary() {
    out.append(
            "<div class=\"ik-error-summary\" id=\"ik:errors\" role=\"alert\" tabindex=\"-1\""
                + " aria-labelledby=\"ik:errors-title\" data-ik-errors>\n")
        .append("<h2 id=\"ik:errors-title\">")
        .append(Markup.escape(m.msg("errors.title")))
        .append("</h2>\n<ul>\n");
    for (FieldError error : state.errors()) {
      out.append("<li>");
      QuestionId id = error.question();
      int i = id == null ? -1 : prepared.index(id.value());
      if (i >= 0 && isRendered(i)) {
        Question question = prepared.questions.get(i);
        out.append("<a href=\"#")
            .append(Markup.escape(controlId(question)))
            .append("\">")
            .append(
                Markup.escape(
                    m.msg("errors.item", m.label(question.label()).text(), error.message())))
            .append("</a>");
      } else {
        out.append(Markup.escape(error.message()));
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</div>\n");
  }

  private void section(Section section) {
    LocalizedText title = section.title();
    if (title == null) {
      out.append("<div class=\"ik-section\">\n");
    } else {
      String headingId = "ik:s:" + section.id();
      out.append("<section class=\"ik-section\" aria-labelledby=\"")
          .append(headingId)
          .append("\">\n<h3 id=\"")
          .append(headingId)
          .append("\">")
          .append(label(title))
          .append("</h3>\n");
    }
    for (Question question : section.questions()) {
      question(prepared.index(question.id().value()));
    }
    out.append(title == null ? "</div>\n" : "</section>\n");
  }

  /** Whether the question is rendered visible: always in the empty state, else when shown. */
  private boolean isRendered(int i) {
    return state.isEmpty() || shown[i];
  }

  private List<String> values(Question question) {
    return state.values().getOrDefault(question.id().value(), List.of());
  }

  private void question(int i) {
    Question question = prepared.questions.get(i);
    String id = question.id().value();
    String base = controlId(question);
    List<String> described = new ArrayList<>();
    StringBuilder extra = new StringBuilder();
    if (question.help() != null) {
      paragraph(extra, "ik-help", base + ":help", label(question.help()), described);
    }
    Condition condition = prepared.conditions.condition(i).orElse(null);
    if (condition != null) {
      String note = m.msg("note.when", conditions.text(condition, m));
      paragraph(extra, "ik-note", base + ":note", Markup.escape(note), described);
    }
    String hint = hint(question.type());
    if (!hint.isEmpty()) {
      paragraph(extra, "ik-hint", base + ":hint", Markup.escape(hint), described);
    }
    List<String> messages = errors.getOrDefault(question.id(), List.of());
    boolean invalid = !messages.isEmpty();
    if (invalid) {
      StringBuilder text = new StringBuilder("<span class=\"ik-error-prefix\">")
          .append(Markup.escape(m.msg("error.prefix")))
          .append("</span>");
      messages.forEach(message -> text.append(' ').append(Markup.escape(message)));
      paragraph(extra, "ik-error", base + ":error", text.toString(), described);
    }
    boolean hidden = !isRendered(i);
    boolean required = question.required() && shown[i];
    String marker = question.required() ? " <span class=\"ik-required\">*</span>" : "";
    String describedBy =
        described.isEmpty() ? "" : " aria-describedby=\"" + String.join(" ", described) + "\"";
    String typeClass = "ik-question ik-" + question.type().id().replace('_', '-');
    List<Choice> choices = choices(question.type());
    if (choices != null) {
      boolean multi = question.type() instanceof QuestionType.MultiChoice;
      out.append("<fieldset class=\"")
          .append(typeClass)
          .append("\" data-ik-q=\"")
          .append(Markup.escape(id))
          .append('"')
          .append(hidden ? " hidden disabled" : "")
          .append(describedBy)
          .append(">\n<legend class=\"ik-label\">")
          .append(label(question.label()))
          .append(marker)
          .append("</legend>\n")
          .append(extra)
          .append("<div class=\"ik-options\">\n");
      List<String> given = values(question);
      for (int n = 0; n < choices.size(); n++) {
        Choice choice = choices.get(n);
        String control = n == 0 ? base : base + ":" + (n + 1);
        boolean checked = multi ? given.contains(choice.value()) : given.size() > 0 && given.get(0).equals(choice.value());
        out.append("<div class=\"ik-option\"><input type=\"")
            .append(multi ? "checkbox" : "radio")
            .append("\" id=\"")
            .append(Markup.escape(control))
            .append("\" name=\"")
            .append(Markup.escape(id))
            .append("\" value=\"")
            .append(Markup.escape(choice.value()))
            .append('"')
            .append(checked ? " checked" : "")
            .append(required && !multi ? " required" : "")
            .append(invalid ? " aria-invalid=\"true\"" : "")
            .append("><label for=\"")
            .append(Markup.escape(control))
            .append("\">")
            .append(choice.labelHtml())
            .append("</label></div>\n");
      }
      out.append("</div>\n</fieldset>\n");
      return;
    }
    out.append("<div class=\"")
        .append(typeClass)
        .append("\" data-ik-q=\"")
        .append(Markup.escape(id))
        .append('"')
        .append(hidden ? " hidden" : "")
        .append(">\n<label class=\"ik-label\" for=\"")
        .append(Markup.escape(base))
        .append("\">")
        .append(label(question.label()))
        .append(marker)
        .append("</label>\n")
        .append(extra);
    String value = values(question).isEmpty() ? "" : values(question).get(0);
    String common =
        " id=\""
            + Markup.escape(base)
            + "\" name=\""
            + Markup.escape(id)
            + "\""
            + (required ? " required" : "")
            + (invalid ? " aria-invalid=\"true\"" : "")
            + describedBy
            + (hidden ? " disabled" : "");
    QuestionType type = question.type();
    if (type instanceof QuestionType.Text text) {
      // The line feed after the start tag is dropped by HTML parsers, so a value's own first line
      // feed survives.
      out.append("<textarea rows=\"5\" maxlength=\"")
          .append(text.maxLength())
          .append('"')
          .append(common)
          .append(">\n")
          .append(Markup.escape(value))
          .append("</textarea>\n");
    } else if (type instanceof QuestionType.Number number) {
      out.append("<input type=\"number\"")
          .append(common)
          .append(" value=\"")
          .append(Markup.escape(value))
          .append('"')
          .append(number.min() == null ? "" : " min=\"" + Numbers.format(number.min()) + "\"")
          .append(number.max() == null ? "" : " max=\"" + Numbers.format(number.max()) + "\"")
          .append(number.integer() ? " step=\"1\" inputmode=\"numeric\"" : " step=\"any\" inputmode=\"decimal\"")
          .append(">");
      if (number.unit() != null) {
        out.append(" <span class=\"ik-unit\">").append(Markup.escape(number.unit())).append("</span>");
      }
      out.append('\n');
    } else {
      QuestionType.Date date = (QuestionType.Date) type;
      out.append("<input type=\"date\"")
          .append(common)
          .append(" value=\"")
          .append(Markup.escape(value))
          .append('"')
          .append(date.min() == null ? "" : " min=\"" + date.min() + "\"")
          .append(date.max() == null ? "" : " max=\"" + date.max() + "\"")
          .append(">\n");
    }
    out.append("</div>\n");
  }

  /** The id of a question's control, or of the first control of its group: what links point at. */
  private static String controlId(Question question) {
    return "ik-" + question.id().value();
  }

  /**
   * Adds a paragraph of help, hint, note or error, and its id to those that describe a control.
   */
  static void paragraph(
      StringBuilder extra, String cssClass, String id, String html, List<String> described) {
    extra.append("<p class=\"")
        .append(cssClass)
        .append("\" id=\"")
        .append(Markup.escape(id))
        .append("\">")
        .append(html)
        .append("</p>\n");
    described.add(Markup.escape(id));
  }

  /** The choices of a group, or null for a question with one control. */
  private @Nullable List<Choice> choices(QuestionType type) {
    List<Choice> choices = new ArrayList<>();
    if (type instanceof QuestionType.Rating rating) {
      for (int point = rating.scale().min(); point <= rating.scale().max(); point++) {
        LocalizedText text = rating.labels().get(point);
        String number = Markup.escape(m.number(point));
        choices.add(
            new Choice(
                Integer.toString(point),
                text == null ? number : number + " <span class=\"ik-scale-label\">– " + label(text) + "</span>"));
      }
    } else if (type instanceof QuestionType.Nps) {
      for (int point = 0; point <= 10; point++) {
        choices.add(new Choice(Integer.toString(point), Integer.toString(point)));
      }
    } else if (type instanceof QuestionType.YesNo) {
      choices.add(new Choice("true", Markup.escape(m.msg("yes"))));
      choices.add(new Choice("false", Markup.escape(m.msg("no"))));
    } else if (type instanceof QuestionType.SingleChoice single) {
      single.options().forEach(option -> choices.add(choice(option)));
    } else if (type instanceof QuestionType.MultiChoice multi) {
      multi.options().forEach(option -> choices.add(choice(option)));
    } else {
      return null;
    }
    return choices;
  }

  private Choice choice(Option option) {
    return new Choice(option.value(), label(option.label()));
  }

  private String hint(QuestionType type) {
    List<String> parts = new ArrayList<>();
    if (type instanceof QuestionType.Nps) {
      parts.add(m.msg("hint.nps"));
    } else if (type instanceof QuestionType.MultiChoice multi) {
      Integer min = multi.minSelected();
      Integer max = multi.maxSelected();
      if (min != null && min > 0 && max != null) {
        parts.add(m.msg("hint.multi.between", min, max));
      } else if (min != null && min > 0) {
        parts.add(m.msg("hint.multi.min", min));
      } else if (max != null) {
        parts.add(m.msg("hint.multi.max", max));
      } else {
        parts.add(m.msg("hint.multi"));
      }
    } else if (type instanceof QuestionType.Number number) {
      quantityHint(m, number, true, parts);
    } else if (type instanceof QuestionType.Text text) {
      parts.add(m.msg("hint.text", text.maxLength()));
    } else if (type instanceof QuestionType.Date date) {
      parts.add(m.msg("hint.date"));
      if (date.min() != null && date.max() != null) {
        parts.add(m.msg("hint.date.between", m.date(date.min()), m.date(date.max())));
      } else if (date.min() != null) {
        parts.add(m.msg("hint.date.min", m.date(date.min())));
      } else if (date.max() != null) {
        parts.add(m.msg("hint.date.max", m.date(date.max())));
      }
    }
    return String.join(" ", parts);
  }

  /**
   * Adds the hint of a number question or a measure: whole number, range, unit.
   *
   * @param unit whether to name the unit
   * @param parts the sentences of the hint, added to
   */
  static void quantityHint(Messages m, Quantity quantity, boolean unit, List<String> parts) {
    if (quantity.integer()) {
      parts.add(m.msg("hint.integer"));
    }
    if (quantity.min() != null && quantity.max() != null) {
      parts.add(m.msg("hint.between", m.number(quantity.min()), m.number(quantity.max())));
    } else if (quantity.min() != null) {
      parts.add(m.msg("hint.min", m.number(quantity.min())));
    } else if (quantity.max() != null) {
      parts.add(m.msg("hint.max", m.number(quantity.max())));
    }
    if (unit && quantity.unit() != null) {
      parts.add(m.msg("hint.unit", quantity.unit()));
    }
  }

  /** A label as markup: escaped, with its language when it is not the form's. */
  private String label(LocalizedText text) {
    LocalizedText.Choice label = m.label(text);
    if (label.isIn(m.language())) {
      return Markup.escape(label.text());
    }
    return "<span lang=\"" + Markup.escape(label.tag()) + "\">" + Markup.escape(label.text()) + "</span>";
  }

  private static String loadScript() {
    try (InputStream in = FormRenderer.class.getResourceAsStream("form.js")) {
      if (in == null) {
        throw new IllegalStateException("missing resource form.js");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
