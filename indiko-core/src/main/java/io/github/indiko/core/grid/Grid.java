package io.github.indiko.core.grid;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.DefinitionRef;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The audit grid of mystery audits ({@code grid.json}). Immutable and thread-safe. Checked on
 * construction: the reference ({@link DefinitionRef}), that nothing is null, at most {@value
 * #MAX_CRITERIA} criteria (a bound on memory) and unique criterion ids (they key observations).
 * Checked by Bean Validation: the rules of every criterion (cascaded).
 *
 * @param id its identifier
 * @param version its version, at least 1
 * @param defaultLocale the BCP 47 tag every localized text must hold
 * @param title its title
 * @param criteria its criteria, in order, at most {@value #MAX_CRITERIA}
 */
public record Grid(
    String id,
    int version,
    String defaultLocale,
    LocalizedText title,
    List<@Valid Criterion> criteria) {
  /**
   * Most criteria of a grid, all channels together: an auditor observes every criterion of a
   * channel in one visit, and no audit protocol asks for hundreds.
   */
  public static final int MAX_CRITERIA = 500;

  /** Checks the reference, the number of criteria, that criterion ids are unique, and copies. */
  public Grid {
    new DefinitionRef(id, version);
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    Objects.requireNonNull(title, "title");
    criteria = List.copyOf(criteria);
    if (criteria.size() > MAX_CRITERIA) {
      throw new IllegalArgumentException(
          "a grid has at most " + MAX_CRITERIA + " criteria: " + criteria.size());
    }
    Set<CriterionId> seen = new HashSet<>();
    for (Criterion criterion : criteria) {
      if (!seen.add(criterion.id())) {
        throw new IllegalArgumentException("criterion id " + criterion.id() + " is repeated");
      }
    }
  }

  /**
   * @return its id and version
   */
  public DefinitionRef ref() {
    return new DefinitionRef(id, version);
  }

  /**
   * @param id a criterion id
   * @return the criterion with that id, if any
   */
  public Optional<Criterion> criterion(CriterionId id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
