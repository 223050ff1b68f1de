package io.github.indiko.scoring;

import io.github.indiko.core.edition.Population;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.scoring.internal.Raking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edition's weighting (analysis.md §A3): its keys, declared segment keys in declared order, and
 * the population's margins. A response's weighting cell is a code: 0 when it lacks some weighting
 * key (weight 1), else 1 + the mixed-radix number of its values' declared positions, key by key, so
 * that codes sort as the cells of analysis.md (Weights). Immutable and thread-safe.
 */
final class WeightingPlan {
  private final Weighting.Method method;
  private final List<String> names;
  private final Population population;

  /** Per weighting key, its position among the questionnaire's segments. */
  private final int[] keys;

  /** Per weighting key, the number of its declared values. */
  private final int[] radix;

  /** Per weighting key, its declared values. */
  private final List<List<String>> values;

  /**
   * @param questionnaire the edition's questionnaire
   * @param weighting the method and the weighting keys, declared segment keys, in declared order,
   *     at least one
   * @param population the margins
   * @throws IllegalArgumentException when there is no key or a key is not a declared segment key
   */
  WeightingPlan(Questionnaire questionnaire, Weighting weighting, Population population) {
    this.method = weighting.method();
    this.names = weighting.keys();
    this.population = Objects.requireNonNull(population, "population");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("weighting needs at least one key");
    }
    this.keys = new int[names.size()];
    this.radix = new int[names.size()];
    List<List<String>> declared = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      int position = questionnaire.segmentPosition(names.get(k));
      if (position < 0) {
        throw new IllegalArgumentException(
            "weighting key " + names.get(k) + " is not a declared segment key");
      }
      Segment segment = questionnaire.segments().get(position);
      this.keys[k] = position;
      this.radix[k] = segment.values().size();
      declared.add(segment.values().stream().map(SegmentValue::value).toList());
    }
    this.values = List.copyOf(declared);
  }

  /**
   * @return the declared method: post-stratification or raking
   */
  Weighting.Method method() {
    return method;
  }

  /**
   * @return the response's weighting cell: 0 when it lacks a weighting key
   */
  long cell(ResponseRow row) {
    long code = 0;
    for (int k = 0; k < keys.length; k++) {
      int value = row.segmentValue(keys[k]);
      if (value < 0) {
        return 0;
      }
      code = code * radix[k] + value;
    }
    return code + 1;
  }

  /**
   * @param code a cell other than 0
   * @return the cell's values' positions, key by key
   */
  List<Integer> positions(long code) {
    Integer[] positions = new Integer[keys.length];
    long rest = code - 1;
    for (int k = keys.length - 1; k >= 0; k--) {
      positions[k] = (int) (rest % radix[k]);
      rest /= radix[k];
    }
    return List.of(positions);
  }

  /**
   * @return the weighting keys with the structure's margins (its own entry, else {@code "*"})
   * @throws IllegalStateException when the margins lack the structure, a key or a value: the
   *     definitions' checks exclude it
   */
  List<Raking.Key> keys(StructureId structure) {
    Map<String, Map<String, Double>> margins = population.marginsOf(structure);
    if (margins == null) {
      throw new IllegalStateException("no margins for structure " + structure);
    }
    List<Raking.Key> made = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      Map<String, Double> shares = margins.get(names.get(k));
      List<Double> ordered = new ArrayList<>();
      for (String value : values.get(k)) {
        Double share = shares == null ? null : shares.get(value);
        if (share == null) {
          throw new IllegalStateException(
              "no share of " + names.get(k) + " " + value + " for structure " + structure);
        }
        ordered.add(share);
      }
      made.add(new Raking.Key(names.get(k), values.get(k), ordered));
    }
    return made;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || other instanceof WeightingPlan that
            && method == that.method
            && names.equals(that.names)
            && population.equals(that.population);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, names, population);
  }
}
