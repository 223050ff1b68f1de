package io.github.indiko.cli;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.InputException;
import io.github.indiko.core.condition.ConditionError;
import io.github.indiko.core.condition.ConditionException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into exit codes and {@code indiko: <message>} lines on standard error. Only a
 * failure nobody expected (a bug) prints its stack trace.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
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
   * @return the first expected failure among {@code e} and its causes (the engine may wrap what its
   *     workers threw), or {@code e} itself
   */
  private static Throwable expected(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Failure
          || t instanceof DefinitionException
          || t instanceof ConditionException
          || t instanceof InputException
          || t instanceof UncheckedIOException) {
        return t;
      }
    }
    return e;
  }

  private static int report(Throwable e, PrintWriter err) {
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
    if (e instanceof UncheckedIOException io) {
      err.println("indiko: " + Io.describe(io.getCause()));
      return Indiko.IO;
    }
    return Indiko.BUG;
  }
}
