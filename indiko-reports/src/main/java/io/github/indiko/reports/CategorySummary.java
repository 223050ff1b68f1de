package io.github.indiko.reports;

import io.github.indiko.core.structure.Category;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A category in the public overview.
 *
 * @param category the category
 * @param enrolled enrolled structures of the category
 * @param eligible those that are ranked
 * @param meanComposite the mean composite of the eligible structures, or null when fewer than three
 *     are eligible (an aggregate is public only when it holds at least three structures,
 *     scoring.md §6)
 */
public record CategorySummary(
    Category category, int enrolled, int eligible, @Nullable Double meanComposite) {
  /** Checks that the category is not null. */
  public CategorySummary {
    Objects.requireNonNull(category, "category");
  }
}
