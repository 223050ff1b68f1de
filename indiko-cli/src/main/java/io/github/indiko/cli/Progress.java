package io.github.indiko.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long run on standard error, from a timer thread: nothing for the first two seconds;
 * then, on a terminal, one line rewritten with carriage returns four times a second and cleared at
 * the end; elsewhere a line every five seconds. It tells the elapsed time and, when the command
 * reads the lines itself, how many it has read.
 */
final class Progress implements AutoCloseable {
  private static final Duration DELAY = Duration.ofSeconds(2);
  private static final Duration TERMINAL_PERIOD = Duration.ofMillis(250);
  private static final Duration LOG_PERIOD = Duration.ofSeconds(5);

  private final PrintWriter err;
  private final boolean terminal;
  private final String label;
  private final @Nullable LongSupplier lines;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private int shownWidth;

  Progress(
      PrintWriter err,
      boolean terminal,
      String label,
      @Nullable LongSupplier lines,
      Duration delay,
      Duration period) {
    this.err = err;
    this.terminal = terminal;
    this.label = label;
    this.lines = lines;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "indiko-progress");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(
        this::report, delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * @param err standard error
   * @param terminal whether standard error is a terminal
   * @param label what is going on, e.g. {@code scoring}
   * @param lines the lines read so far, or null when the command does not read them itself
   * @return the running progress, to close when the run ends
   */
  static Progress start(
      PrintWriter err, boolean terminal, String label, @Nullable LongSupplier lines) {
    return new Progress(
        err, terminal, label, lines, DELAY, terminal ? TERMINAL_PERIOD : LOG_PERIOD);
  }

  private synchronized void report() {
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    String text =
        lines == null
            ? String.format(Locale.ROOT, "indiko: %s… %d s", label, seconds)
            : String.format(
                Locale.ROOT, "indiko: %s… %d s, %d lines read", label, seconds, lines.getAsLong());
    if (terminal) {
      err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
      shownWidth = text.length();
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Stops the timer; on a terminal, clears the progress line. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (shownWidth > 0) {
        err.print("\r" + " ".repeat(shownWidth) + "\r");
        err.flush();
      }
    }
  }
}
