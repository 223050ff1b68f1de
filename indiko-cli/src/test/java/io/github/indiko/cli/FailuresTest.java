package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** How {@link Failures} ends a command that ran out of memory or stack. */
class FailuresTest {
  private final StringWriter err = new StringWriter();
  private final CommandLine command = Indiko.commandLine(false);
  private final Failures failures = new Failures();

  FailuresTest() {
    command.setErr(new PrintWriter(err, true));
  }

  @Test
  void execute_stackOverflow_exits5WithOneLineAndNoStackTrace() {
    int code = failures.execute(parsed -> deep(0), parsed());

    assertThat(code).isEqualTo(Indiko.MEMORY);
    assertThat(err.toString().lines()).containsExactly(Failures.STACK_OVERFLOW);
    assertThat(Failures.STACK_OVERFLOW).contains("JAVA_OPTS=-Xss");
  }

  @Test
  void execute_outOfMemoryAsTheCauseOfAnError_exits5NamingTheHeap() {
    Error wrapped = new ExceptionInInitializerError(new OutOfMemoryError("Java heap space"));

    int code =
        failures.execute(
            parsed -> {
              throw wrapped;
            },
            parsed());

    assertThat(code).isEqualTo(Indiko.MEMORY);
    assertThat(err.toString().lines())
        .containsExactly(Failures.outOfMemory(Runtime.getRuntime().maxMemory()));
  }

  @Test
  void execute_anotherError_goesOn() {
    AssertionError bug = new AssertionError("a bug");

    assertThatThrownBy(
            () ->
                failures.execute(
                    parsed -> {
                      throw bug;
                    },
                    parsed()))
        .isSameAs(bug);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void handleExecutionException_outOfMemoryUnderAnotherFailure_exits5WithOneLine() {
    Exception wrapped =
        new IllegalStateException(
            new UncheckedIOException(new IOException(new OutOfMemoryError("Java heap space"))));

    int code = failures.handleExecutionException(wrapped, command, parsed());

    assertThat(code).isEqualTo(Indiko.MEMORY);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("indiko: out of memory (heap ");
  }

  @Test
  void outOfMemory_namesTheHeapInMebibytesAndSuggestsTwiceAsMuchInWholeGibibytes() {
    assertThat(Failures.outOfMemory(32L << 20))
        .isEqualTo(
            "indiko: out of memory (heap 32 MiB): run again with a larger heap, e.g."
                + " JAVA_OPTS=-Xmx2g ./indiko … or java -Xmx2g -jar indiko.jar …");
    assertThat(Failures.outOfMemory(3000L << 20))
        .contains("heap 3000 MiB", "-Xmx6g ", "-Xmx6g -jar");
  }

  /** A recursion without end. */
  private static int deep(int depth) {
    return deep(depth + 1) + 1;
  }

  private ParseResult parsed() {
    return command.parseArgs("schema", "results");
  }
}
