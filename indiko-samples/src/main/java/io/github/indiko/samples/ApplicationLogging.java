package io.github.indiko.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The console logging of the applications that ship the samples, the {@code indiko} command and the
 * example portal: one setting, kept here because both depend on this module and on no other
 * application code. Libraries never call it: how a process logs is its application's choice.
 */
public final class ApplicationLogging {
  private ApplicationLogging() {}

  /**
   * Keeps libraries' informational logging (Hibernate Validator announces its version through
   * {@code java.util.logging}) off the console: warnings and errors only. Does nothing when the
   * user configured {@code java.util.logging} himself (system property {@code
   * java.util.logging.config.file} or {@code java.util.logging.config.class}). Replaces the
   * virtual machine's {@code java.util.logging} configuration, so only an application's entry
   * point calls it.
   *
   * @throws UncheckedIOException when the configuration cannot be read (it is in memory)
   */
  public static void quiet() {
    if (System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    String config = "handlers = java.util.logging.ConsoleHandler\n.level = WARNING\n";
    try {
      LogManager.getLogManager()
          .readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot configure java.util.logging", e);
    }
  }
}
