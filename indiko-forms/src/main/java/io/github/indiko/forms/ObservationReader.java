package io.github.indiko.forms;

import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.format.Numbers;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads one criterion's fields of the auditors' form into its observation: a check's choice; a
 * measure's choice and number, in the measure's range by {@link
 * io.github.indiko.core.Quantity#refusal}, the rule the validator applies; a measure in days'
 * choice and two dates. Not thread-safe: one per submission.
 */
final class ObservationReader {
  /**
   * A criterion's fields as typed.
   *
   * @param observation the observation, even out of range (what later conditions see), or null
   *     when there is none or it is unreadable
   * @param error what is wrong, or null
   */
  record Typed(@Nullable Observation observation, @Nullable AuditError error) {}

  private final UnaryOperator<String> value;
  private final Messages m;

  /**
   * @param value a field's name to its first value, or the empty text
   * @param m the words of the errors
   */
  ObservationReader(UnaryOperator<String> value, Messages m) {
    this.value = value;
    this.m = m;
  }

  private String value(String name) {
    return value.apply(name);
  }

  private boolean filled(String name) {
    return !value(name).isEmpty();
  }

  /** The observation a criterion's fields give, or why they give none. */
  Typed read(Criterion criterion) {
    String id = criterion.id().value();
    String choice = value(id);
    if (criterion.type() instanceof CriterionType.Check) {
      return switch (choice) {
        case "" -> new Typed(null, null);
        case "met" -> new Typed(Observation.MET, null);
        case "not_met" -> new Typed(Observation.NOT_MET, null);
        case "na" -> new Typed(Observation.NOT_APPLICABLE, null);
        default -> notAnOption(criterion);
      };
    }
    CriterionType.Measure measure = (CriterionType.Measure) criterion.type();
    boolean days = AuditGrid.inDays(criterion);
    String given = days ? "dates" : "value";
    if (!choice.isEmpty() && !List.of(given, "missed", "na").contains(choice)) {
      return notAnOption(criterion);
    }
    boolean typedSomething =
        days ? filled(id + ":from") || filled(id + ":to") : filled(id + ":value");
    if (choice.equals("missed") || choice.equals("na")) {
      if (typedSomething) {
        String key = days ? "audit.error.conflicting.dates" : "error.conflicting";
        return failed(criterion, FieldError.Code.CONFLICTING, m.msg(key));
      }
      return new Typed(choice.equals("na") ? Observation.NOT_APPLICABLE : Observation.MISSED, null);
    }
    if (!typedSomething) {
      if (choice.isEmpty()) {
        return new Typed(null, null);
      }
      String key = days ? "audit.error.dates.required" : "audit.error.value.required";
      return failed(criterion, FieldError.Code.REQUIRED, m.msg(key));
    }
    return days ? dates(criterion) : number(criterion, measure);
  }

  private Typed failed(Criterion criterion, FieldError.Code code, String message) {
    return new Typed(null, error(criterion, code, message));
  }

  private Typed notAnOption(Criterion criterion) {
    return failed(criterion, FieldError.Code.NOT_AN_OPTION, m.error(FieldError.Code.NOT_AN_OPTION));
  }

  private static AuditError error(Criterion criterion, FieldError.Code code, String message) {
    return new AuditError(AuditError.Field.CRITERION, criterion.id(), code, message);
  }

  private Typed number(Criterion criterion, CriterionType.Measure measure) {
    BigDecimal exact = AnswerReader.decimal(value(criterion.id().value() + ":value"));
    if (exact == null) {
      return failed(criterion, FieldError.Code.NOT_A_NUMBER, m.error(FieldError.Code.NOT_A_NUMBER));
    }
    if (exact.abs().compareTo(BigDecimal.valueOf(Numbers.LIMIT)) > 0) {
      return failed(criterion, FieldError.Code.OUT_OF_RANGE, range(measure));
    }
    Observation.Measured typed = new Observation.Measured(exact.doubleValue());
    if (measure.integer() && !AnswerReader.isInteger(exact)) {
      FieldError.Code code = FieldError.Code.NOT_AN_INTEGER;
      return new Typed(typed, error(criterion, code, m.error(code)));
    }
    if (measure.refusal(typed.value()).isPresent()) {
      return new Typed(typed, error(criterion, FieldError.Code.OUT_OF_RANGE, range(measure)));
    }
    return new Typed(typed, null);
  }

  private String range(CriterionType.Measure measure) {
    return AnswerReader.range(m, measure.min(), measure.max());
  }

  private Typed dates(Criterion criterion) {
    String id = criterion.id().value();
    String fromText = value(id + ":from");
    String toText = value(id + ":to");
    if (fromText.isEmpty() || toText.isEmpty()) {
      return failed(criterion, FieldError.Code.REQUIRED, m.msg("audit.error.dates.required"));
    }
    LocalDate from = AnswerReader.date(fromText);
    LocalDate to = AnswerReader.date(toText);
    if (from == null || to == null) {
      return failed(criterion, FieldError.Code.NOT_A_DATE, m.error(FieldError.Code.NOT_A_DATE));
    }
    if (to.isBefore(from)) {
      FieldError.Code code = FieldError.Code.DATES_REVERSED;
      return failed(criterion, code, m.error(code));
    }
    // The validator counts the days for the structure (analysis.md §A6); the line carries only the
    // dates (AuditLines), so the value here is never read.
    return new Typed(new Observation.Measured(0, new DateSpan(from, to)), null);
  }
}
