package io.github.indiko.cli;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.InputException;
import io.github.indiko.core.condition.ConditionError;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into exit codes and {@code indiko: <message>} lines on standard error. Only a
 * failure nobody expected (a bug) prints its stack trace. Running out of memory or of stack is
 * expected of a large enough edition: one line says how much there was and how to give more.
 * Used by one command line at a time.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** The line of a {@link StackOverflowError}. */
  static final String STACK_OVERFLOW =
      "indiko: out of stack (a nesting too deep for a thread's stack): run again with a larger"
          + " stack, e.g. JAVA_OPTS=-Xss64m ./indiko …";

  private static final long MEBIBYTE = 1L << 20;
  private static final long GIBIBYTE = 1L << 30;

  /** Released when the heap runs out, so that the message can be written. */
  private byte @Nullable [] reserve = new byte[256 << 10];

  /**
   * Runs a parsed command line. An {@link OutOfMemoryError} or a {@link StackOverflowError}, which
   * picocli lets through (its handlers take exceptions only), as it is or as the cause of another
   * error, ends the command with one line and {@link Indiko#MEMORY}; any other error goes on.
   *
   * @param strategy how picocli runs the command, e.g. {@link CommandLine.RunLast}
   * @param parsed the parsed command line
   * @return the exit code
   */
  int execute(IExecutionStrategy strategy, ParseResult parsed) {
    try {
      return strategy.execute(parsed);
    } catch (Error e) {
      Throwable expected = expected(e);
      if (!(expected instanceof OutOfMemoryError || expected instanceof StackOverflowError)) {
        throw e;
      }
      PrintWriter err = parsed.commandSpec().commandLine().getErr();
      int code = report(expected, err);
      err.flush();
      return code;
    }
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("indiko: " + e.getMessage());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return Indiko.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int code = report(expected(e), err);
    if (code == Indiko.BUG) {
      err.println("indiko: internal error, please report it with what follows");
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * @return an {@link OutOfMemoryError} or a {@link StackOverflowError} among {@code e} and its
   *     causes (whatever failed with it failed for want of memory), else the first expected failure
   *     among them (the engine may wrap what its workers threw), else {@code e} itself
   */
  private static Throwable expected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
        return t;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Failure
          || t instanceof DefinitionException
          || t instanceof ConditionException
          || t instanceof InputException
          || t instanceof StoreException
          || t instanceof UncheckedIOException) {
        return t;
      }
    }
    return e;
  }

  private int report(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      // What filled the heap is unreachable once the command's frames are gone; the reserve
      // makes room even if a worker still holds some.
      reserve = null;
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      return Indiko.MEMORY;
    }
    if (e instanceof StackOverflowError) {
      err.println(STACK_OVERFLOW);
      return Indiko.MEMORY;
    }
    if (e instanceof Failure failure) {
      err.println("indiko: " + failure.getMessage());
      return failure.exitCode();
    }
    if (e instanceof DefinitionException definitions) {
      for (DefinitionProblem problem : definitions.problems()) {
        err.println("indiko: " + problem);
      }
      return Indiko.DEFINITIONS;
    }
    if (e instanceof ConditionException conditions) {
      for (ConditionError error : conditions.errors()) {
        err.println("indiko: " + error);
      }
      return Indiko.DEFINITIONS;
    }
    if (e instanceof InputException input) {
      err.println("indiko: " + input.getMessage());
      return Indiko.IO;
    }
    if (e instanceof StoreException store) {
      err.println("indiko: " + store.getMessage());
      return Indiko.IO;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("indiko: " + Io.describe(io.getCause()));
      return Indiko.IO;
    }
    return Indiko.BUG;
  }

  /**
   * @param maxMemory the heap the virtual machine may use, in bytes ({@link Runtime#maxMemory})
   * @return the line of an {@link OutOfMemoryError}: the heap in MiB, and a heap to try, twice as
   *     large in whole GiB and at least 2 GiB
   */
  static String outOfMemory(long maxMemory) {
    long more = Math.max(2, (2 * maxMemory + GIBIBYTE - 1) / GIBIBYTE);
    return String.format(
        Locale.ROOT,
        "indiko: out of memory (heap %d MiB): run again with a larger heap, e.g."
            + " JAVA_OPTS=-Xmx%dg ./indiko … or java -Xmx%dg -jar indiko.jar …",
        maxMemory / MEBIBYTE,
        more,
        more);
  }
}
