package io.github.indiko.core.edition;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.constraints.OrderedRange;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One yearly campaign of a barometer ({@code edition.json}). Immutable. Checked on construction:
 * nothing required is null, the name holds the default locale, no channel is declared twice.
 * Checked by Bean Validation: the order of both ranges, named as in format v1 ({@link
 * OrderedRange}), and the scoring and trophy settings (cascaded).
 *
 * @param id the edition's identifier
 * @param name its name, holding {@code defaultLocale}
 * @param defaultLocale the BCP 47 tag every localized text must hold
 * @param timeZone the zone that dates are read in
 * @param registration when structures may enrol, both ends included
 * @param collection when responses and audits are accepted, both ends included
 * @param questionnaire the questionnaire of the survey
 * @param grid the audit grid
 * @param scoring scoring settings
 * @param trophies trophy settings
 * @param previous path to the previous edition's {@code results.json}, relative to the edition
 *     folder, or null
 * @param channels channels declared beyond domain.md's, in document order
 */
public record Edition(
    EditionId id,
    LocalizedText name,
    String defaultLocale,
    ZoneId timeZone,
    @OrderedRange(first = "opens", last = "closes") DateRange registration,
    @OrderedRange(first = "from", last = "to") DateRange collection,
    DefinitionRef questionnaire,
    DefinitionRef grid,
    @Valid ScoringSettings scoring,
    @Valid TrophySettings trophies,
    @Nullable String previous,
    List<Channel> channels) {

  /** Checks that nothing required is null, that the name holds the default locale, and copies. */
  public Edition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(trophies, "trophies");
    if (!name.has(defaultLocale)) {
      throw new IllegalArgumentException("name has no text in the default locale " + defaultLocale);
    }
    channels = List.copyOf(channels);
    if (new LinkedHashSet<>(channels).size() != channels.size()) {
      throw new IllegalArgumentException("channels lists a channel twice");
    }
  }

  /**
   * @return the known channels: domain.md's, then the declared ones
   */
  public Set<Channel> knownChannels() {
    Set<Channel> known = new LinkedHashSet<>(Channel.BUILT_IN);
    known.addAll(channels);
    return known;
  }

  /**
   * @param channel a channel
   * @return whether domain.md lists it or the edition declares it
   */
  public boolean knows(Channel channel) {
    return Channel.BUILT_IN.contains(channel) || channels.contains(channel);
  }

  /**
   * @param theme a theme
   * @return whether a question or criterion may name it: domain.md's, {@code overall}, or a key of
   *     {@code scoring.themes}
   */
  public boolean knows(Theme theme) {
    return Theme.BUILT_IN.contains(theme)
        || theme.equals(Theme.OVERALL)
        || scoring.themes().containsKey(theme);
  }
}
