package io.github.indiko.core.structure;

import io.github.indiko.core.edition.Channel;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * A structure that delivers a public service (town hall, hospital…). Immutable. Checked on
 * construction: nothing required is null, no channel is listed twice. Checked by Bean Validation:
 * the length of the name and the population.
 *
 * @param id its identifier
 * @param name its name, 1 to 2 000 code points
 * @param type its type
 * @param population the population served, or null when not given
 * @param territory where it is, or null
 * @param channels the channels it offers, in document order, or null when it offers every known
 *     channel
 */
public record Structure(
    StructureId id,
    @CodePointLength(min = 1, max = 2000) String name,
    StructureType type,
    @Nullable @Min(0) Long population,
    @Nullable Territory territory,
    @Nullable List<Channel> channels) {

  /** Checks that nothing required is null and that no channel is listed twice. */
  public Structure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (channels != null) {
      channels = List.copyOf(channels);
      if (new LinkedHashSet<>(channels).size() != channels.size()) {
        throw new IllegalArgumentException("channels lists a channel twice");
      }
    }
  }

  /**
   * @return the size band of its population
   */
  public SizeBand band() {
    return SizeBand.of(population);
  }

  /**
   * @return its category, {@code type/band}
   */
  public Category category() {
    return new Category(type, band());
  }

  /**
   * @param channel a known channel
   * @return whether the structure offers it (every known channel when {@code channels} is null)
   */
  public boolean offers(Channel channel) {
    return channels == null || channels.contains(channel);
  }
}
