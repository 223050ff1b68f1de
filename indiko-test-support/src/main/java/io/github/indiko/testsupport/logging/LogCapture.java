package io.github.indiko.testsupport.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * What SLF4J's loggers logged, at every level, from {@link #start()} to {@link #close()}, on every
 * thread. Needs the {@link CapturingProvider} bound: {@link #start()} fails otherwise, so that a
 * test never passes for having seen nothing.
 *
 * <pre>{@code
 * try (LogCapture capture = LogCapture.start()) {
 *   engine.score(folder, rejects::add);
 *   assertThat(capture.lines()).anyMatch(line -> line.startsWith("INFO "));
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
  private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();

  private final Queue<Event> events = new ConcurrentLinkedQueue<>();

  /**
   * One logging call.
   *
   * @param level its level
   * @param logger the logger's name
   * @param message the message, its arguments in place
   * @param thread the name of the thread that logged
   * @param thrown the stack trace of the throwable logged, or null
   */
  public record Event(
      Level level, String logger, String message, String thread, @Nullable String thrown) {
    /** Checks that nothing required is null. */
    public Event {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(logger, "logger");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(thread, "thread");
    }

    /**
     * @return {@code LEVEL logger - message}, then the stack trace on the following lines, if any
     */
    public String line() {
      return level + " " + logger + " - " + message + (thrown == null ? "" : "\n" + thrown);
    }
  }

  private LogCapture() {}

  /**
   * @return a capture, open until {@link #close()}
   * @throws IllegalStateException when SLF4J is not bound to {@link CapturingProvider}
   */
  public static LogCapture start() {
    if (!(LoggerFactory.getLogger(LogCapture.class) instanceof CapturingLogger)) {
      throw new IllegalStateException(
          "SLF4J is not bound to the capturing provider: run the tests with -Dslf4j.provider="
              + CapturingProvider.class.getName());
    }
    LogCapture capture = new LogCapture();
    OPEN.add(capture);
    return capture;
  }

  /**
   * @return the events so far, in the order they were logged
   */
  public List<Event> events() {
    return List.copyOf(events);
  }

  /**
   * @return the {@linkplain Event#line() lines} of the events so far
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    events.forEach(event -> lines.add(event.line()));
    return lines;
  }

  /**
   * @param logger a logger's name, e.g. a class's name
   * @param level a level
   * @return the messages of that logger at that level, in order
   */
  public List<String> messages(String logger, Level level) {
    return events.stream()
        .filter(event -> event.logger().equals(logger) && event.level() == level)
        .map(Event::message)
        .toList();
  }

  /** Stops capturing; the events stay readable. */
  @Override
  public void close() {
    OPEN.remove(this);
  }

  static boolean capturing() {
    return !OPEN.isEmpty();
  }

  static void record(Event event) {
    for (LogCapture capture : OPEN) {
      capture.events.add(event);
    }
  }
}
