package io.github.indiko.forms;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.internal.Strings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one audit submission into an {@link AuditRecord}, or the errors of what the
 * browser sent: the syntax of each field, a measure's range and integer flag ({@link
 * io.github.indiko.core.Quantity#refusal}, the rule the validator applies), and the grid's
 * conditions ({@link AuditGrid#shown}). Everything else is the edition's validator's. Not
 * thread-safe: one per submission.
 */
final class AuditReader {
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

  /**
   * What the fields gave.
   *
   * @param record the record to validate, or null when {@code errors} is not empty
   * @param errors the errors, form-level ones first, then in the order of the form
   * @param values the values to render again
   */
  record Result(
      @Nullable AuditRecord record, List<AuditError> errors, Map<String, List<String>> values) {}

  private final AuditForm form;
  private final Messages m;
  private final ObservationReader observations;
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<AuditError> formErrors = new ArrayList<>();
  private final Map<AuditError.Field, AuditError> fieldErrors = new LinkedHashMap<>();
  private final @Nullable AuditError[] criterionErrors;

  AuditReader(AuditForm form, Messages m) {
    this.form = form;
    this.m = m;
    this.observations = new ObservationReader(this::value, m);
    this.criterionErrors = new AuditError[form.grid.criteria.size()];
  }

  /**
   * The criteria the values of a state show, as the reading of a submission finds them: what the
   * form renders hidden after a submission.
   *
   * @param given the values of a state
   */
  AuditGrid.Shown[] shown(Map<String, List<String>> given) {
    values.putAll(given);
    @Nullable Observation[] typed = new Observation[form.grid.criteria.size()];
    for (int i : form.shownCriteria) {
      typed[i] = observations.read(form.grid.criteria.get(i)).observation();
    }
    return form.grid.shown(typed, form.department());
  }

  /**
   * @param body the fields as read
   * @param context what the host knows of the submission
   */
  Result read(FormBody.Result body, AuditContext context) {
    Set<String> unknown = new LinkedHashSet<>();
    for (FormBody.Field field : body.fields()) {
      if (field.name().equals(context.csrfFieldName())) {
        continue;
      }
      if (owner(field.name()) == null) {
        unknown.add(field.name());
        continue;
      }
      List<String> list = values.computeIfAbsent(field.name(), name -> new ArrayList<>());
      list.add(field.value());
      if (list.size() == 2) {
        error(field.name(), FieldError.Code.REPEATED, m.msg("audit.error.repeated"));
      }
    }
    FieldError.Code stop = body.error();
    if (stop != null) {
      String name = body.errorField();
      if (name != null && owner(name) != null) {
        error(name, stop, m.error(stop));
        values.remove(name);
      } else {
        formErrors.add(new AuditError(AuditError.Field.FORM, null, stop, m.error(stop)));
      }
    }
    unknown.forEach(
        name ->
            formErrors.add(
                new AuditError(
                    AuditError.Field.FORM,
                    null,
                    FieldError.Code.UNKNOWN_FIELD,
                    m.error(FieldError.Code.UNKNOWN_FIELD, m.quote(Strings.abbreviate(name))))));
    OffsetDateTime performedAt = performedAt();
    Map<CriterionId, Observation> observations = observations();
    String comment = value(AuditForm.COMMENT).replace("\r\n", "\n").replace('\r', '\n');
    AuditId of = of();
    List<AuditError> errors = errors();
    if (!errors.isEmpty() || performedAt == null) {
      return new Result(null, errors, values);
    }
    AuditRecord record =
        new AuditRecord(
            context.id(),
            form.grid.grid.ref(),
            context.structure(),
            context.channel(),
            context.auditor(),
            performedAt,
            observations,
            comment.isEmpty() ? null : comment,
            of);
    return new Result(record, errors, values);
  }

  /**
   * @return the part of the form a field name belongs to: one of the form's own fields, or the id
   *     of a criterion of the channel whose field it is; null for an unknown field
   */
  private @Nullable String owner(String name) {
    if (AuditForm.OWN_FIELDS.contains(name)) {
      return name;
    }
    int colon = name.indexOf(':');
    String id = colon < 0 ? name : name.substring(0, colon);
    int i = form.grid.index(id);
    if (i < 0 || !form.grid.criteria.get(i).channel().equals(form.channel)) {
      return null;
    }
    if (colon < 0) {
      return id;
    }
    Criterion criterion = form.grid.criteria.get(i);
    String part = name.substring(colon + 1);
    boolean fits =
        AuditGrid.inDays(criterion)
            ? part.equals("from") || part.equals("to")
            : criterion.type() instanceof CriterionType.Measure && part.equals("value");
    return fits ? id : null;
  }

  private String value(String name) {
    List<String> list = values.getOrDefault(name, List.of());
    return list.isEmpty() ? "" : list.get(0);
  }

  /** Records the first error of the part of the form a known field belongs to. */
  private void error(String name, FieldError.Code code, String message) {
    String owner = owner(name);
    if (owner == null) {
      return;
    }
    switch (owner) {
      case AuditForm.DATE, AuditForm.TIME ->
          fieldError(AuditError.Field.PERFORMED_AT, code, message);
      case AuditForm.COMMENT -> fieldError(AuditError.Field.COMMENT, code, message);
      case AuditForm.OF -> fieldError(AuditError.Field.OF, code, message);
      default -> criterionError(form.grid.index(owner), code, message);
    }
  }

  private void fieldError(AuditError.Field field, FieldError.Code code, String message) {
    fieldErrors.putIfAbsent(field, new AuditError(field, null, code, message));
  }

  private void criterionError(int i, FieldError.Code code, String message) {
    if (criterionErrors[i] == null) {
      criterionErrors[i] =
          new AuditError(AuditError.Field.CRITERION, form.grid.criteria.get(i).id(), code, message);
    }
  }

  private List<AuditError> errors() {
    List<AuditError> errors = new ArrayList<>(formErrors);
    if (fieldErrors.containsKey(AuditError.Field.PERFORMED_AT)) {
      errors.add(fieldErrors.get(AuditError.Field.PERFORMED_AT));
    }
    for (int i : form.shownCriteria) {
      if (criterionErrors[i] != null) {
        errors.add(criterionErrors[i]);
      }
    }
    for (AuditError.Field field : List.of(AuditError.Field.COMMENT, AuditError.Field.OF)) {
      if (fieldErrors.containsKey(field)) {
        errors.add(fieldErrors.get(field));
      }
    }
    return errors;
  }

  /** The visit's date and time, read in the edition's time zone; null when missing or wrong. */
  private @Nullable OffsetDateTime performedAt() {
    if (fieldErrors.containsKey(AuditError.Field.PERFORMED_AT)) {
      return null;
    }
    String dateText = value(AuditForm.DATE);
    String timeText = value(AuditForm.TIME);
    if (dateText.isEmpty() || timeText.isEmpty()) {
      fieldError(
          AuditError.Field.PERFORMED_AT,
          FieldError.Code.REQUIRED,
          m.msg("audit.error.performed.required"));
      return null;
    }
    LocalDate date = AnswerReader.date(dateText);
    LocalTime time = time(timeText);
    if (date == null || time == null) {
      String message = m.msg("audit.error.performed");
      fieldError(AuditError.Field.PERFORMED_AT, FieldError.Code.NOT_A_DATE, message);
      return null;
    }
    // A time in a daylight-saving gap moves forward by the gap; one in the overlap takes the
    // earlier offset (ZonedDateTime.of): the visit's instant is then that of the local time read.
    ZoneId zone = form.grid.definitions.edition().timeZone();
    return ZonedDateTime.of(LocalDateTime.of(date, time), zone).toOffsetDateTime();
  }

  private static @Nullable LocalTime time(String text) {
    if (!TIME.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private @Nullable AuditId of() {
    String text = value(AuditForm.OF);
    if (text.isEmpty() || fieldErrors.containsKey(AuditError.Field.OF)) {
      return null;
    }
    try {
      return new AuditId(text);
    } catch (IllegalArgumentException e) {
      FieldError.Code code = FieldError.Code.NOT_AN_IDENTIFIER;
      fieldError(AuditError.Field.OF, code, m.error(code));
      return null;
    }
  }

  /**
   * Types every criterion of the channel, then drops the observations of the criteria the grid's
   * conditions hide (an error when one was given) and asks for those shown and not observed.
   */
  private Map<CriterionId, Observation> observations() {
    List<Criterion> criteria = form.grid.criteria;
    @Nullable Observation[] typed = new Observation[criteria.size()];
    @Nullable Observation[] valid = new Observation[criteria.size()];
    for (int i : form.shownCriteria) {
      if (criterionErrors[i] != null) {
        continue;
      }
      ObservationReader.Typed read = observations.read(criteria.get(i));
      typed[i] = read.observation();
      if (read.error() == null) {
        valid[i] = read.observation();
      } else {
        criterionErrors[i] = read.error();
      }
    }
    AuditGrid.Shown[] shown = form.grid.shown(typed, form.department());
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    for (int i : form.shownCriteria) {
      Criterion criterion = criteria.get(i);
      String id = criterion.id().value();
      if (shown[i] == AuditGrid.Shown.HIDDEN) {
        if (given(id)) {
          criterionErrors[i] = null;
          FieldError.Code code = FieldError.Code.OBSERVED_HIDDEN;
          criterionError(i, code, m.error(code));
        }
        values.keySet().removeIf(name -> name.equals(id) || name.startsWith(id + ":"));
      } else if (valid[i] != null) {
        observations.put(criterion.id(), valid[i]);
      } else if (shown[i] == AuditGrid.Shown.SHOWN && criterionErrors[i] == null) {
        criterionError(i, FieldError.Code.REQUIRED, m.msg("audit.error.required"));
      }
    }
    return observations;
  }

  /** Whether any field of the criterion holds a value. */
  private boolean given(String id) {
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      String name = entry.getKey();
      if ((name.equals(id) || name.startsWith(id + ":"))
          && entry.getValue().stream().anyMatch(v -> !v.isEmpty())) {
        return true;
      }
    }
    return false;
  }

}
