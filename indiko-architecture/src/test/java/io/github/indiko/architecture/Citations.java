package io.github.indiko.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the citations of the specification that resolve to nothing: {@code scoring.md §7} names
 * a file of {@code docs/spec} and a numbered heading in it; {@code formats.md, Rejects)} names a
 * heading (the words after the comma begin with one); any other {@code name.md} or {@code path/name.md} names a file of {@code docs/spec},
 * of {@code docs}, of the repository's root or beside the citing file.
 */
final class Citations {
  private static final Pattern SECTION = Pattern.compile("\\b([a-z]+)\\.md ?§ ?([A-Z]?\\d+(?:\\.\\d+)*)");
  private static final Pattern HEADING_NAMED = Pattern.compile("\\b([a-z]+)\\.md, ([A-Z][A-Za-z ]*)\\)");
  private static final Pattern FILE = Pattern.compile("(?<![\\w/.-])((?:[\\w.-]+/)*[\\w-]+\\.md)\\b");
  private static final Pattern HEADING = Pattern.compile("^#+ (.+)$", Pattern.MULTILINE);

  private final Path root;
  private final Map<String, List<String>> headings = new HashMap<>();

  Citations(Path root) {
    this.root = root;
  }

  /**
   * @param where the citing file, relative to the repository's root
   * @return one line per citation in {@code text} that resolves to nothing, naming {@code where}
   */
  List<String> dangling(String where, String text) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String at = where + ":" + (i + 1);
      Matcher section = SECTION.matcher(lines[i]);
      while (section.find()) {
        String number = section.group(2);
        if (headingsOf(section.group(1)).stream().noneMatch(h -> h.startsWith(number + ".")
            || h.startsWith(number + " "))) {
          problems.add(problem(at, section.group(), "no section " + number));
        }
      }
      Matcher named = HEADING_NAMED.matcher(lines[i]);
      while (named.find()) {
        String phrase = named.group(2);
        if (headingsOf(named.group(1)).stream()
            .noneMatch(h -> phrase.equals(h) || phrase.startsWith(h + " "))) {
          problems.add(problem(at, named.group(), "no heading '" + named.group(2) + "'"));
        }
      }
      Matcher file = FILE.matcher(lines[i]);
      while (file.find()) {
        String name = file.group(1);
        Path here = root.resolve(where).getParent();
        if (Stream.of(root.resolve("docs/spec"), root.resolve("docs"), root, here)
            .noneMatch(dir -> Files.isRegularFile(dir.resolve(name).normalize()))) {
          problems.add(problem(at, name, "no such file in docs/spec, docs, the root or beside it"));
        }
      }
    }
    return problems;
  }

  private static String problem(String at, String citation, String why) {
    return String.format(Locale.ROOT, "%s: '%s': %s", at, citation, why);
  }

  /** @return the headings of {@code docs/spec/NAME.md}, without their #; none if it is missing */
  private List<String> headingsOf(String name) {
    return headings.computeIfAbsent(name, n -> {
      Path spec = root.resolve("docs/spec").resolve(n + ".md");
      if (!Files.isRegularFile(spec)) {
        return List.of();
      }
      List<String> found = new ArrayList<>();
      Matcher m = HEADING.matcher(read(spec));
      while (m.find()) {
        found.add(m.group(1).strip());
      }
      return found;
    });
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
