package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code indiko spec}: the files of the repository's docs/spec, shipped with the command. */
class SpecCommandTest {
  private static final Path SPEC = Path.of("..", "docs", "spec").toAbsolutePath().normalize();
  private static final Pattern CITATION = Pattern.compile("'indiko spec ([^' ]+)'");

  @Test
  void spec_noName_listsEveryFileOfDocsSpecWithItsTitle() throws IOException {
    CliRun run = CliRun.run("spec");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    List<String> names = run.out().lines().map(line -> line.split(" ")[0]).toList();
    assertThat(names).containsExactlyElementsOf(repositoryNames());
    assertThat(run.out()).containsPattern("(?m)^formats +Interchange format v1$");
  }

  @Test
  void spec_everyName_printsTheRepositoryFile() throws IOException {
    for (String name : repositoryNames()) {
      CliRun run = CliRun.run("spec", name);

      assertThat(run.exitCode()).as(name).isEqualTo(Indiko.OK);
      assertThat(run.out()).as(name).isEqualTo(repositoryText(name));
    }
  }

  @Test
  void spec_nameWithMdInAnyCase_printsTheFile() throws IOException {
    CliRun run = CliRun.run("spec", "Formats.md");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).isEqualTo(repositoryText("formats"));
  }

  @Test
  void spec_unknownName_exits2ListingTheNames() throws IOException {
    CliRun run = CliRun.run("spec", "nope");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err().lines())
        .first()
        .isEqualTo(
            "indiko: no file 'nope' in the specification: expected one of "
                + String.join(", ", repositoryNames()));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void help_everyCommand_citesTheSpecificationThroughIndikoSpecOnly() throws IOException {
    List<String> helps = new ArrayList<>(List.of(CliRun.run("--help").out()));
    for (String command : Indiko.commandLine(false).getSubcommands().keySet()) {
      helps.add(CliRun.run(command, "--help").out());
    }
    Set<String> cited = new TreeSet<>();
    for (String help : helps) {
      // picocli wraps long lines: a citation may span two of them.
      String text = help.replaceAll("\\s+", " ");
      assertThat(text).doesNotContainPattern("\\w\\.md\\b");
      Matcher citation = CITATION.matcher(text);
      while (citation.find()) {
        cited.add(citation.group(1));
      }
    }

    assertThat(cited).contains("formats", "cli", "scoring");
    for (String name : cited) {
      CliRun run = CliRun.run("spec", name);

      assertThat(run.exitCode()).as(name).isEqualTo(Indiko.OK);
      assertThat(run.out()).as(name).isEqualTo(repositoryText(name));
    }
  }

  @Test
  void files_inAJar_areTheRepositorysFiles(@TempDir Path tmp) throws Exception {
    // The command's classes and the specification in one jar, as in target/indiko.jar, read by a
    // class loader of their own with picocli beside them.
    Path classes =
        Path.of(SpecCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = tmp.resolve("indiko.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
    URL picocli = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), picocli}, ClassLoader.getPlatformClassLoader())) {
      Class<?> command = loader.loadClass(SpecCommand.class.getName());
      Method files = command.getDeclaredMethod("files");
      files.setAccessible(true);
      Map<?, ?> listed = (Map<?, ?>) files.invoke(null);

      assertThat(command.getResource("spec/README.md").getProtocol()).isEqualTo("jar");
      assertThat(List.copyOf(listed.keySet())).isEqualTo(repositoryNames());
    }
  }

  /** The names of docs/spec's files: without .md, in lower case, sorted. */
  private static List<String> repositoryNames() throws IOException {
    try (Stream<Path> files = Files.list(SPEC)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".md"))
          .map(name -> name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT))
          .sorted()
          .toList();
    }
  }

  private static String repositoryText(String name) throws IOException {
    try (Stream<Path> files = Files.list(SPEC)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().equalsIgnoreCase(name + ".md"))
              .findFirst()
              .orElseThrow();
      return Files.readString(file);
    }
  }
}
