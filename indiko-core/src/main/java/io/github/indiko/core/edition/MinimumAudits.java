package io.github.indiko.core.edition;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many accepted audit records make the audit source sufficient (scoring.md §4): a number for
 * all channels together, or a count per channel.
 */
public sealed interface MinimumAudits {
  /**
   * At least {@code count} records, all channels together.
   *
   * @param count at least 0
   */
  record Total(int count) implements MinimumAudits {
    /** Checks that the count is not negative. */
    public Total {
      if (count < 0) {
        throw new IllegalArgumentException("minimumAudits must not be negative: " + count);
      }
    }
  }

  /**
   * At least the given count in every channel the structure offers; a channel absent from the map
   * needs none.
   *
   * @param counts channel to count, each at least 0; sorted by channel
   */
  record PerChannel(Map<Channel, Integer> counts) implements MinimumAudits {
    /** Checks the counts and copies the map. */
    public PerChannel {
      TreeMap<Channel, Integer> copy = new TreeMap<>();
      counts.forEach(
          (channel, count) -> {
            if (count < 0) {
              throw new IllegalArgumentException(
                  "minimumAudits." + channel + " must not be negative: " + count);
            }
            copy.put(channel, count);
          });
      counts = Collections.unmodifiableMap(copy);
    }
  }
}
