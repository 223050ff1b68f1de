package io.github.indiko.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.LogManager;

/**
 * The console logging of the applications that ship the samples, the {@code indiko} command and the
 * example portal: kept here because both depend on this module and on no other application code.
 * Libraries never call it: how a process logs is its application's choice (docs/logging.md).
 */
public final class ApplicationLogging {
  /** The system property of slf4j-simple's level for loggers not named otherwise. */
  public static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  /** The prefix of slf4j-simple's system properties that set one logger's level. */
  public static final String LOGGER_LEVEL = "org.slf4j.simpleLogger.log.";

  /**
   * How the applications' lines look unless the user set otherwise: on standard error, with the
   * date and time, the level and the logger's name; without the thread's name.
   */
  private static final Map<String, String> LOOK =
      Map.of(
          "org.slf4j.simpleLogger.logFile", "System.err",
          "org.slf4j.simpleLogger.showDateTime", "true",
          "org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
          "org.slf4j.simpleLogger.showThreadName", "false");

  private ApplicationLogging() {}

  /**
   * Configures slf4j-simple, the SLF4J binding of the applications, through its system properties,
   * which it reads once, when the first logger is made: so an entry point calls this before
   * anything logs. Sets the default level; sets each logger's level and the look of the lines
   * (standard error, date and time, level, logger) unless the user set them ({@code -D} options).
   *
   * @param level the default level: {@code error}, {@code warn}, {@code info}, {@code debug} or
   *     {@code trace}
   * @param loggers levels of particular loggers, by logger name (a prefix of the names, such as a
   *     package, names them all)
   */
  public static void simpleLogger(String level, Map<String, String> loggers) {
    System.setProperty(DEFAULT_LEVEL, level);
    loggers.forEach((logger, value) -> setIfAbsent(LOGGER_LEVEL + logger, value));
    LOOK.forEach(ApplicationLogging::setIfAbsent);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

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
