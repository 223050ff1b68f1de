package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One source's (survey or audit) scores for one structure.
 *
 * @param score the source score, or null when no weighted theme has a score
 * @param sufficient whether the structure has enough accepted lines for this source
 * @param themes every theme with a score, weighted or not ({@code overall} included); sorted
 * @param channels every channel with at least one accepted line; sorted
 */
public record SourceResult(
    @Nullable Double score,
    boolean sufficient,
    Map<Theme, Double> themes,
    Map<Channel, ChannelScore> channels) {

  /** Copies the maps, sorted by key. */
  public SourceResult {
    themes = Collections.unmodifiableMap(new TreeMap<>(themes));
    channels = Collections.unmodifiableMap(new TreeMap<>(channels));
  }

  /**
   * @return the result of a source without data: no score, not sufficient, empty maps
   */
  public static SourceResult empty() {
    return new SourceResult(null, false, Map.of(), Map.of());
  }
}
