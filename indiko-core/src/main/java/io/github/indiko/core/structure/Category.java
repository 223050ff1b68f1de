package io.github.indiko.core.structure;

import java.util.Comparator;
import java.util.Objects;

/**
 * A category of structures, {@code type/band}, e.g. {@code commune/m}: structures are ranked
 * within their category. Ordered by its text.
 *
 * @param type the structure type
 * @param band the size band
 */
public record Category(StructureType type, SizeBand band) implements Comparable<Category> {
  private static final Comparator<Category> ORDER = Comparator.comparing(Category::toString);

  /** Checks that neither part is null. */
  public Category {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(band, "band");
  }

  /**
   * @param text {@code type/band}
   * @return the category
   * @throws IllegalArgumentException when the text is not a category
   */
  public static Category parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("a category is type/band: \"" + text + "\"");
    }
    return new Category(
        StructureType.fromId(text.substring(0, slash)), SizeBand.fromId(text.substring(slash + 1)));
  }

  @Override
  public int compareTo(Category other) {
    return ORDER.compare(this, other);
  }

  /** Formats as {@code type/band}. */
  @Override
  public String toString() {
    return type.id() + "/" + band.id();
  }
}
