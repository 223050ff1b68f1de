package io.github.indiko.core.edition;

import io.github.indiko.core.internal.Checks;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.StructureId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The population's margins of {@code population.json} (analysis.md, Declaration): per entry (a
 * structure id, or {@link #EVERY_STRUCTURE} for the structures without their own), per segment
 * key, the share of each value. Immutable; every map keeps document order. Checked on
 * construction: entries are {@code "*"} or identifiers, keys identifiers, values of the form of
 * {@link SegmentValue#FORM}, every share finite and ≥ 0. Not checked here, as it needs the edition's weighting keys and the
 * questionnaire's segments: that the shares of a key sum to 1 and cover its declared values.
 *
 * @param margins entry → key → value → share
 */
public record Population(Map<String, Map<String, Map<String, Double>>> margins) {
  /** The entry of every structure that has no entry of its own. */
  public static final String EVERY_STRUCTURE = "*";

  /** Copies the maps, keeping their order, and checks names and shares. */
  public Population {
    Map<String, Map<String, Map<String, Double>>> entries = new LinkedHashMap<>();
    margins.forEach(
        (entry, keys) -> {
          if (!entry.equals(EVERY_STRUCTURE)) {
            Checks.identifier(entry, "structure");
          }
          Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
          keys.forEach((key, shares) -> copy.put(Checks.identifier(key, "segment"), shares(shares)));
          entries.put(entry, Collections.unmodifiableMap(copy));
        });
    margins = Collections.unmodifiableMap(entries);
  }

  /**
   * @param structure a structure
   * @return the margins the structure is weighted with: its own entry, else {@code "*"}, else
   *     null
   */
  public @Nullable Map<String, Map<String, Double>> marginsOf(StructureId structure) {
    Map<String, Map<String, Double>> own = margins.get(structure.value());
    return own != null ? own : margins.get(EVERY_STRUCTURE);
  }

  private static Map<String, Double> shares(Map<String, Double> shares) {
    Map<String, Double> copy = new LinkedHashMap<>();
    shares.forEach(
        (value, share) -> {
          Objects.requireNonNull(share, "share");
          if (!Double.isFinite(share) || share < 0) {
            throw new IllegalArgumentException(
                "a share must be finite and ≥ 0: " + value + " " + share);
          }
          if (!SegmentValue.FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                "a segment value must match [a-z0-9][a-z0-9._+-]{0,63}: \""
                    + Strings.abbreviate(value)
                    + "\"");
          }
          copy.put(value, share);
        });
    return Collections.unmodifiableMap(copy);
  }
}
