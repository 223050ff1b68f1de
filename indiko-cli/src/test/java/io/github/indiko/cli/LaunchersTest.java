package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launchers at the root of the repository, {@code ./indiko} and {@code ./indiko-portal}, each
 * copied into a folder that stands for a clone: a fake {@code mvnw} beside it stands for the build
 * and a fake {@code java} first on the {@code PATH} for the JVM, so that what the script says and
 * does around the build is checked in a second, without building anything.
 */
class LaunchersTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Instant OLD = Instant.parse("2020-01-01T00:00:00Z");
  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  @TempDir Path clone;

  /** What the script did. */
  private record Run(int exitCode, String out, String err) {}

  @ParameterizedTest
  @CsvSource({
    "indiko, indiko-cli/target/indiko.jar, Indiko",
    "indiko-portal, indiko-examples/target/indiko-portal.jar, the example portal"
  })
  void launch_noJarAndTheBuildFails_saysItBuildsThenShowsTheErrorsAndExits69(
      String script, String jar, String what) throws Exception {
    fakeMvnw(
        "echo '[INFO] Building the reactor'",
        "echo '[ERROR] /src/Foo.java:[3,1] class, interface, enum, or record expected'",
        "echo '[ERROR] Failed to execute goal maven-compiler-plugin: Compilation failure'",
        "exit 1");

    Run run = launch(script, "demo");

    assertThat(run.exitCode()).isEqualTo(69);
    assertThat(run.err().lines())
        .startsWith(script + ": building " + what + ", first run only, about a minute…")
        .contains(
            "[ERROR] /src/Foo.java:[3,1] class, interface, enum, or record expected",
            "[ERROR] Failed to execute goal maven-compiler-plugin: Compilation failure")
        .anyMatch(line -> line.startsWith(script + ": the build failed"))
        .noneMatch(line -> line.contains("[INFO]"));
    assertThat(run.out()).isEmpty();
    assertThat(clone.resolve(jar).resolveSibling("build.log")).content().contains("[INFO]");
  }

  @ParameterizedTest
  @CsvSource({"indiko", "indiko-portal"})
  void launch_buildFailsWithoutErrorLines_showsTheEndOfItsOutput(String script)
      throws Exception {
    fakeMvnw("echo 'mvnw: cannot download Maven: network unreachable' >&2", "exit 7");

    Run run = launch(script, "demo");

    assertThat(run.exitCode()).isEqualTo(69);
    assertThat(run.err()).contains("mvnw: cannot download Maven: network unreachable");
  }

  @ParameterizedTest
  @CsvSource({
    "indiko, indiko-cli/target/indiko.jar",
    "indiko-portal, indiko-examples/target/indiko-portal.jar"
  })
  void launch_sourcesNewerThanTheJar_announcesTheBuildKeepsItQuietAndRuns(
      String script, String jar) throws Exception {
    Path built = clone.resolve(jar);
    Files.createDirectories(built.getParent());
    Files.writeString(built, "old");
    Files.setLastModifiedTime(built, FileTime.from(OLD));
    fakeMvnw("echo '[INFO] BUILD SUCCESS'", "echo new > " + jar);

    Run run = launch(script, "demo", "--out", "a folder");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            script
                + ": the sources changed since "
                + built
                + " was built: building it again, about a minute…");
    assertThat(run.out()).isEqualTo("java|-jar|" + built + "|demo|--out|a folder\n");
    assertThat(built).content().isEqualTo("new\n");
  }

  @ParameterizedTest
  @CsvSource({
    "indiko, indiko-cli/target/indiko.jar",
    "indiko-portal, indiko-examples/target/indiko-portal.jar"
  })
  void launch_jarUpToDate_runsItWithoutBuilding(String script, String jar) throws Exception {
    Path built = clone.resolve(jar);
    Files.createDirectories(built.getParent());
    Files.writeString(built, "built");
    fakeMvnw("echo 'built again' >&2", "exit 1");
    try (Stream<Path> files = Files.walk(clone)) {
      for (Path file : files.filter(f -> !f.equals(built)).toList()) {
        Files.setLastModifiedTime(file, FileTime.from(OLD));
      }
    }

    Run run = launch(script, "--help");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("java|-jar|" + built + "|--help\n");
  }

  /** Writes {@code mvnw}, a {@code pom.xml} and a source file into the clone. */
  private void fakeMvnw(String... lines) throws IOException {
    Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
    for (String module : List.of("indiko-cli", "indiko-examples")) {
      Path source = clone.resolve(module + "/src/main/java/Main.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "class Main {}\n");
    }
    executable(clone.resolve("mvnw"), lines);
  }

  /** Runs a copy of the script in the clone, with a {@code java} that prints its arguments. */
  private Run launch(String script, String... args) throws IOException, InterruptedException {
    Path copy = clone.resolve(script);
    Files.copy(REPOSITORY.resolve(script), copy);
    Files.setPosixFilePermissions(copy, EXECUTABLE);
    Path bin = Files.createDirectories(clone.resolve("bin"));
    // The arguments are joined by '|', so that one holding a space shows as one.
    executable(bin.resolve("java"), "(IFS='|'; echo \"java|$*\")");
    List<String> command = new ArrayList<>(List.of(copy.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(Files.createTempDirectory(clone, "cwd").toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_OPTS");
    Path out = clone.resolve("out.txt");
    Path err = clone.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(script + " did not end in a minute");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Writes a bash script. */
  private static void executable(Path file, String... lines) throws IOException {
    List<String> text = new ArrayList<>(List.of("#!/usr/bin/env bash"));
    text.addAll(List.of(lines));
    Files.write(file, text);
    Files.setPosixFilePermissions(file, EXECUTABLE);
  }
}
