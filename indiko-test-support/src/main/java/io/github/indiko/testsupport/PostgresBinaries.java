package io.github.indiko.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The folder of a PostgreSQL server's programs, {@code initdb}, {@code pg_ctl} and {@code
 * postgres}, all three executable there.
 *
 * @param folder the folder that holds the three programs
 */
public record PostgresBinaries(Path folder) {
  /** The programs a private cluster needs, all in one folder. */
  static final List<String> PROGRAMS = List.of("initdb", "pg_ctl", "postgres");

  /** Where Debian's {@code postgresql} packages install each major version's programs. */
  static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");

  /** Why a test is disabled where {@link #find()} finds nothing. */
  public static final String MISSING =
      "PostgreSQL server binaries not found (install Debian's postgresql package)";

  /**
   * Checks the folder.
   *
   * @param folder the folder that holds the three programs
   * @throws IllegalArgumentException when one of them is not executable there
   */
  public PostgresBinaries {
    if (!holdsPrograms(folder)) {
      throw new IllegalArgumentException(
          folder + " does not hold the executables " + String.join(", ", PROGRAMS));
    }
  }

  /**
   * The path of {@code initdb}.
   *
   * @return the program that makes a cluster
   */
  public Path initdb() {
    return folder.resolve("initdb");
  }

  /**
   * The path of {@code pg_ctl}.
   *
   * @return the program that starts and stops a server
   */
  public Path pgCtl() {
    return folder.resolve("pg_ctl");
  }

  /**
   * Finds the programs: in the folder the environment variable {@code PG_BINDIR} names when it is
   * set, else in the highest version of {@code /usr/lib/postgresql/VERSION/bin}, else in the folder
   * {@code pg_config --bindir} prints, else in the first folder of {@code PATH} that holds all
   * three.
   *
   * @return the folder, or empty when PostgreSQL's server is not installed
   */
  public static Optional<PostgresBinaries> find() {
    return find(
        System.getenv("PG_BINDIR"),
        DEBIAN_VERSIONS,
        PostgresBinaries::pgConfigBindir,
        System.getenv("PATH"));
  }

  /**
   * {@link #find()} on the given places, so that a test can point it at folders of its own.
   *
   * @param pgBindir the value of {@code PG_BINDIR}, or null when unset; when set, the only place
   *     looked at
   * @param versions the folder of the major versions' folders
   * @param pgConfig what {@code pg_config --bindir} prints, or null without it
   * @param path the value of {@code PATH}, or null when unset
   * @return the first place that holds all three programs
   */
  static Optional<PostgresBinaries> find(
      @Nullable String pgBindir,
      Path versions,
      Supplier<@Nullable String> pgConfig,
      @Nullable String path) {
    if (pgBindir != null && !pgBindir.isBlank()) {
      return of(Path.of(pgBindir));
    }
    Optional<PostgresBinaries> debian = highestVersion(versions);
    if (debian.isPresent()) {
      return debian;
    }
    String bindir = pgConfig.get();
    if (bindir != null && !bindir.isBlank()) {
      Optional<PostgresBinaries> configured = of(Path.of(bindir.strip()));
      if (configured.isPresent()) {
        return configured;
      }
    }
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(Path::of)
        .filter(PostgresBinaries::holdsPrograms)
        .findFirst()
        .map(PostgresBinaries::new);
  }

  private static Optional<PostgresBinaries> highestVersion(Path versions) {
    if (!Files.isDirectory(versions)) {
      return Optional.empty();
    }
    try (Stream<Path> folders = Files.list(versions)) {
      return folders
          .filter(folder -> folder.getFileName().toString().matches("\\d+(\\.\\d+)?"))
          .map(folder -> folder.resolve("bin"))
          .filter(PostgresBinaries::holdsPrograms)
          .max(Comparator.comparing(PostgresBinaries::majorMinor))
          .map(PostgresBinaries::new);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** 9.6 as 9006, 15 as 15000: numbers, so that 10 is above 9.6. */
  private static long majorMinor(Path bin) {
    String[] parts = bin.getParent().getFileName().toString().split("\\.");
    long minor = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
    return Long.parseLong(parts[0]) * 1000 + minor;
  }

  private static Optional<PostgresBinaries> of(Path folder) {
    return holdsPrograms(folder) ? Optional.of(new PostgresBinaries(folder)) : Optional.empty();
  }

  private static boolean holdsPrograms(Path folder) {
    return PROGRAMS.stream().allMatch(program -> Files.isExecutable(folder.resolve(program)));
  }

  private static @Nullable String pgConfigBindir() {
    try {
      Process process =
          new ProcessBuilder("pg_config", "--bindir")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      boolean done = process.waitFor(10, TimeUnit.SECONDS);
      if (!done) {
        process.destroyForcibly();
        return null;
      }
      return process.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
