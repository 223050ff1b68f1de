package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.samples.SyntheticEdition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
          + " enrolled (from 2 structures on), every enrolment level, answers and observations"
          + " that differ by structure and channel. The same options give the same bytes.",
      "With --invalid-ratio R, each data line is replaced by a refused one with probability R;"
          + " the first refused lines cycle through every reject reason the structures allow (with"
          + " one structure, none can be not_enrolled: a line says so).",
      "Unless --no-previous, DIR/previous/results.json holds the results of a previous edition of"
          + " the same structures, some better and some worse, and edition.json names it.",
      "Unless --no-segments, the questionnaire declares the segments age (16-34, 35-64, 65+) and"
          + " sex (f, m), which responses answer younger online and older elsewhere than the"
          + " population, each structure its own way; the data lines are the same either way.",
      "With --weighting post-stratification (on age) or raking (on age and sex), edition.json asks"
          + " for that weighting and DIR/population.json holds the margins: \"*\" the population"
          + " the respondents are drawn from, and the first two enrolled communes their own; the"
          + " data lines are the same whatever the method.",
      "Structures lie in departments, some in Alsace-Moselle and overseas; the grid's mail_reply"
          + " (the days to answer a letter, in working days) is observed as two dates, counted with"
          + " the structure's public holidays.",
      "With --doubles D, each valid audit line is followed, with probability D, by a calibration"
          + " double of it: \"of\" its original, the same structure and channel, another auditor,"
          + " shortly after, mostly agreeing.",
      "With --versions N, edition.json names N versions of the questionnaire, 3 to 3 + N - 1, in"
          + " questionnaires/accueil-VERSION.json: each newer one adds a question (version 4: the"
          + " new online appointment service) and rewords another, scoring it alike. Responses"
          + " answer the version in use on their day, the collection cut into N equal spans."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "2:bad usage, or --out holds files Indiko did not write",
      "4:the folder could not be written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder to write to, replaced whole once the edition is generated; only an empty"
              + " folder or one Indiko wrote is replaced.")
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

  @Option(
      names = "--no-segments",
      description =
          "Declares no segment in questionnaire.json: the responses' age and sex are then free"
              + " and not analysed, and no line is refused as invalid_segment.")
  private boolean noSegments;

  @Option(
      names = "--weighting",
      paramLabel = "METHOD",
      defaultValue = "none",
      description =
          "none, post-stratification (on age) or raking (on age and sex): the weighting"
              + " edition.json asks for, with population.json; not with --no-segments"
              + " (default: ${DEFAULT-VALUE}).")
  private String weighting;

  @Option(
      names = "--doubles",
      paramLabel = "RATIO",
      defaultValue = "0",
      description =
          "The probability, in [0, 1], that a valid audit line is followed by a calibration double"
              + " of it, under the next id; 0 writes none (default: ${DEFAULT-VALUE}).")
  private double doubles;

  @Option(
      names = "--versions",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "How many versions of the questionnaire the edition names, 1 to "
              + SyntheticEdition.MAX_VERSIONS
              + " (default: ${DEFAULT-VALUE}).")
  private int versions;

  @Override
  public Integer call() {
    SyntheticEdition edition;
    try {
      Weighting.Method method = Weighting.Method.fromCode(weighting);
      if (method != Weighting.Method.NONE && noSegments) {
        throw new ParameterException(
            spec.commandLine(),
            "--weighting "
                + weighting
                + " weights on the segments age and sex, which --no-segments leaves undeclared:"
                + " give one or the other");
      }
      edition =
          new SyntheticEdition(
              structures,
              responses,
              audits,
              seed,
              invalidRatio,
              !noPrevious,
              !noSegments,
              method,
              doubles,
              versions);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Set<RejectReason> leftOut = EnumSet.noneOf(RejectReason.class);
    leftOut.addAll(write(edition, out));
    // Asked for: without segments, no line can be invalid_segment.
    leftOut.remove(RejectReason.INVALID_SEGMENT);
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
        out.toAbsolutePath().normalize(),
        definitions.structures().size(),
        definitions.enrolments().size(),
        responses,
        audits,
        seed,
        Double.toString(invalidRatio));
    if (doubles > 0) {
      console.println("  calibration doubles ratio " + doubles + ", beyond the audit lines");
    }
    if (versions > 1) {
      console.println("  " + versions + " versions of the questionnaire");
    }
    for (String name : EditionFolder.FILES) {
      List<String> files =
          name.equals(EditionFolder.QUESTIONNAIRE)
              ? EditionFolder.questionnaireFiles(definitions.edition())
              : List.of(name);
      files.forEach(file -> console.println("  " + file));
    }
    if (definitions.population() != null) {
      console.println("  " + EditionFolder.POPULATION);
    }
    if (!noPrevious) {
      console.println("  " + SyntheticEdition.PREVIOUS);
    }
    console.flush();
    return Indiko.OK;
  }

  /**
   * Generates the edition beside {@code folder}, then puts it in place whole ({@link
   * Publication}): a failure while generating (the long part) leaves {@code folder} as it was.
   *
   * @return the reject reasons left out, as {@link SyntheticEdition#write} gives them
   */
  private static Set<RejectReason> write(SyntheticEdition edition, Path folder) {
    try (Publication publication = Publication.open(folder, "--out")) {
      Set<RejectReason> leftOut;
      try {
        leftOut = edition.write(publication.folder());
      } catch (UncheckedIOException e) {
        throw failure(publication, e.getCause());
      }
      publication.publish();
      return leftOut;
    }
  }

  private static Failure failure(Publication publication, IOException e) {
    return new Failure(
        Indiko.IO,
        publication.shown("cannot write " + publication.folder() + ": " + Io.describe(e))
            + " ("
            + publication.unchanged()
            + ")");
  }
}
