package io.github.indiko.core.validation;

import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A measure in days observed as two dates, {@code {"from": "2017-09-12", "to": "2017-09-20"}}
 * (analysis.md §A6): exactly those two members, each a local date {@code YYYY-MM-DD}, {@code to}
 * not before {@code from}, {@code from} no earlier than 366 days before the collection's first day
 * and {@code to} no later than 366 days after its last; the days counted between them are then the
 * measure's value, checked against its range like a number. Stateless.
 */
final class DaySpans {
  /** How many days before or after the collection the dates may lie (analysis.md §A6). */
  static final int REACH = 366;

  private static final Set<String> MEMBERS = Set.of("from", "to");

  private DaySpans() {}

  /**
   * What reading two dates gave: the observation, or why they are refused.
   *
   * @param measured the measure's value and its dates, or null when refused
   * @param problem why the value is refused, without the criterion, or null when accepted
   */
  record Reading(Observation.@Nullable Measured measured, @Nullable String problem) {}

  /**
   * @param measure a measure whose unit is a day unit
   * @param unit that unit
   * @param value the observation's object
   * @param collection the edition's collection period
   * @param department the structure's department code, or null for the national holidays
   * @return the observation, or why the object is not one of this measure
   */
  static Reading read(
      CriterionType.Measure measure,
      DayUnit unit,
      ObjectValue value,
      DateRange collection,
      @Nullable String department) {
    if (!value.members().keySet().equals(MEMBERS)) {
      return refused(value.shown() + " is not two dates {\"from\": …, \"to\": …}");
    }
    LocalDate from = date(value, "from");
    if (from == null) {
      return refused("from " + value.members().get("from").shown() + " is not a date YYYY-MM-DD");
    }
    LocalDate to = date(value, "to");
    if (to == null) {
      return refused("to " + value.members().get("to").shown() + " is not a date YYYY-MM-DD");
    }
    if (to.isBefore(from)) {
      return refused("to " + to + " is before from " + from);
    }
    if (from.isBefore(collection.from().minusDays(REACH))) {
      return refused(
          "from "
              + from
              + " is more than "
              + REACH
              + " days before the collection's start "
              + collection.from());
    }
    if (to.isAfter(collection.to().plusDays(REACH))) {
      return refused(
          "to "
              + to
              + " is more than "
              + REACH
              + " days after the collection's end "
              + collection.to());
    }
    DateSpan span = new DateSpan(from, to);
    long days = unit.days(span, department);
    String refusal = measure.refusal(days).orElse(null);
    if (refusal != null) {
      String counted = unit == DayUnit.WORKING_DAY ? " working days: " : " calendar days: ";
      return refused(from + ".." + to + " is " + days + counted + refusal);
    }
    return new Reading(new Observation.Measured(days, span), null);
  }

  private static Reading refused(String problem) {
    return new Reading(null, problem);
  }

  private static @Nullable LocalDate date(ObjectValue value, String member) {
    return value.members().get(member) instanceof StringValue text
        ? Instants.date(text.value())
        : null;
  }
}
