package io.github.indiko.reports;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Source;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One source (survey or audit) in the analysis (scoring.md §8.2).
 *
 * @param source the source
 * @param weight its weight in the composite ({@code scoring.sources})
 * @param score the source score beside the target and the previous edition
 * @param sufficient whether the structure has enough accepted lines for this source
 * @param themes every theme with a score, sorted by theme id
 * @param channels per channel with at least one accepted line, sorted; survey channels are
 *     published as the disclosure rules let them (analysis.md §A2, Disclosure)
 */
public record SourceAnalysis(
    Source source,
    double weight,
    Comparison score,
    boolean sufficient,
    List<ThemeAnalysis> themes,
    Map<Channel, ChannelAnalysis> channels) {
  /** Checks that nothing is null, and copies. */
  public SourceAnalysis {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(score, "score");
    themes = List.copyOf(themes);
    channels = Collections.unmodifiableMap(new TreeMap<>(channels));
  }
}
