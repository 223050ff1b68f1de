package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void close_runShorterThanTheDelay_printsNothing() {
    StringWriter err = new StringWriter();

    Progress.start(new PrintWriter(err), false, "scoring", null).close();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void report_notATerminal_printsWholeLinesWithTheLinesRead() throws InterruptedException {
    StringWriter err = new StringWriter();
    AtomicLong lines = new AtomicLong(42);
    Progress progress =
        new Progress(
            new PrintWriter(err),
            false,
            "validating",
            lines::get,
            Duration.ZERO,
            Duration.ofMillis(10));

    Thread.sleep(100);
    progress.close();

    assertThat(err.toString())
        .startsWith("indiko: validating… 0 s, 42 lines read\n")
        .doesNotContain("\r");
  }

  @Test
  void close_terminal_clearsTheRewrittenLine() throws InterruptedException {
    StringWriter err = new StringWriter();
    Progress progress =
        new Progress(
            new PrintWriter(err), true, "scoring", null, Duration.ZERO, Duration.ofMillis(10));

    Thread.sleep(100);
    progress.close();

    String text = err.toString();
    assertThat(text).startsWith("\rindiko: scoring… 0 s").doesNotContain("\n").endsWith("\r");
    String cleared =
        text.substring(text.lastIndexOf('\r', text.length() - 2) + 1, text.length() - 1);
    assertThat(cleared).isBlank().hasSize("indiko: scoring… 0 s".length());
  }
}
