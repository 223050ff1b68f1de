package io.github.indiko.cli;

import io.github.indiko.samples.ApplicationLogging;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The options of every command that choose what the libraries' loggers print to standard error
 * (cli.md, Logging): {@code -v}/{@code --verbose} once for INFO, twice ({@code -vv}) for DEBUG,
 * {@code -q}/{@code --quiet} for errors only; WARN without them. The command's own output, its
 * progress line and its messages do not depend on them.
 */
final class Verbosity {
  private static final String VERBOSE = "--verbose";
  private static final String QUIET = "--quiet";

  private Verbosity() {}

  /**
   * Adds the options to a command and, inherited, to all its subcommands, before or after the
   * command.
   *
   * @param command the top command
   */
  static void addTo(CommandSpec command) {
    command.addOption(
        OptionSpec.builder("-v", VERBOSE)
            .type(boolean[].class)
            .arity("0")
            .scopeType(ScopeType.INHERIT)
            .description(
                "Logs more to standard error: -v the start and end of each scoring with its"
                    + " counts (INFO), -vv also its phases (DEBUG). Never a datum of the lines.")
            .build());
    command.addOption(
        OptionSpec.builder("-q", QUIET)
            .type(boolean.class)
            .arity("0")
            .scopeType(ScopeType.INHERIT)
            .description("Logs errors only (default: warnings and errors).")
            .build());
  }

  /**
   * Sets the level of slf4j-simple from the options given: before anything logs, as slf4j-simple
   * reads its settings once. Without an option, a level the user set ({@code -D} option) stays.
   *
   * @param parsed the parsed command line
   * @throws ParameterException (exit 2) when both {@code --verbose} and {@code --quiet} are given
   */
  static void apply(ParseResult parsed) {
    ApplicationLogging.simpleLogger(level(parsed), Map.of());
  }

  /**
   * @param parsed the parsed command line
   * @return {@code error}, {@code warn}, {@code info} or {@code debug} as the options ask, or the
   *     level the user set, else {@code warn}
   * @throws ParameterException when both {@code --verbose} and {@code --quiet} are given
   */
  static String level(ParseResult parsed) {
    int verbose = 0;
    boolean quiet = false;
    ParseResult last = parsed;
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      last = command;
      for (OptionSpec option : command.matchedOptions()) {
        verbose += option.longestName().equals(VERBOSE) ? 1 : 0;
        quiet |= option.longestName().equals(QUIET);
      }
    }
    if (quiet && verbose > 0) {
      throw new ParameterException(
          last.commandSpec().commandLine(), "--quiet and --verbose exclude each other");
    }
    if (quiet) {
      return "error";
    }
    if (verbose == 0) {
      return System.getProperty(ApplicationLogging.DEFAULT_LEVEL, "warn");
    }
    return verbose == 1 ? "info" : "debug";
  }
}
