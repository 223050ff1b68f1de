package io.github.indiko.core.format;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /**
   * Records that {@code key} is at {@code element}, and reports it at {@code element/member} when
   * an earlier element had it, naming that element.
   *
   * @param seen key to the pointer of the first element that had it, filled as elements are read
   * @param what the key for the message, e.g. {@code criterion id phone_rings}
   * @return whether the key was new
   */
  <K> boolean first(Map<K, String> seen, K key, String element, String member, String what) {
    String earlier = seen.putIfAbsent(key, element);
    if (earlier == null) {
      return true;
    }
    add(element + "/" + member, what + " is repeated (first at " + earlier + ")");
    return false;
  }

  /** Throws a {@link DefinitionException} holding every problem found, if any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new DefinitionException(found);
    }
  }
}
