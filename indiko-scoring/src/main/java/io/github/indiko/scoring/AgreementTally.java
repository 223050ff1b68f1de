package io.github.indiko.scoring;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.scoring.Agreement.CriterionAgreement;
import io.github.indiko.scoring.Agreement.Level;
import io.github.indiko.scoring.Agreement.Reliability;
import io.github.indiko.scoring.internal.Krippendorff;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Tally} that calibration audits need (analysis.md §A5): the accepted doubles
 * per structure, and the values that the agreement of auditors is computed from.
 *
 * <p>Every accepted record keeps its values: a check's {@code met} or {@code not_met} (as 1 or 0),
 * a measure's number (a dated measure's count of days), each with its criterion's position;
 * {@code na}, {@code missed} and absent observations are left out. An original keeps them under
 * its id, since a double of it may come later, or in another tally; a double under the id of its
 * original. The originals and their doubles are joined only when the agreement is computed, so
 * that the result depends neither on the order in which the records were added nor on how they
 * were split between merged tallies. That is about 170 bytes for a record of four values, 12 of
 * them per value, the id's characters aside (docs/limits.md): audit files hold hundreds or
 * thousands of records. Mutable and not thread-safe, as the tally.
 */
final class AgreementTally {
  private static final double[] NONE = {};

  private final EditionPlan plan;
  private final List<Criterion> criteria;

  /** Per structure: its accepted doubles. */
  private final long[] doubles;

  /** Record r holds the values {@code [starts[r], starts[r + 1])}. */
  private int[] starts = new int[16];

  private int records;

  /** Per value: its criterion's position in the grid, and the value. */
  private int[] positions = new int[64];

  private double[] values = new double[64];

  /** Original id → its record. */
  private final Map<String, Integer> originals = new HashMap<>();

  /** Per double, in the order added: the id of its original, and its record. */
  private final List<String> doubleOf = new ArrayList<>();

  private int[] doubleRecords = new int[16];

  AgreementTally(EditionPlan plan) {
    this.plan = plan;
    this.criteria = plan.definitions.grid().criteria();
    this.doubles = new long[plan.structures.size()];
  }

  /**
   * Keeps an accepted record's values, and counts it when it is a double. Checks every
   * observation before it keeps anything.
   *
   * @param s the record's structure, enrolled
   * @param audit a record the validator accepted
   * @throws IllegalArgumentException when a criterion is not of the grid, an observation is not of
   *     its criterion's type, or an original with the same id was added before
   */
  void add(int s, AuditRecord audit) {
    int to = starts[records];
    for (Map.Entry<CriterionId, Observation> entry : audit.observations().entrySet()) {
      int k = plan.criterion(entry.getKey());
      Observation observation = entry.getValue();
      plan.items[k].requireObservation(observation);
      double value;
      if (observation instanceof Observation.Check check) {
        value = check.met() ? 1 : 0;
      } else if (observation instanceof Observation.Measured measured) {
        value = measured.value();
      } else {
        continue;
      }
      if (to == values.length) {
        values = Arrays.copyOf(values, 2 * to);
        positions = Arrays.copyOf(positions, 2 * to);
      }
      positions[to] = k - plan.questionCount;
      values[to] = value;
      to++;
    }
    AuditId of = audit.of();
    if (of == null && originals.containsKey(audit.id().value())) {
      throw new IllegalArgumentException(
          "audit record " + audit.id() + " was added before: an id is accepted once");
    }
    int record = keep(to);
    if (of == null) {
      originals.put(audit.id().value(), record);
    } else {
      doubles[s]++;
      addDouble(of.value(), record);
    }
  }

  /** Ends the record whose values end at {@code to}: the next record starts there. */
  private int keep(int to) {
    if (records + 2 > starts.length) {
      starts = Arrays.copyOf(starts, 2 * starts.length);
    }
    starts[records + 1] = to;
    return records++;
  }

  private void addDouble(String original, int record) {
    if (doubleOf.size() == doubleRecords.length) {
      doubleRecords = Arrays.copyOf(doubleRecords, 2 * doubleRecords.length);
    }
    doubleRecords[doubleOf.size()] = record;
    doubleOf.add(original);
  }

  /**
   * Adds this tally's records and the other's to {@code merged}, which holds none.
   *
   * @throws IllegalArgumentException when both hold an original with the same id
   */
  void merge(AgreementTally other, AgreementTally merged) {
    for (AgreementTally part : List.of(this, other)) {
      int offset = merged.records;
      for (int r = 0; r < part.records; r++) {
        int first = merged.starts[merged.records];
        int length = part.starts[r + 1] - part.starts[r];
        if (first + length > merged.values.length) {
          int size = Math.max(2 * merged.values.length, first + length);
          merged.values = Arrays.copyOf(merged.values, size);
          merged.positions = Arrays.copyOf(merged.positions, size);
        }
        System.arraycopy(part.values, part.starts[r], merged.values, first, length);
        System.arraycopy(part.positions, part.starts[r], merged.positions, first, length);
        merged.keep(first + length);
      }
      part.originals.forEach(
          (id, record) -> {
            if (merged.originals.putIfAbsent(id, record + offset) != null) {
              throw new IllegalArgumentException(
                  "audit record " + id + " is in both tallies: an id is accepted once");
            }
          });
      for (int d = 0; d < part.doubleOf.size(); d++) {
        merged.addDouble(part.doubleOf.get(d), part.doubleRecords[d] + offset);
      }
      for (int s = 0; s < doubles.length; s++) {
        merged.doubles[s] = Math.addExact(merged.doubles[s], part.doubles[s]);
      }
    }
  }

  /**
   * @return the accepted doubles of the structure
   */
  long doubles(int s) {
    return doubles[s];
  }

  /**
   * @return the accepted doubles of the edition
   */
  long doubles() {
    return doubleOf.size();
  }

  /**
   * @return the agreement of auditors over every criterion, and over the checks pooled; null when
   *     no double was added
   */
  @Nullable Agreement agreement() {
    if (doubleOf.isEmpty()) {
      return null;
    }
    Map<Integer, List<Integer>> units = new HashMap<>();
    for (int d = 0; d < doubleOf.size(); d++) {
      Integer original = originals.get(doubleOf.get(d));
      if (original != null) {
        units.computeIfAbsent(original, unused -> new ArrayList<>()).add(doubleRecords[d]);
      }
    }
    Krippendorff[] byCriterion = new Krippendorff[criteria.size()];
    for (int k = 0; k < byCriterion.length; k++) {
      byCriterion[k] = nominal(k) ? Krippendorff.nominal() : Krippendorff.interval();
    }
    Krippendorff checks = Krippendorff.nominal();
    double[][] unit = new double[criteria.size()][];
    int[] counts = new int[criteria.size()];
    for (Map.Entry<Integer, List<Integer>> original : units.entrySet()) {
      Arrays.fill(counts, 0);
      gather(original.getKey(), unit, counts);
      for (int record : original.getValue()) {
        gather(record, unit, counts);
      }
      for (int k = 0; k < counts.length; k++) {
        double[] values = unit[k] == null ? NONE : unit[k];
        byCriterion[k].add(values, counts[k]);
        if (nominal(k)) {
          checks.add(values, counts[k]);
        }
      }
    }
    List<CriterionAgreement> perCriterion = new ArrayList<>();
    for (int k = 0; k < byCriterion.length; k++) {
      perCriterion.add(
          new CriterionAgreement(
              criteria.get(k).id(),
              reliability(byCriterion[k], nominal(k) ? Level.NOMINAL : Level.INTERVAL)));
    }
    return new Agreement(doubles(), perCriterion, reliability(checks, Level.NOMINAL));
  }

  /** Appends the values of a record to the unit's values of their criteria. */
  private void gather(int record, double[][] unit, int[] counts) {
    for (int v = starts[record]; v < starts[record + 1]; v++) {
      int k = positions[v];
      if (unit[k] == null || unit[k].length == counts[k]) {
        unit[k] = Arrays.copyOf(unit[k] == null ? new double[2] : unit[k], 2 * counts[k] + 2);
      }
      unit[k][counts[k]++] = values[v];
    }
  }

  private boolean nominal(int k) {
    return criteria.get(k).type() instanceof CriterionType.Check;
  }

  private static Reliability reliability(Krippendorff alpha, Level level) {
    return new Reliability(alpha.units(), alpha.values(), level, alpha.alpha());
  }
}
