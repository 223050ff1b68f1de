package io.github.indiko.forms;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.condition.Condition;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.internal.Markup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Renders one auditors' form for one state. Not thread-safe: one per rendering. */
final class AuditRenderer {
  /** The summary's anchors and the fields' error paragraphs are keyed by these. */
  private static final String PERFORMED = "ik:performed";

  private final AuditForm form;
  private final AuditState state;
  private final FormOptions options;
  private final Messages m;
  private final CriterionWords words;
  private final ConditionText conditions;
  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final AuditGrid.Shown[] shown;
  private final Map<String, List<String>> errors = new HashMap<>();

  AuditRenderer(AuditForm form, AuditState state, FormOptions options) {
    this.form = form;
    this.state = state;
    this.options = options;
    this.m = Messages.of(options.locale(), form.grid.grid.defaultLocale());
    this.words = new CriterionWords(form.grid, m);
    this.conditions = new ConditionText(words, "audit.cond.");
    this.shown = new AuditReader(form, m).shown(state.values());
    for (AuditError error : state.errors()) {
      String key = key(error);
      if (key != null) {
        errors.computeIfAbsent(key, k -> new ArrayList<>()).add(error.message());
      }
    }
  }

  String render() {
    out.append("<form method=\"post\" novalidate action=\"")
        .append(Markup.escape(options.action()))
        .append("\" accept-charset=\"UTF-8\" class=\"ik-form ik-audit\" lang=\"")
        .append(m.language())
        .append("\">\n");
    if (!state.errors().isEmpty()) {
      errorSummary();
    }
    if (options.csrf() != null) {
      options.csrf().appendHidden(out);
    }
    out.append("<h2 class=\"ik-title\">").append(label(form.grid.grid.title())).append("</h2>\n");
    if (form.structure != null) {
      out.append("<p class=\"ik-audited\">")
          .append(
              Markup.escape(m.msg("audit.audited", form.structure.name(), m.channel(form.channel))))
          .append("</p>\n");
    }
    out.append("<p class=\"ik-required-note\" id=\"ik:required\">")
        .append(Markup.escape(m.msg("audit.required")))
        .append("</p>\n");
    performedAt();
    criteria();
    comment();
    of();
    out.append("<div class=\"ik-actions\"><button type=\"submit\">")
        .append(Markup.escape(m.msg("audit.submit")))
        .append("</button></div>\n");
    return out.append("</form>\n").toString();
  }

  /** The key of an error's field: the anchor of its first control. */
  private static @Nullable String key(AuditError error) {
    return switch (error.field()) {
      case FORM -> null;
      case PERFORMED_AT -> PERFORMED;
      case CRITERION -> "ik-" + Objects.requireNonNull(error.criterion()).value();
      case COMMENT -> AuditForm.COMMENT;
      case OF -> AuditForm.OF;
    };
  }

  private void errorSummary() {
    out.append(
            "<div class=\"ik-error-summary\" id=\"ik:errors\" role=\"alert\" tabindex=\"-1\""
                + " aria-labelledby=\"ik:errors-title\" data-ik-errors>\n")
        .append("<h2 id=\"ik:errors-title\">")
        .append(Markup.escape(m.msg("audit.errors.title")))
        .append("</h2>\n<ul>\n");
    for (AuditError error : state.errors()) {
      out.append("<li>");
      String anchor = anchor(error);
      String name = fieldName(error);
      if (anchor == null || name == null) {
        out.append(Markup.escape(error.message()));
      } else {
        out.append("<a href=\"#")
            .append(Markup.escape(anchor))
            .append("\">")
            .append(Markup.escape(m.msg("errors.item", name, error.message())))
            .append("</a>");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</div>\n");
  }

  /** The id of the first control of an error's field, or null when it is not rendered. */
  private @Nullable String anchor(AuditError error) {
    return switch (error.field()) {
      case FORM -> null;
      case PERFORMED_AT -> AuditForm.DATE;
      case COMMENT -> AuditForm.COMMENT;
      case OF -> AuditForm.OF;
      case CRITERION -> {
        int i = form.grid.index(Objects.requireNonNull(error.criterion()).value());
        yield i >= 0 && isRendered(i) ? "ik-" + error.criterion().value() : null;
      }
    };
  }

  /** The words naming an error's field in the summary. */
  private @Nullable String fieldName(AuditError error) {
    return switch (error.field()) {
      case FORM -> null;
      case PERFORMED_AT -> m.msg("audit.performed");
      case COMMENT -> m.msg("audit.comment");
      case OF -> m.msg("audit.of");
      case CRITERION -> {
        int i = form.grid.index(Objects.requireNonNull(error.criterion()).value());
        yield i < 0 ? null : m.label(form.grid.criteria.get(i).label()).text();
      }
    };
  }

  /** Whether a criterion is rendered visible: always in the empty state, else unless hidden. */
  private boolean isRendered(int i) {
    return state.isEmpty() || shown[i] != AuditGrid.Shown.HIDDEN;
  }

  private void performedAt() {
    List<String> described = new ArrayList<>();
    StringBuilder extra = new StringBuilder();
    DateRange collection = form.grid.definitions.edition().collection();
    String hint =
        m.msg(
            "audit.performed.hint",
            m.date(collection.from()),
            m.date(collection.to()),
            form.grid.definitions.edition().timeZone().getId());
    FormRenderer.paragraph(extra, "ik-hint", PERFORMED + ":hint", Markup.escape(hint), described);
    boolean invalid = errorParagraph(extra, PERFORMED, described);
    out.append("<fieldset class=\"ik-question ik-performed\"")
        .append(describedBy(described))
        .append(">\n<legend class=\"ik-label\">")
        .append(Markup.escape(m.msg("audit.performed")))
        .append(" <span class=\"ik-required\">*</span></legend>\n")
        .append(extra)
        .append("<div class=\"ik-fields\">\n");
    String attributes = " required" + (invalid ? " aria-invalid=\"true\"" : "");
    String range = " min=\"" + collection.from() + "\" max=\"" + collection.to() + "\"";
    input("date", AuditForm.DATE, AuditForm.DATE, m.msg("audit.date"), attributes + range);
    input("time", AuditForm.TIME, AuditForm.TIME, m.msg("audit.time"), attributes);
    out.append("</div>\n</fieldset>\n");
  }

  /** The channel's criteria in grid order, each run of one theme in a section of its own. */
  private void criteria() {
    int[] indices = form.shownCriteria;
    int start = 0;
    while (start < indices.length) {
      Theme theme = form.grid.criteria.get(indices[start]).theme();
      int end = start;
      while (end < indices.length
          && Objects.equals(form.grid.criteria.get(indices[end]).theme(), theme)) {
        end++;
      }
      if (theme == null) {
        out.append("<div class=\"ik-section\">\n");
      } else {
        String headingId = "ik:t:" + start;
        out.append("<section class=\"ik-section\" aria-labelledby=\"")
            .append(headingId)
            .append("\">\n<h3 id=\"")
            .append(headingId)
            .append("\">")
            .append(Markup.escape(m.theme(theme)))
            .append("</h3>\n");
      }
      for (int n = start; n < end; n++) {
        criterion(indices[n]);
      }
      out.append(theme == null ? "</div>\n" : "</section>\n");
      start = end;
    }
  }

  private void criterion(int i) {
    Criterion criterion = form.grid.criteria.get(i);
    String id = criterion.id().value();
    String base = "ik-" + id;
    List<String> described = new ArrayList<>();
    StringBuilder extra = new StringBuilder();
    Condition condition = form.grid.conditions.condition(i).orElse(null);
    if (condition != null) {
      String note = m.msg("audit.note.when", conditions.text(condition, m));
      FormRenderer.paragraph(extra, "ik-note", base + ":note", Markup.escape(note), described);
    }
    List<String> hint = new ArrayList<>();
    boolean days = AuditGrid.inDays(criterion);
    if (criterion.type() instanceof CriterionType.Measure measure) {
      if (days) {
        boolean working = "working_day".equals(measure.unit());
        hint.add(m.msg(working ? "audit.days.working" : "audit.days.calendar"));
      }
      // A measure in days says how the days are counted rather than its unit's id.
      FormRenderer.quantityHint(m, measure, !days, hint);
      String hintHtml = Markup.escape(String.join(" ", hint));
      FormRenderer.paragraph(extra, "ik-hint", base + ":hint", hintHtml, described);
    }
    boolean invalid = errorParagraph(extra, base, described);
    boolean hidden = !isRendered(i);
    String kind = days ? "ik-days" : "ik-" + criterion.type().id();
    out.append("<fieldset class=\"ik-question ")
        .append(kind)
        .append("\" data-ik-q=\"")
        .append(Markup.escape(id))
        .append('"')
        .append(hidden ? " hidden disabled" : "")
        .append(describedBy(described))
        .append(">\n<legend class=\"ik-label\">")
        .append(label(criterion.label()))
        .append(" <span class=\"ik-required\">*</span></legend>\n")
        .append(extra)
        .append("<div class=\"ik-options\">\n");
    String invalidAttribute = invalid ? " aria-invalid=\"true\"" : "";
    List<CriterionWords.Choice> choices = words.choices(criterion);
    String chosen = state.value(id);
    for (int n = 0; n < choices.size(); n++) {
      CriterionWords.Choice choice = choices.get(n);
      String control = n == 0 ? base : base + ":" + choice.value();
      out.append("<div class=\"ik-option\"><input type=\"radio\" id=\"")
          .append(Markup.escape(control))
          .append("\" name=\"")
          .append(Markup.escape(id))
          .append("\" value=\"")
          .append(choice.value())
          .append('"')
          .append(chosen.equals(choice.value()) ? " checked" : "")
          .append(hidden ? "" : " required")
          .append(invalidAttribute)
          .append("><label for=\"")
          .append(Markup.escape(control))
          .append("\">")
          .append(Markup.escape(choice.label()))
          .append("</label></div>\n");
      if (n == 0 && criterion.type() instanceof CriterionType.Measure measure) {
        out.append("<div class=\"ik-option-detail\">\n");
        if (days) {
          String from = id + ":from";
          String to = id + ":to";
          input("date", "ik-" + from, from, m.msg("audit.days.from"), invalidAttribute);
          input("date", "ik-" + to, to, m.msg("audit.days.to"), invalidAttribute);
        } else {
          number(id, measure, invalidAttribute);
        }
        out.append("</div>\n");
      }
    }
    out.append("</div>\n</fieldset>\n");
  }

  private void number(String id, CriterionType.Measure measure, String invalidAttribute) {
    String name = id + ":value";
    String unit = measure.unit();
    String attributes =
        invalidAttribute
            + (measure.min() == null ? "" : " min=\"" + Numbers.format(measure.min()) + "\"")
            + (measure.max() == null ? "" : " max=\"" + Numbers.format(measure.max()) + "\"")
            + (measure.integer()
                ? " step=\"1\" inputmode=\"numeric\""
                : " step=\"any\" inputmode=\"decimal\"");
    String label =
        unit == null ? m.msg("audit.measure.number") : m.msg("audit.measure.number.unit", unit);
    input("number", "ik-" + name, name, label, attributes);
  }

  /** A labelled input, with its value from the state. */
  private void input(String type, String control, String name, String text, String attributes) {
    out.append("<div class=\"ik-field\"><label for=\"")
        .append(Markup.escape(control))
        .append("\">")
        .append(Markup.escape(text))
        .append("</label> <input type=\"")
        .append(type)
        .append("\" id=\"")
        .append(Markup.escape(control))
        .append("\" name=\"")
        .append(Markup.escape(name))
        .append("\" value=\"")
        .append(Markup.escape(state.value(name)))
        .append('"')
        .append(attributes)
        .append("></div>\n");
  }

  private void comment() {
    List<String> described = new ArrayList<>();
    StringBuilder extra = new StringBuilder();
    String name = AuditForm.COMMENT;
    String hint = Markup.escape(m.msg("audit.comment.hint"));
    FormRenderer.paragraph(extra, "ik-hint", name + ":hint", hint, described);
    boolean invalid = errorParagraph(extra, name, described);
    out.append("<div class=\"ik-question ik-comment\">\n<label class=\"ik-label\" for=\"")
        .append(name)
        .append("\">")
        .append(Markup.escape(m.msg("audit.comment")))
        .append("</label>\n")
        .append(extra)
        // The line feed after the start tag is dropped by HTML parsers, so a value's own first
        // line feed survives.
        .append("<textarea rows=\"5\" id=\"")
        .append(name)
        .append("\" name=\"")
        .append(name)
        .append('"')
        .append(invalid ? " aria-invalid=\"true\"" : "")
        .append(describedBy(described))
        .append(">\n")
        .append(Markup.escape(state.value(name)))
        .append("</textarea>\n</div>\n");
  }

  private void of() {
    List<String> described = new ArrayList<>();
    StringBuilder extra = new StringBuilder();
    String name = AuditForm.OF;
    String help = Markup.escape(m.msg("audit.of.help"));
    FormRenderer.paragraph(extra, "ik-help", name + ":help", help, described);
    boolean invalid = errorParagraph(extra, name, described);
    out.append("<div class=\"ik-question ik-of\">\n<label class=\"ik-label\" for=\"")
        .append(name)
        .append("\">")
        .append(Markup.escape(m.msg("audit.of")))
        .append("</label>\n")
        .append(extra)
        .append("<input type=\"text\" id=\"")
        .append(name)
        .append("\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(Markup.escape(state.value(name)))
        .append("\" maxlength=\"64\" autocomplete=\"off\" spellcheck=\"false\"")
        .append(invalid ? " aria-invalid=\"true\"" : "")
        .append(describedBy(described))
        .append(">\n</div>\n");
  }

  /**
   * Adds the paragraph of a field's errors, when it has some.
   *
   * @return whether the field is in error
   */
  private boolean errorParagraph(StringBuilder extra, String key, List<String> described) {
    List<String> messages = errors.getOrDefault(key, List.of());
    if (messages.isEmpty()) {
      return false;
    }
    StringBuilder text =
        new StringBuilder("<span class=\"ik-error-prefix\">")
            .append(Markup.escape(m.msg("error.prefix")))
            .append("</span>");
    messages.forEach(message -> text.append(' ').append(Markup.escape(message)));
    FormRenderer.paragraph(extra, "ik-error", key + ":error", text.toString(), described);
    return true;
  }

  private static String describedBy(List<String> described) {
    return described.isEmpty() ? "" : " aria-describedby=\"" + String.join(" ", described) + "\"";
  }

  /** A label from the grid as markup: escaped and isolated, with its language when another. */
  private String label(LocalizedText text) {
    return Markup.label(m.label(text), m.language());
  }
}
