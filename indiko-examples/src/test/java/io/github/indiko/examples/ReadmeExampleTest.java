package io.github.indiko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example of the README is compiled and run here, as it is written there: the first
 * {@code java} block of README.md becomes the body of a {@code main(String[] args)} whose {@code
 * args[0]} is a copy of the sample edition.
 */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> IMPORTS =
      List.of(
          "java.nio.file.*",
          "java.util.*",
          "io.github.indiko.core.*",
          "io.github.indiko.core.json.*",
          "io.github.indiko.core.validation.*",
          "io.github.indiko.scoring.*",
          "io.github.indiko.scoring.spi.*");
  private static final List<String> SAMPLE_FILES =
      List.of(
          "edition.json",
          "structures.json",
          "enrolments.json",
          "questionnaire.json",
          "grid.json",
          "responses.jsonl",
          "audits.jsonl");

  static String readmeSnippet() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    assertThat(matcher.find()).as("README.md has a java block").isTrue();
    return matcher.group(1);
  }

  @Test
  void readmeExample_isAboutTenLines() throws IOException {
    assertThat(readmeSnippet().lines().count()).isBetween(5L, 14L);
  }

  @Test
  void readmeExample_compilesAndRunsOnTheSample(@TempDir Path dir) throws Exception {
    Path edition = dir.resolve("edition-2017");
    Files.createDirectories(edition);
    for (String file : SAMPLE_FILES) {
      try (InputStream in = resource("/samples/edition-2017/" + file)) {
        Files.copy(in, edition.resolve(file));
      }
    }
    Path sources = dir.resolve("src");
    Files.createDirectories(sources);
    StringBuilder source = new StringBuilder();
    IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source
        .append("public class ReadmeExample {\n")
        .append("  public static void main(String[] args) throws Exception {\n")
        .append(readmeSnippet())
        .append("  }\n}\n");
    Path file = sources.resolve("ReadmeExample.java");
    Files.writeString(file, source);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        compiler.run(
            null,
            diagnostics,
            diagnostics,
            "--release",
            "17",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            sources.toString(),
            file.toString());
    assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {sources.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {edition.toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReadmeExpectations.OUTPUT);
  }

  private static InputStream resource(String name) {
    InputStream in = ReadmeExampleTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing test resource " + name));
    }
    return in;
  }
}
