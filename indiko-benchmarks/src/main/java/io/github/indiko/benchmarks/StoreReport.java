package io.github.indiko.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What the store's benchmarks share: the notes under their tables, the output, the clean-up. */
final class StoreReport {
  private StoreReport() {}

  /**
   * @param databases the databases measured
   * @return the machine, the JVM and the databases' versions, one line each
   */
  static String notes(StoreDatabases databases) throws SQLException {
    String sqlite;
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      sqlite = connection.getMetaData().getDatabaseProductVersion();
    }
    String postgres = databases.postgresVersion();
    return String.format(
        Locale.ROOT,
        "%nJava %s, %d processors, -Xmx %.0f MiB, %s, %s.%nJVM arguments: %s.%n"
            + "SQLite %s (sqlite-jdbc)%s.%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0),
        Comparison.cpu(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        sqlite,
        postgres == null
            ? ""
            : ", PostgreSQL " + postgres + " (private cluster: fsync, synchronous_commit and"
                + " full_page_writes off)");
  }

  /** Prints the table, and writes it to a file too when one is given. */
  static void print(String table, @Nullable Path out) throws IOException {
    System.out.print(table);
    if (out != null) {
      Path folder = out.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
