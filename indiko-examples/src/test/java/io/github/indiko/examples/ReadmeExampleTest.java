package io.github.indiko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SampleEdition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples are compiled and run here, as they are written there: the first {@code
 * java} block of README.md becomes the body of a {@code main(String[] args)} whose {@code args[0]}
 * is a copy of the sample edition; the first block of the section "Testing your scoring" becomes
 * the body of a test class whose test factories run, and every dynamic test they make must pass;
 * its second block becomes the body of a test class whose tests run on the sample edition of the
 * test resources, and must pass.
 */
class ReadmeExampleTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final String TESTING_SECTION = "## Testing your scoring\n";
  private static final String NEXT_SECTION = "\n## ";
  private static final List<String> IMPORTS =
      List.of(
          "java.nio.file.*",
          "java.util.*",
          "io.github.indiko.core.*",
          "io.github.indiko.core.format.*",
          "io.github.indiko.core.validation.*",
          "io.github.indiko.scoring.*",
          "io.github.indiko.scoring.spi.*");
  private static final List<String> TESTING_IMPORTS =
      List.of(
          "java.util.stream.Stream",
          "org.junit.jupiter.api.DynamicTest",
          "org.junit.jupiter.api.TestFactory",
          "io.github.indiko.examples.MedianStrategy",
          "io.github.indiko.scoring.spi.*",
          "io.github.indiko.testkit.laws.*");
  private static final String STORE_SECTION = "## Keeping responses in a database\n";
  private static final List<String> STORE_IMPORTS =
      List.of(
          "static java.nio.charset.StandardCharsets.UTF_8",
          "java.nio.file.*",
          "io.github.indiko.core.*",
          "io.github.indiko.core.format.*",
          "io.github.indiko.scoring.*",
          "io.github.indiko.store.*");
  private static final List<String> SCENARIO_IMPORTS =
      List.of(
          "static org.assertj.core.api.Assertions.*",
          "java.nio.file.Path",
          "org.junit.jupiter.api.Test",
          "io.github.indiko.testkit.scenario.*");

  static String readmeSnippet() throws IOException {
    return firstJavaBlock(readme());
  }

  static String testingSnippet() throws IOException {
    return testingSnippets().get(0);
  }

  static String scenarioSnippet() throws IOException {
    List<String> snippets = testingSnippets();
    assertThat(snippets).as("java blocks of 'Testing your scoring'").hasSize(2);
    return snippets.get(1);
  }

  private static List<String> testingSnippets() throws IOException {
    String readme = readme();
    int section = readme.indexOf(TESTING_SECTION);
    assertThat(section).as("README.md has a section 'Testing your scoring'").isNotNegative();
    int end = readme.indexOf(NEXT_SECTION, section + TESTING_SECTION.length());
    String text = readme.substring(section, end < 0 ? readme.length() : end);
    Matcher matcher = JAVA_BLOCK.matcher(text);
    List<String> snippets = new ArrayList<>();
    while (matcher.find()) {
      snippets.add(matcher.group(1));
    }
    return snippets;
  }

  @Test
  void readmeExample_isAboutTenLines() throws IOException {
    assertThat(readmeSnippet().lines().count()).isBetween(5L, 14L);
  }

  @Test
  void readmeExample_compilesAndRunsOnTheSample(@TempDir Path dir) throws Exception {
    Path edition = SampleEdition.copyTo(dir.resolve("edition-2017"));
    StringBuilder source = imports(IMPORTS);
    source
        .append("public class ReadmeExample {\n")
        .append("  public static void main(String[] args) throws Exception {\n")
        .append(readmeSnippet())
        .append("  }\n}\n");
    Path classes = compile(dir, "ReadmeExample", source.toString());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = loader(classes)) {
      Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {edition.toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReadmeExpectations.OUTPUT);
  }

  @Test
  void storeExample_compilesAndRunsOnTheSample(@TempDir Path dir) throws Exception {
    Path edition = SampleEdition.copyTo(dir.resolve("edition-2017"));
    String readme = readme();
    int section = readme.indexOf(STORE_SECTION);
    assertThat(section).as("README.md has a section on the store").isNotNegative();
    StringBuilder source = imports(STORE_IMPORTS);
    source
        .append("public class ReadmeStore {\n")
        .append("  public static void main(String[] args) throws Exception {\n")
        .append(firstJavaBlock(readme.substring(section)))
        .append("  }\n}\n");
    Path classes = compile(dir, "ReadmeStore", source.toString());

    String database = dir.resolve("b.db").toString();
    String printed = run(classes, "ReadmeStore", edition.toString(), database);
    String again = run(classes, "ReadmeStore", edition.toString(), database);

    assertThat(printed).isEqualTo("stored\n1 response scored\n");
    assertThat(again).startsWith("Replayed[receipt=Receipt[").endsWith("\n1 response scored\n");
  }

  private String run(Path classes, String name, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader = loader(classes)) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void testingExample_compilesAndEveryLawPasses(@TempDir Path dir) throws Throwable {
    StringBuilder source = imports(TESTING_IMPORTS);
    source.append("public class ReadmeLaws {\n").append(testingSnippet()).append("}\n");
    Path classes = compile(dir, "ReadmeLaws", source.toString());

    List<String> passed = new ArrayList<>();
    try (URLClassLoader loader = loader(classes)) {
      Class<?> laws = loader.loadClass("ReadmeLaws");
      Object instance = laws.getConstructor().newInstance();
      for (Method factory : laws.getDeclaredMethods()) {
        if (!factory.isAnnotationPresent(TestFactory.class)) {
          continue;
        }
        factory.setAccessible(true);
        @SuppressWarnings("unchecked")
        Stream<DynamicTest> tests = (Stream<DynamicTest>) factory.invoke(instance);
        for (DynamicTest test : tests.toList()) {
          test.getExecutable().execute();
          passed.add(factory.getName() + ": " + test.getDisplayName());
        }
      }
    }
    assertThat(passed)
        .anyMatch(name -> name.endsWith(": merge is associative"))
        .anyMatch(name -> name.endsWith(": order independence"))
        .hasSizeGreaterThanOrEqualTo(14);
  }

  @Test
  void scenarioExample_compilesAndItsTestsPass(@TempDir Path dir) throws Throwable {
    StringBuilder source = imports(SCENARIO_IMPORTS);
    // The README points at a reader's own copy of the sample; ours is kept once, in indiko-samples.
    String snippet =
        scenarioSnippet()
            .replace(
                "\"src/test/resources/samples/edition-2017\"",
                "\"../indiko-samples/src/main/resources/io/github/indiko/samples/edition-2017\"");
    assertThat(snippet).contains("indiko-samples");
    source.append("public class ReadmeScenario {\n").append(snippet).append("}\n");
    Path classes = compile(dir, "ReadmeScenario", source.toString());

    List<String> passed = new ArrayList<>();
    try (URLClassLoader loader = loader(classes)) {
      Class<?> tests = loader.loadClass("ReadmeScenario");
      Object instance = tests.getConstructor().newInstance();
      for (Method test : tests.getDeclaredMethods()) {
        if (test.isAnnotationPresent(Test.class)) {
          test.setAccessible(true);
          try {
            test.invoke(instance);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          passed.add(test.getName());
        }
      }
    }
    assertThat(passed).isNotEmpty();
  }

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  private static String firstJavaBlock(String text) {
    Matcher matcher = JAVA_BLOCK.matcher(text);
    assertThat(matcher.find()).as("a java block").isTrue();
    return matcher.group(1);
  }

  private static StringBuilder imports(List<String> imports) {
    StringBuilder source = new StringBuilder();
    imports.forEach(i -> source.append("import ").append(i).append(";\n"));
    return source;
  }

  /**
   * @return the folder of the compiled class
   */
  private static Path compile(Path dir, String className, String source) throws IOException {
    Path sources = dir.resolve("src");
    Files.createDirectories(sources);
    Path file = sources.resolve(className + ".java");
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
    return sources;
  }

  private URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }
}
