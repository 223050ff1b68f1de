package io.github.indiko.core.internal;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The interface strings of one language, read from {@code messages_<language>.properties} among
 * the resources of the class that renders them. Immutable and thread-safe.
 *
 * @param language the language of the strings, e.g. {@code fr}
 * @param messages the keys and their templates
 */
public record Bundle(String language, Map<String, String> messages) {
  /** Copies the map. */
  public Bundle {
    messages = Map.copyOf(messages);
  }

  /**
   * @param resources opens a resource of the rendering class by its name, e.g. {@code name ->
   *     HtmlText.class.getResourceAsStream(name)} ({@link Bundles#load})
   * @param language the language, e.g. {@code fr} for {@code messages_fr.properties}
   * @return the bundle
   * @throws IllegalStateException when the resource does not exist
   */
  public static Bundle load(Function<String, @Nullable InputStream> resources, String language) {
    return new Bundle(language, Bundles.load(resources, "messages_" + language + ".properties"));
  }

  /**
   * @param key a key of the bundle
   * @param args the replacements of {@code {0}}, {@code {1}}…, as {@link String#valueOf} gives
   *     them
   * @return the string with its placeholders filled in one pass ({@link Bundles#fill})
   * @throws IllegalStateException when the bundle has no such key
   */
  public String msg(String key, Object... args) {
    String template = messages.get(key);
    if (template == null) {
      throw new IllegalStateException("no message " + key + " in language " + language);
    }
    String[] texts = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return Bundles.fill(template, texts);
  }

  /**
   * @param key a key
   * @return its template, if the bundle has it
   */
  public Optional<String> find(String key) {
    return Optional.ofNullable(messages.get(key));
  }
}
