package io.github.indiko.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Message bundles of the renderers: {@code .properties} files read as UTF-8, and templates whose
 * placeholders {@code {0}}, {@code {1}}… are replaced literally (no MessageFormat, so an apostrophe
 * is an apostrophe).
 */
public final class Bundles {
  private Bundles() {}

  /**
   * Reads a {@code .properties} resource as UTF-8. The caller opens the resource, e.g. {@code name
   * -> HtmlText.class.getResourceAsStream(name)}: in a named module, only the module that holds a
   * resource may read it.
   *
   * @param resources opens a resource by its name, {@code null} when there is none
   * @param resource the resource's name, e.g. {@code messages_fr.properties}
   * @return the keys and their strings, unmodifiable
   * @throws IllegalStateException when the resource does not exist
   * @throws UncheckedIOException when it cannot be read
   * @throws IllegalArgumentException when it is not a valid properties file
   */
  public static Map<String, String> load(
      Function<String, @Nullable InputStream> resources, String resource) {
    Properties properties = new Properties();
    try (InputStream in = resources.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    Map<String, String> messages = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
    return Map.copyOf(messages);
  }

  /**
   * Replaces each placeholder {@code {i}} of the template by {@code args[i]} in one pass, so that
   * an argument that looks like a placeholder stays as it is. A placeholder without an argument,
   * and any other brace, stays as it is.
   *
   * @param template a text with placeholders {@code {0}} to {@code {99}}
   * @param args the replacements, as they are
   * @return the filled text
   */
  public static String fill(String template, String... args) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close > i + 1 && close <= i + 3) {
          String index = template.substring(i + 1, close);
          if (index.chars().allMatch(d -> d >= '0' && d <= '9')
              && Integer.parseInt(index) < args.length) {
            out.append(args[Integer.parseInt(index)]);
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
