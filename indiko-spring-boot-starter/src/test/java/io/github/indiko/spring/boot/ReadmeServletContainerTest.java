package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The README's Java example of "In any servlet container" compiles as it is written there, with
 * its imports, against the modules a host would use.
 */
class ReadmeServletContainerTest {
  private static final String SECTION = "### In any servlet container\n";
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> IMPORTS =
      List.of(
          "java.nio.file.Path",
          "java.util.Set",
          "io.github.indiko.core.EditionDefinitions",
          "io.github.indiko.core.format.EditionFolder",
          "io.github.indiko.servlet.SurveyServlet",
          "io.github.indiko.store.IndikoStore",
          "jakarta.servlet.ServletContainerInitializer",
          "jakarta.servlet.ServletContext",
          "jakarta.servlet.ServletContextEvent",
          "jakarta.servlet.ServletContextListener");

  @TempDir Path temp;

  @Test
  void readme_servletContainerExample_compiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf(SECTION);
    assertThat(section).isNotNegative();
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find(section)).isTrue();
    StringBuilder source = new StringBuilder();
    IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    source.append(block.group(1));
    Path file = Files.writeString(temp.resolve("SurveyInitializer.java"), source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            null,
            errors,
            "-proc:none",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            temp.resolve("classes").toString(),
            file.toString());

    assertThat(errors.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    assertThat(temp.resolve("classes/SurveyInitializer.class")).exists();
  }
}
