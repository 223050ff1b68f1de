package io.github.indiko.core.edition;

import io.github.indiko.core.constraints.IntegerRange;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many accepted audit records make the audit source sufficient (scoring.md §4): a number for
 * all channels together, or a count per channel. Checked by Bean Validation: no count is negative
 * ({@link IntegerRange}).
 */
public sealed interface MinimumAudits {
  /**
   * At least {@code count} records, all channels together.
   *
   * @param count at least 0
   */
  record Total(@IntegerRange(min = 0) int count) implements MinimumAudits {}

  /**
   * At least the given count in every channel the structure offers; a channel absent from the map
   * needs none. Checked on construction: no channel or count is null.
   *
   * @param counts channel to count, each at least 0; sorted by channel
   */
  record PerChannel(Map<Channel, @IntegerRange(min = 0) Integer> counts)
      implements MinimumAudits {
    /** Checks that nothing is null, and copies the map. */
    public PerChannel {
      TreeMap<Channel, Integer> copy = new TreeMap<>();
      counts.forEach((channel, count) -> copy.put(channel, Objects.requireNonNull(count, "count")));
      counts = Collections.unmodifiableMap(copy);
    }
  }
}
