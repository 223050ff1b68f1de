package io.github.indiko.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The temporary folder of a private cluster: the cluster ({@code data}), the server's log ({@code
 * server.log}) and the output of the commands run on it ({@code commands.log}), which run as the
 * server's user when the JVM runs as root.
 */
final class ClusterFolder {
  private static final long COMMAND_SECONDS = 120;
  private static final int TAIL_LINES = 20;

  private final Path root;
  private final boolean asServerUser;

  private ClusterFolder(Path root, boolean asServerUser) {
    this.root = root;
    this.asServerUser = asServerUser;
  }

  /**
   * Makes a new folder under {@code /tmp}, which every user may traverse, and gives it to the
   * server's user when the JVM runs as root.
   */
  static ClusterFolder create() throws IOException {
    boolean root = ServerUser.runningAsRoot();
    Path folder = Files.createTempDirectory(Path.of("/tmp"), "indiko-postgres-");
    try {
      if (root) {
        ServerUser.own(folder, PostgresServer.SERVER_USER);
      }
    } catch (IOException e) {
      Files.delete(folder);
      throw e;
    }
    return new ClusterFolder(folder, root);
  }

  Path root() {
    return root;
  }

  Path data() {
    return root.resolve("data");
  }

  Path log() {
    return root.resolve("server.log");
  }

  /** The last lines of the server's log, or {@code (none)} where there is none. */
  String logTail() {
    return tail(log());
  }

  /**
   * Runs a command in the folder, in the C locale, its output appended to {@code commands.log}.
   *
   * @throws IOException when it cannot start, fails or takes over 120 seconds: the message names
   *     it and shows the end of its output and of the server's log
   */
  void run(List<String> command) throws IOException {
    List<String> full = new ArrayList<>();
    if (asServerUser) {
      full.addAll(ServerUser.prefix(PostgresServer.SERVER_USER));
    }
    full.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(full)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output().toFile()));
    builder.environment().put("LC_ALL", "C");
    Process process = builder.start();
    boolean done;
    try {
      done = process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(String.join(" ", full) + ": interrupted", e);
    }
    if (!done) {
      process.destroyForcibly();
      throw failure(full, "did not finish within " + COMMAND_SECONDS + " s");
    }
    if (process.exitValue() != 0) {
      throw failure(full, "exited with " + process.exitValue());
    }
  }

  /** Deletes the folder and everything in it. */
  void delete() {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IOException failure(List<String> command, String what) {
    return new IOException(
        String.join(" ", command)
            + " "
            + what
            + "\n--- its output ("
            + output()
            + "):\n"
            + tail(output())
            + "\n--- the server's log ("
            + log()
            + "):\n"
            + logTail());
  }

  private Path output() {
    return root.resolve("commands.log");
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join(
          "\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "(none)";
    }
  }
}
