package io.github.indiko.core.json;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading one document found: its problems, in the order found, and its localized texts by
 * pointer (checked against the document's default locale once it is known). Not thread-safe.
 */
final class Problems {
  private final String file;
  private final List<DefinitionProblem> found = new ArrayList<>();
  private final List<Located> texts = new ArrayList<>();

  private record Located(String pointer, LocalizedText text) {}

  Problems(String file) {
    this.file = file;
  }

  void add(String pointer, String message) {
    found.add(new DefinitionProblem(file, pointer, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  void text(String pointer, LocalizedText text) {
    texts.add(new Located(pointer, text));
  }

  /** Reports every localized text read so far that has no text in {@code defaultLocale}. */
  void checkLocale(String defaultLocale) {
    for (Located located : texts) {
      if (!located.text().has(defaultLocale)) {
        add(located.pointer(), "has no text in the default locale \"" + defaultLocale + "\"");
      }
    }
  }

  /** Throws a {@link DefinitionException} holding every problem found, if any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new DefinitionException(found);
    }
  }
}
