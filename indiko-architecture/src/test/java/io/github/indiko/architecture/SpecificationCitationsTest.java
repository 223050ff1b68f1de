package io.github.indiko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the specification in the main code, the docs and the README resolves to a
 * file of {@code docs/spec} and a section of it (the specification is the contract the code cites).
 */
class SpecificationCitationsTest {
  private static final Path ROOT = Path.of(System.getProperty("indiko.root", "..")).normalize();

  @Test
  void repository_citesOnlyExistingSections() throws IOException {
    Citations citations = new Citations(ROOT);
    List<String> dangling = new ArrayList<>();
    List<Path> files = cited();
    for (Path file : files) {
      dangling.addAll(citations.dangling(ROOT.relativize(file).toString(), Citations.read(file)));
    }

    assertThat(files).hasSizeGreaterThan(300);
    assertThat(dangling).isEmpty();
  }

  @Test
  void dangling_findsAMissingSectionFileAndHeading() {
    Citations citations = new Citations(ROOT);

    assertThat(citations.dangling("Example.java", String.join("\n",
        "/** The composite (scoring.md §4), its interval (scoring.md §5.1) and ranks (scoring.md §7). */",
        "// refused as formats.md says (formats.md, Rejects), not (formats.md, Refusals)",
        "// see analysis.md §A2 and surveyjs.md, not scoring.md §42 nor nosuch.md")))
        .containsExactly(
            "Example.java:1: 'scoring.md §5.1': no section 5.1",
            "Example.java:2: 'formats.md, Refusals)': no heading 'Refusals'",
            "Example.java:3: 'scoring.md §42': no section 42",
            "Example.java:3: 'nosuch.md': no such file in docs/spec, docs, the root or beside it");
  }

  /** @return the files that may cite the specification: main sources and resources, docs, README */
  private static List<Path> cited() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
        files.addAll(textFiles(main));
      }
    }
    files.addAll(textFiles(ROOT.resolve("docs")));
    files.add(ROOT.resolve("README.md"));
    return files;
  }

  private static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(java|md|properties|html|txt)$"))
          .toList();
    }
  }
}
