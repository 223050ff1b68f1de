package io.github.indiko.cli;

import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-process run of the command, with what it printed.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @param args the command line
   * @return what the command did, standard error not taken for a terminal
   */
  static CliRun run(String... args) {
    return run(Io.Disk.REAL, args);
  }

  /**
   * @param disk the way to the disk of every output stream, e.g. one that fails
   * @param args the command line
   * @return what the command did, standard error not taken for a terminal
   */
  static CliRun run(Io.Disk disk, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Indiko.commandLine(false, disk);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int code = command.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * @param dir a folder
   * @return the bundled sample edition, copied into {@code dir/edition-2017}
   */
  static Path sample(Path dir) {
    try {
      return SampleEdition.copyTo(dir.resolve("edition-2017"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name {@link SampleEdition#EXPECTED_RESULTS} or {@link SampleEdition#EXPECTED_REJECTS}
   * @return the text of that output expected from the sample edition
   */
  static String expected(String name) {
    try (InputStream in = SampleEdition.expected(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param text JSON text
   * @return its tree
   */
  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /**
   * @param file a file
   * @return its text
   */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces text in a file, checking that it was there.
   *
   * @param file a file
   * @param from the text to replace
   * @param to its replacement
   */
  static void edit(Path file, String from, String to) {
    String text = read(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " does not hold " + from);
    }
    try {
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
