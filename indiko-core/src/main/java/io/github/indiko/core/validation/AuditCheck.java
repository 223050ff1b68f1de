package io.github.indiko.core.validation;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.Territory;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks of {@code audits.jsonl} (formats.md), in its order, then those of a double after
 * {@code duplicate_id} (analysis.md §A5). Thread-safe: the ids and originals accepted so far live
 * in each read's {@link Duplicates}.
 */
final class AuditCheck implements LineCheck<AuditRecord> {
  private static final Envelope ENVELOPE =
      new Envelope(
          List.of(
              new Envelope.Member("id", Envelope.Kind.IDENTIFIER, true),
              new Envelope.Member("grid", Envelope.Kind.STRING, true),
              new Envelope.Member("version", Envelope.Kind.INTEGER, true),
              new Envelope.Member("structure", Envelope.Kind.STRING, true),
              new Envelope.Member("channel", Envelope.Kind.STRING, true),
              new Envelope.Member("auditor", Envelope.Kind.STRING, false),
              new Envelope.Member("performedAt", Envelope.Kind.INSTANT, true),
              new Envelope.Member("observations", Envelope.Kind.OBJECT, true),
              new Envelope.Member("comment", Envelope.Kind.STRING, false),
              new Envelope.Member("of", Envelope.Kind.IDENTIFIER, false)));

  private final EditionIndex index;

  AuditCheck(EditionIndex index) {
    this.index = index;
  }

  @Override
  public Duplicates<AuditRecord> duplicates() {
    AcceptedIds accepted = new AcceptedIds(index, "audit records", false);
    Originals originals = new Originals(index);
    return new Duplicates<>() {
      @Override
      public @Nullable Fault admit(AuditRecord audit) {
        return accepted.admit(audit.id().value(), () -> originals.admit(audit));
      }

      @Override
      public void close() {
        accepted.close();
      }
    };
  }

  @Override
  public String id(AuditRecord record) {
    return record.id().value();
  }

  @Override
  public StructureId structure(AuditRecord record) {
    return record.structure();
  }

  @Override
  public Verdict<AuditRecord> check(ObjectValue line) {
    Fault malformed = ENVELOPE.fault(line);
    if (malformed != null) {
      return new Verdict.Rejected<>(malformed);
    }
    Verdict<SharedChecks.Head> checked =
        SharedChecks.head(
            index,
            line,
            "grid",
            index.edition().grid(),
            RejectReason.UNKNOWN_GRID,
            "performedAt",
            true);
    if (checked instanceof Verdict.Rejected<SharedChecks.Head> refused) {
      return new Verdict.Rejected<>(refused.fault());
    }
    SharedChecks.Head head = ((Verdict.Accepted<SharedChecks.Head>) checked).record();
    String id = head.id();
    String structureId = head.structure();
    Channel channel = head.channel();
    OffsetDateTime performedAt = head.at();

    ObjectValue observationValues = Envelope.object(line, "observations");
    List<Criterion> criteria = index.criteria();
    for (String key : observationValues.members().keySet()) {
      if (index.criterionIndex(key) < 0) {
        return Verdict.rejected(
            RejectReason.UNKNOWN_CRITERION, "unknown criterion " + JsonValue.shown(key));
      }
    }
    @Nullable Observation[] byIndex = new Observation[criteria.size()];
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    Territory territory = index.structure(structureId).orElseThrow().territory();
    String department = territory == null ? null : territory.department();
    for (Map.Entry<String, JsonValue> entry : observationValues.members().entrySet()) {
      int i = index.criterionIndex(entry.getKey());
      Criterion criterion = criteria.get(i);
      Observation observation = observation(criterion.type(), entry.getValue(), department);
      if (observation == null) {
        return Verdict.rejected(
            RejectReason.INVALID_OBSERVATION,
            "criterion "
                + criterion.id()
                + ": "
                + problem(criterion.type(), entry.getValue(), department));
      }
      byIndex[i] = observation;
      observations.put(criterion.id(), observation);
    }
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      if (byIndex[i] == null) {
        continue;
      }
      if (!criterion.channel().equals(channel)) {
        return Verdict.rejected(
            RejectReason.OBSERVED_HIDDEN,
            "criterion "
                + criterion.id()
                + " is of channel "
                + criterion.channel()
                + ", not "
                + channel);
      }
      if (!index.criterionConditions().shown(i, byIndex)) {
        return Verdict.rejected(
            RejectReason.OBSERVED_HIDDEN,
            "criterion " + criterion.id() + " is observed but hidden");
      }
    }
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      if (byIndex[i] == null
          && criterion.channel().equals(channel)
          && index.criterionConditions().shown(i, byIndex)) {
        return Verdict.rejected(
            RejectReason.MISSING_OBSERVATION, "criterion " + criterion.id() + " is not observed");
      }
    }

    return new Verdict.Accepted<>(
        new AuditRecord(
            new AuditId(id),
            index.edition().grid(),
            new StructureId(structureId),
            channel,
            Envelope.string(line, "auditor"),
            performedAt,
            observations,
            Envelope.string(line, "comment"),
            of(line)));
  }

  /**
   * @return the record the line doubles (analysis.md §A5), or null for an original
   */
  private static @Nullable AuditId of(ObjectValue line) {
    String of = Envelope.string(line, "of");
    return of == null ? null : new AuditId(of);
  }

  /**
   * @param department the structure's department, whose holidays a measure in working days observed
   *     as two dates skips (analysis.md §A6), or null
   * @return the observation the value stands for, or null when it is not one of this criterion
   *     ({@code null} never is)
   */
  private @Nullable Observation observation(
      CriterionType type, JsonValue value, @Nullable String department) {
    if (value instanceof StringValue string) {
      switch (string.value()) {
        case "na":
          return Observation.NOT_APPLICABLE;
        case "met":
          return type instanceof CriterionType.Check ? Observation.MET : null;
        case "not_met":
          return type instanceof CriterionType.Check ? Observation.NOT_MET : null;
        case "missed":
          return type instanceof CriterionType.Measure ? Observation.MISSED : null;
        default:
          return null;
      }
    }
    if (!(type instanceof CriterionType.Measure measure)) {
      return null;
    }
    if (value instanceof ObjectValue dates) {
      DaySpans.Reading reading = dates(measure, dates, department);
      return reading == null ? null : reading.measured();
    }
    if (SharedChecks.quantityProblem(measure, value, "") == null) {
      return new Observation.Measured(((NumberValue) value).value().doubleValue());
    }
    return null;
  }

  /**
   * @return why the value, which {@link #observation} refused, is not an observation of the
   *     criterion
   */
  private String problem(CriterionType type, JsonValue value, @Nullable String department) {
    if (!(type instanceof CriterionType.Measure measure)) {
      return value.shown() + " is not met, not_met or na";
    }
    if (value instanceof ObjectValue dates) {
      DaySpans.Reading reading = dates(measure, dates, department);
      return reading != null && reading.problem() != null
          ? reading.problem()
          : value.shown()
              + " is not a number, missed or na (two dates need the unit working_day or"
              + " calendar_day)";
    }
    String notNumber =
        DayUnit.fromUnit(measure.unit()).isPresent()
            ? "is not a number, two dates, missed or na"
            : "is not a number, missed or na";
    String problem = SharedChecks.quantityProblem(measure, value, notNumber);
    return problem != null ? problem : value.shown() + " " + notNumber;
  }

  /**
   * @return the reading of two dates, or null when the measure's unit is not a day unit
   */
  private DaySpans.@Nullable Reading dates(
      CriterionType.Measure measure, ObjectValue dates, @Nullable String department) {
    return DayUnit.fromUnit(measure.unit())
        .map(unit -> DaySpans.read(measure, unit, dates, index.edition().collection(), department))
        .orElse(null);
  }
}
