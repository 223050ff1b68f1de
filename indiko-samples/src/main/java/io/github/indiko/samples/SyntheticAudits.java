package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.calendar.WorkingDays;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.Territory;
import io.github.indiko.testkit.gen.Draws;
import io.github.indiko.testkit.property.RandomSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SyntheticEdition}'s audits add to plain observations: a measure in days observed as
 * the two dates an auditor notes (analysis.md §A6), and calibration doubles (analysis.md §A5), a
 * second audit of the same interaction by another auditor shortly after, which mostly agrees with
 * the first.
 */
final class SyntheticAudits {
  /** How many auditors the generator names: {@code auditor-1} to {@code auditor-8}. */
  static final int AUDITORS = 8;

  private static final String AUDITOR = "auditor-";

  private final EditionDefinitions definitions;
  private final GridConditions conditions;
  private final Map<StructureId, @Nullable String> departments = new HashMap<>();

  SyntheticAudits(EditionDefinitions definitions) {
    this.definitions = definitions;
    this.conditions = GridConditions.compile(definitions.grid());
    for (Structure structure : definitions.structures()) {
      Territory territory = structure.territory();
      departments.put(structure.id(), territory == null ? null : territory.department());
    }
  }

  /**
   * @param auditor the number of an auditor, from 1 to {@link #AUDITORS}
   * @return its name
   */
  static String auditor(long auditor) {
    return AUDITOR + auditor;
  }

  /**
   * @param measure a measure
   * @param value its value
   * @param structure the structure audited
   * @param at when the audit was performed
   * @return the value, observed as its dates ({@link #dated}) when the measure counts days
   */
  Observation measured(
      CriterionType.Measure measure, double value, StructureId structure, OffsetDateTime at) {
    return DayUnit.fromUnit(measure.unit())
        .<Observation>map(unit -> dated(unit, Math.round(value), structure, at))
        .orElseGet(() -> new Observation.Measured(value));
  }

  /**
   * A measure in days observed as its dates: the letter answered on the day of the audit in the
   * edition's time zone, sent {@code days} days of the unit earlier in the structure's department;
   * when that is before the collection, sent on its first day and answered {@code days} later.
   *
   * @param unit the measure's unit
   * @param days the days the answer took, not negative
   * @param structure the structure audited
   * @param at when the audit was performed
   * @return the observation with its dates, counting {@code days}
   */
  Observation.Measured dated(DayUnit unit, long days, StructureId structure, OffsetDateTime at) {
    Edition edition = definitions.edition();
    String department = departments.get(structure);
    LocalDate to = at.atZoneSameInstant(edition.timeZone()).toLocalDate();
    LocalDate from = to;
    for (long counted = 0; counted < days; from = from.minusDays(1)) {
      counted += counts(unit, from, department) ? 1 : 0;
    }
    if (from.isBefore(edition.collection().from())) {
      from = edition.collection().from();
      to = from;
      for (long counted = 0; counted < days; ) {
        to = to.plusDays(1);
        counted += counts(unit, to, department) ? 1 : 0;
      }
    }
    DateSpan span = new DateSpan(from, to);
    return new Observation.Measured(unit.days(span, department), span);
  }

  private static boolean counts(DayUnit unit, LocalDate day, @Nullable String department) {
    return unit == DayUnit.CALENDAR_DAY || WorkingDays.isWorkingDay(day, department);
  }

  /**
   * A calibration double of {@code original} (analysis.md §A5): the same structure, channel and
   * grid, another auditor (one of the seven others), performed 30 minutes to three days later
   * (before the collection ends); each check the same nine times in ten, else the other way; each
   * measure within a little noise, its dates kept as dates; {@code missed} and {@code na} as they
   * were. A criterion the double's own observations show but the original did not observe is {@code
   * na}.
   *
   * @param original an audit record that doubles none, with an auditor
   * @param source the draws
   * @param id the double's id
   * @return the double, naming {@code original} as its {@code of}
   */
  AuditRecord doubleOf(AuditRecord original, RandomSource source, String id) {
    String auditor = original.auditor();
    long number = auditor == null ? 0 : Long.parseLong(auditor.substring(AUDITOR.length()));
    long other = 1 + (number + source.next(AUDITORS - 2)) % AUDITORS;
    List<Criterion> criteria = definitions.grid().criteria();
    @Nullable Observation[] byIndex = new Observation[criteria.size()];
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      if (!criterion.channel().equals(original.channel()) || !conditions.shown(i, byIndex)) {
        continue;
      }
      Observation seen = original.observations().get(criterion.id());
      Observation observation =
          seen == null
              ? Observation.NOT_APPLICABLE
              : again(criterion, seen, original.structure(), source);
      byIndex[i] = observation;
      observations.put(criterion.id(), observation);
    }
    return new AuditRecord(
        new AuditId(id),
        original.grid(),
        original.structure(),
        original.channel(),
        auditor(other),
        later(original.performedAt(), source),
        observations,
        null,
        original.id());
  }

  /** The second auditor's observation of what the first observed as {@code seen}. */
  private Observation again(
      Criterion criterion, Observation seen, StructureId structure, RandomSource source) {
    if (seen instanceof Observation.Check check) {
      return Draws.oneIn(source, 10) ? (check.met() ? Observation.NOT_MET : Observation.MET) : seen;
    }
    if (!(seen instanceof Observation.Measured measured)
        || !(criterion.type() instanceof CriterionType.Measure measure)) {
      return seen;
    }
    DateSpan dates = measured.dates();
    DayUnit unit = DayUnit.fromUnit(measure.unit()).orElse(null);
    if (dates != null && unit != null) {
      // The answer noted a day earlier or later, never before the letter.
      LocalDate to = dates.to().plusDays(source.next(2) - 1);
      DateSpan span = new DateSpan(dates.from(), to.isBefore(dates.from()) ? dates.from() : to);
      double days = unit.days(span, departments.get(structure));
      return measure.refusal(days).isEmpty() ? new Observation.Measured(days, span) : seen;
    }
    double value = measured.value();
    double noisy =
        measure.integer()
            ? value + source.next(2) - 1
            : Math.round(value * (0.9 + source.next(200) / 1000.0) * 10) / 10.0;
    return measure.refusal(noisy).isEmpty() ? new Observation.Measured(noisy) : seen;
  }

  /** 30 minutes to three days after {@code at}, and before the collection's end. */
  private OffsetDateTime later(OffsetDateTime at, RandomSource source) {
    Edition edition = definitions.edition();
    DateRange collection = edition.collection();
    ZonedDateTime end = collection.to().plusDays(1).atStartOfDay(edition.timeZone());
    OffsetDateTime after = at.plusMinutes(30 + source.next(3 * 24 * 60 - 30));
    if (after.toInstant().isBefore(end.toInstant())) {
      return after;
    }
    return at.plus(Duration.between(at.toInstant(), end.toInstant()).dividedBy(2));
  }
}
