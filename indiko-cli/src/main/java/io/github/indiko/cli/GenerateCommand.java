package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.samples.SyntheticEdition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code indiko generate}: writes a synthetic edition folder in format v1. */
@Command(
    name = "generate",
    description = {
      "Writes a synthetic but realistic edition in format v1 to DIR, for trials, load tests and"
          + " benchmarks: communes of three size bands, hospitals and police stations, some not"
          + " enrolled (from 2 structures on), every enrolment level, answers and observations that differ by structure"
          + " and channel. The same options give the same bytes.",
      "With --invalid-ratio R, each data line is replaced by a refused one with probability R;"
          + " the first refused lines cycle through every reject reason the structures allow (with"
          + " one structure, none can be not_enrolled: a line says so).",
      "Unless --no-previous, DIR/previous/results.json holds the results of a previous edition of"
          + " the same structures, some better and some worse, and edition.json names it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "2:bad usage",
      "4:the folder could not be written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class GenerateCommand implements Callable<Integer> {
  /** The files of a format v1 edition folder that the command writes, in the order it lists. */
  static final List<String> FILES =
      List.of(
          EditionFolder.EDITION,
          EditionFolder.STRUCTURES,
          EditionFolder.ENROLMENTS,
          EditionFolder.QUESTIONNAIRE,
          EditionFolder.GRID,
          DataValidator.RESPONSES,
          DataValidator.AUDITS);

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder to write to; its edition files are replaced once all are generated.")
  private Path out;

  @Option(
      names = "--structures",
      paramLabel = "N",
      defaultValue = "12",
      description = "How many structures, at least 1 (default: ${DEFAULT-VALUE}).")
  private int structures;

  @Option(
      names = "--responses",
      paramLabel = "N",
      defaultValue = "2000",
      description = "How many lines of responses.jsonl (default: ${DEFAULT-VALUE}).")
  private long responses;

  @Option(
      names = "--audits",
      paramLabel = "N",
      defaultValue = "150",
      description = "How many lines of audits.jsonl (default: ${DEFAULT-VALUE}).")
  private long audits;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--invalid-ratio",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "The probability, in [0, 1], that a data line is refused by validate"
              + " (default: ${DEFAULT-VALUE}).")
  private double invalidRatio;

  @Option(
      names = "--no-previous",
      description = "Writes no previous edition; edition.json then names none.")
  private boolean noPrevious;

  @Override
  public Integer call() {
    SyntheticEdition edition;
    try {
      edition =
          new SyntheticEdition(structures, responses, audits, seed, invalidRatio, !noPrevious);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path folder = Io.folder(out);
    Set<RejectReason> leftOut = write(edition, folder);
    EditionDefinitions definitions = edition.definitions();
    if (!leftOut.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "indiko: with %d structure%s, no line can be rejected as %s; the refused lines have the"
              + " other reasons%n",
          structures,
          structures == 1 ? "" : "s",
          leftOut.stream().map(RejectReason::code).collect(Collectors.joining(", ")));
      err.flush();
    }
    PrintWriter console = spec.commandLine().getOut();
    console.printf(
        Locale.ROOT,
        "wrote a synthetic edition to %s%n"
            + "  %d structures, %d enrolled%n"
            + "  %d response lines, %d audit lines, seed %d, invalid ratio %s%n",
        folder.toAbsolutePath().normalize(),
        definitions.structures().size(),
        definitions.enrolments().size(),
        responses,
        audits,
        seed,
        Double.toString(invalidRatio));
    for (String name : FILES) {
      console.println("  " + name);
    }
    if (!noPrevious) {
      console.println("  " + SyntheticEdition.PREVIOUS);
    }
    console.flush();
    return Indiko.OK;
  }

  /**
   * Generates the edition in a hidden folder beside {@code folder}, then moves each file into
   * {@code folder}, replacing one of the same name: a failure while generating (the long part)
   * leaves {@code folder} as it was, and the hidden folder is removed whatever happens.
   *
   * @return the reject reasons left out, as {@link SyntheticEdition#write} gives them
   */
  private static Set<RejectReason> write(SyntheticEdition edition, Path folder) {
    Path staging;
    try {
      Path parent = folder.toAbsolutePath().normalize().getParent();
      staging =
          Files.createTempDirectory(
              parent == null ? folder : parent, "." + folder.getFileName() + ".generating-");
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot write " + folder + ": " + Io.describe(e));
    }
    try {
      Set<RejectReason> leftOut = edition.write(staging);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(staging)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      for (Path file : files) {
        Path target = folder.resolve(staging.relativize(file).toString());
        Files.createDirectories(Objects.requireNonNull(target.getParent()));
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return leftOut;
    } catch (UncheckedIOException e) {
      throw new Failure(Indiko.IO, "cannot write " + folder + ": " + Io.describe(e.getCause()));
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot write " + folder + ": " + Io.describe(e));
    } finally {
      remove(staging);
    }
  }

  /** Removes a folder and what it holds, as far as it can: a leftover is only a hidden folder. */
  private static void remove(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // Nothing to tell the user: the edition is written or the failure is already reported.
    }
  }
}
