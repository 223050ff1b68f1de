package io.github.indiko.cli;

import io.github.indiko.samples.ApplicationLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code indiko} command (cli.md): {@code demo}, {@code validate}, {@code score}, {@code
 * explain}, {@code generate}, {@code schema} and {@code spec}. Results go to files and to standard
 * output, progress and errors to standard error, one line {@code indiko: <message>} per failure,
 * never a stack trace for an expected one. The process exits with 0 when done, 1 when {@code
 * validate} rejected lines, 2 on bad usage, 3 on invalid definitions, 4 when an input or output
 * could not be read or written, 5 when the Java virtual machine ran out of memory (heap or stack;
 * the line names the heap and how to give more) and 70 on an internal error (a bug).
 */
@Command(
    name = "indiko",
    description = {
      "Scores barometers of public-service reception: mystery audits and a citizen survey.",
      "Start with 'indiko demo'; every command has --help; 'indiko spec' lists the files of the"
          + " specification that the commands follow, e.g. 'indiko spec cli'."
    },
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ExplainCommand.class,
      GenerateCommand.class,
      SchemaCommand.class,
      SpecCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:data lines were rejected (validate only)",
      "2:bad usage",
      "3:invalid definitions (the message names the file and the JSON pointer)",
      "4:an input or output could not be read or written",
      "5:out of memory, heap or stack (the message says how to give more)",
      "70:internal error (a bug: please report it with the stack trace)"
    })
public final class Indiko implements Runnable {
  /** Done. */
  static final int OK = 0;

  /** {@code validate} rejected data lines. */
  static final int REJECTED = 1;

  /** Bad usage: unknown command, option or value. */
  static final int USAGE = 2;

  /** Invalid definitions. */
  static final int DEFINITIONS = 3;

  /** An input or output could not be read or written. */
  static final int IO = 4;

  /**
   * The Java virtual machine ran out of memory, heap ({@link OutOfMemoryError}) or stack ({@link
   * StackOverflowError}).
   */
  static final int MEMORY = 5;

  /** A failure nobody expected: a bug (sysexits' EX_SOFTWARE). */
  static final int BUG = 70;

  private final boolean terminal;
  private final Io io;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Shows this help and exits.")
  private boolean help;

  private Indiko(boolean terminal, Io io) {
    this.terminal = terminal;
    this.io = io;
  }

  /**
   * Runs the command and exits the virtual machine with its exit code.
   *
   * @param args the command line, e.g. {@code score edition-2017 --out results}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command in this virtual machine, as {@link #main} does, without exiting: for hosts and
   * tests that call the command line from Java. Output goes to {@link System#out} and {@link
   * System#err}. Once the command line is parsed, and before the command runs, sets the level of
   * slf4j-simple from {@code -v} and {@code -q} ({@link Verbosity}): where the virtual machine
   * logged through slf4j-simple before, or logs through another binding, the options change
   * nothing.
   *
   * @param args the command line, e.g. {@code validate edition-2017}
   * @return the exit code of cli.md: 0 done, 1 lines rejected ({@code validate}), 2 bad usage, 3
   *     invalid definitions, 4 an input or output could not be read or written, 5 out of memory or
   *     stack, 70 internal error
   */
  public static int run(String... args) {
    ApplicationLogging.quiet();
    CommandLine command = commandLine(System.console() != null);
    CommandLine.IExecutionStrategy strategy = command.getExecutionStrategy();
    return command
        .setExecutionStrategy(
            parsed -> {
              Verbosity.apply(parsed);
              return strategy.execute(parsed);
            })
        .execute(args);
  }

  /**
   * @param terminal whether standard error is taken for a terminal: progress then rewrites one line
   * @return the command line, with the handlers that turn failures into messages and exit codes
   */
  static CommandLine commandLine(boolean terminal) {
    return commandLine(terminal, Io.Disk.REAL);
  }

  /**
   * @param terminal whether standard error is taken for a terminal
   * @param disk the way to the disk of every output stream: tests put a failing disk there
   * @return the command line
   */
  static CommandLine commandLine(boolean terminal, Io.Disk disk) {
    Failures failures = new Failures();
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    CommandLine command = new CommandLine(new Indiko(terminal, new Io(disk)));
    Verbosity.addTo(command.getCommandSpec());
    return command
        .setExecutionStrategy(parsed -> failures.execute(runLast, parsed))
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
  }

  /**
   * @return whether progress may rewrite its line with carriage returns
   */
  boolean terminal() {
    return terminal;
  }

  /**
   * @return the files the commands write go there
   */
  Io io() {
    return io;
  }

  /** Without a command: bad usage. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is missing: demo, validate, score, explain, generate, schema or spec");
  }
}
