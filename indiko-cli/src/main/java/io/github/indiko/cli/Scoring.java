package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectWriter;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.scoring.Tally;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.Reports;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.store.IndikoStore;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Scoring an edition folder, or its data kept in a store, shared by {@code score}, {@code demo} and
 * {@code explain}.
 */
final class Scoring {
  /** File name of the results in the output folder. */
  static final String RESULTS = "results.json";

  /** File name of the rejects in the output folder. */
  static final String REJECTS = "rejects.jsonl";

  /** File name of the trophies in the output folder. */
  static final String TROPHIES = "trophies.json";

  private final ScoringEngine engine;
  private final @Nullable LocalDate asOf;
  private final CommandLine command;
  private final Indiko indiko;

  /**
   * Scoring as of today in the edition's time zone.
   *
   * @param threads the engine's worker threads, at least 1
   * @param pseudonymiser replaces the respondent tokens before anything else, or null
   * @param command the running command, for its standard output and error
   * @param indiko the command line, for its terminal and its output files
   */
  Scoring(int threads, @Nullable Pseudonymiser pseudonymiser, CommandLine command, Indiko indiko) {
    this(threads, pseudonymiser, null, command, indiko);
  }

  /**
   * @param threads the engine's worker threads, at least 1
   * @param pseudonymiser replaces the respondent tokens before anything else, or null
   * @param asOf the day the results are scored as of, or null for today in the edition's time zone
   * @param command the running command, for its standard output and error
   * @param indiko the command line, for its terminal and its output files
   */
  Scoring(
      int threads,
      @Nullable Pseudonymiser pseudonymiser,
      @Nullable LocalDate asOf,
      CommandLine command,
      Indiko indiko) {
    this.engine =
        ScoringEngine.builder()
            .builtIns()
            .threads(threads)
            .pseudonymiser(pseudonymiser)
            .asOf(asOf)
            .build();
    this.asOf = asOf;
    this.command = command;
    this.indiko = indiko;
  }

  /**
   * Loads the definitions and checks that the engine knows their strategies and ranking policy, and
   * that the data files can be read and were not cut short ({@link DataFiles}), so that a command
   * fails on them before it writes anything.
   *
   * @param edition an edition folder
   * @return its definitions, checked
   */
  EditionDefinitions definitions(Path edition) {
    EditionDefinitions definitions = EditionFolder.load(edition);
    engine.tally(definitions);
    DataFiles.check(DataValidator.of(definitions), edition);
    return definitions;
  }

  /**
   * Loads the definitions and checks that the engine knows their strategies and ranking policy,
   * for a scoring of the data a store kept: the folder's data files are not read.
   *
   * @param edition an edition folder
   * @return its definitions, checked
   */
  EditionDefinitions definitionsOnly(Path edition) {
    EditionDefinitions definitions = EditionFolder.load(edition);
    engine.tally(definitions);
    return definitions;
  }

  /**
   * Scores an edition, with progress on standard error.
   *
   * @param definitions the edition's definitions, checked by {@link #definitions}
   * @param data the edition's data lines
   * @param rejects receives every refused line, responses first, in line order
   * @return the definitions, results and details
   */
  private ScoredEdition score(
      EditionDefinitions definitions, EditionData data, Consumer<? super Reject> rejects) {
    Progress progress = Progress.start(command.getErr(), indiko.terminal(), "scoring", null);
    try {
      return engine.scoreInFull(definitions, data, rejects);
    } finally {
      progress.close();
    }
  }

  /**
   * Scores an edition and explains one structure's numbers, with progress on standard error.
   *
   * @param definitions the edition's definitions, checked by {@link #definitions}
   * @param edition the edition folder
   * @param structure the structure's id
   * @return the explanation
   * @throws ParameterException (exit 2) when the structure is neither enrolled nor named by data
   */
  Explanation explain(EditionDefinitions definitions, Path edition, String structure) {
    Progress progress = Progress.start(command.getErr(), indiko.terminal(), "scoring", null);
    try {
      Tally tally = engine.tally(definitions, edition, reject -> {});
      if (engine.results(tally).structure(structure).isEmpty()) {
        throw new ParameterException(
            command,
            "no structure '"
                + structure
                + "' among the enrolled structures and those the data names");
      }
      return engine.explain(tally, structure);
    } finally {
      progress.close();
    }
  }

  /**
   * Scores an edition into a folder: {@code results.json}, {@code rejects.jsonl}, {@code
   * trophies.json}, {@code index.html}, the auditors' agreement when there is one, and the
   * reports of each structure, written beside the folder and put in its place whole ({@link
   * Publication}); prints a summary. Provisional results are refused, before any data line is
   * scored or any file written, unless the request allows them.
   *
   * @param edition the edition folder
   * @param folder the output folder, created if needed, replaced whole if Indiko wrote it; refused
   *     when it is, holds or lies inside an input ({@link InputPaths})
   * @param keyFile the pseudonymisation key file, or null
   * @param request which reports to write, and how
   * @return the path of {@code index.html}
   * @throws Failure (exit 2) when the results would be provisional and the request does not allow
   *     them
   */
  Path scoreInto(Path edition, Path folder, @Nullable Path keyFile, ReportRequest request) {
    return scoreInto(edition, null, folder, keyFile, request);
  }

  /**
   * Scores an edition into a folder as {@link #scoreInto(Path, Path, Path, ReportRequest)} does,
   * its data lines read from the folder or, when one is given, from a store (cli.md, Data kept in a
   * database).
   *
   * @param edition the edition folder, of the definitions (and of the data without a store)
   * @param store the store that keeps the edition's data lines, or null to read the folder's files
   * @param folder the output folder
   * @param keyFile the pseudonymisation key file, or null
   * @param request which reports to write, and how
   * @return the path of {@code index.html}
   */
  Path scoreInto(
      Path edition,
      @Nullable IndikoStore store,
      Path folder,
      @Nullable Path keyFile,
      ReportRequest request) {
    EditionDefinitions definitions =
        store == null ? definitions(edition) : definitionsOnly(edition);
    EditionData data =
        store == null ? EditionData.folder(edition) : store.edition(definitions).data();
    if (request.locale() != null) {
      Options.locale(request.locale(), definitions, command.getCommandSpec());
    }
    Edition dated = definitions.edition();
    LocalDate day = asOf != null ? asOf : LocalDate.now(dated.timeZone());
    if (AsOf.of(dated, day).provisional() && !request.provisional()) {
      throw new Failure(
          Indiko.USAGE,
          String.format(
              Locale.ROOT,
              "edition %s is in state %s on %s (collection %s): its results would be provisional;"
                  + " run again with --provisional to publish them marked so (nothing was"
                  + " written)",
              dated.id().value(),
              dated.stateOn(day).id(),
              day,
              dated.collection()));
    }
    InputPaths.of(edition, definitions, keyFile).refuse("--out", folder);
    Optional<Results> previous = Reports.previous(definitions, edition);
    Io io = indiko.io();
    ScoredEdition scored;
    List<Path> written;
    int structures;
    try (Publication publication = Publication.open(folder, "--out")) {
      Path rejectsFile = publication.file(REJECTS);
      // The rejects are written while the edition is scored, the results once it is.
      try (Io.Output rejectsOutput =
              io.output(rejectsFile, publication.shown(rejectsFile), publication.unchanged());
          RejectWriter rejects = RejectWriter.of(rejectsOutput.stream())) {
        scored = score(definitions, data, reject -> write(rejects, reject, rejectsOutput));
        Results results = scored.results();
        write(io, publication, RESULTS, out -> ResultsJson.write(results, out));
        close(rejects, rejectsOutput);
        rejectsOutput.commit();
      }
      Results results = scored.results();
      write(io, publication, TROPHIES, out -> ResultsJson.writeTrophies(results, out));
      ReportSet reports = Reports.of(scored, previous.orElse(null));
      structures = reports.structures().size();
      HtmlOptions options =
          new HtmlOptions(
              request.locale() == null
                  ? Locale.forLanguageTag(definitions.edition().defaultLocale())
                  : request.locale(),
              request.scale());
      try {
        written =
            ReportFolder.write(
                reports,
                definitions,
                publication.folder(),
                request.level(),
                request.formats(),
                options);
      } catch (UncheckedIOException e) {
        throw new Failure(
            Indiko.IO,
            publication.shown(e.getMessage())
                + ": "
                + Io.describe(e.getCause())
                + " ("
                + publication.unchanged()
                + ")");
      }
      publication.publish();
    }
    Results results = scored.results();
    PrintWriter out = command.getOut();
    summary(out, results);
    out.println("wrote " + folder.resolve(RESULTS));
    out.printf(
        "wrote %s (%d rejected lines)%n",
        folder.resolve(REJECTS), results.responses().rejected() + results.audits().rejected());
    out.println("wrote " + folder.resolve(TROPHIES));
    Path index = folder.resolve(ReportFolder.INDEX);
    String agreementFiles = ReportFolder.AGREEMENT + ".";
    long agreement =
        written.stream()
            .filter(file -> file.getFileName().toString().startsWith(agreementFiles))
            .count();
    out.printf(
        "wrote %s and %d reports of %d structures in %s%n",
        index,
        written.size() - 1 - agreement,
        structures,
        folder.resolve(ReportFolder.STRUCTURES));
    if (agreement > 0) {
      out.println(
          "wrote " + folder.resolve(agreementFiles + "html") + " (the auditors' agreement)");
    }
    return index;
  }

  private static void write(Io io, Publication publication, String name, Io.Content content) {
    Path file = publication.file(name);
    io.write(file, publication.shown(file), publication.unchanged(), content);
  }

  /**
   * Which reports {@link #scoreInto} writes.
   *
   * @param level the highest level written
   * @param formats the formats written per structure
   * @param locale the language of the HTML pages, or null for the edition's default locale
   * @param scale how HTML pages show scores
   * @param provisional whether provisional results may be published
   */
  record ReportRequest(
      Level level,
      Set<ReportFormat> formats,
      @Nullable Locale locale,
      ScoreScale scale,
      boolean provisional) {
    /** Every level and format, in the edition's language, out of 100, final results only. */
    static ReportRequest everything() {
      return new ReportRequest(
          Level.ORGANISATION, EnumSet.allOf(ReportFormat.class), null, ScoreScale.HUNDRED, false);
    }
  }

  /**
   * Writes a reject; a failure is a {@link Failure} naming the file, which the engine passes on as
   * it is (an {@link UncheckedIOException} would be taken for a failure to read the data).
   */
  static void write(RejectWriter rejects, Reject reject, Io.Output output) {
    try {
      rejects.write(reject);
    } catch (UncheckedIOException e) {
      throw output.cannotWrite(e.getCause());
    }
  }

  /** Flushes and closes a reject writer, a failure naming the file. */
  static void close(RejectWriter rejects, Io.Output output) {
    try {
      rejects.close();
    } catch (UncheckedIOException e) {
      throw output.cannotWrite(e.getCause());
    }
  }

  private static void summary(PrintWriter out, Results results) {
    long eligible = results.structures().stream().filter(StructureResult::eligible).count();
    out.printf(
        "edition %s: %d structures scored, %d ranked, %d trophies awarded, %d categories without"
            + " a trophy%n",
        results.edition().value(),
        results.structures().size(),
        eligible,
        results.trophies().size(),
        results.notAwarded().size());
    out.printf(
        "results as of %s: %s%n%n",
        results.asOf().date(),
        results.asOf().provisional()
            ? "provisional, the collection was not closed"
            : "final, the collection was closed");
    SourceCounts counts = results.responses();
    SourceCounts audits = results.audits();
    new Table("", "source", "read", "accepted", "rejected")
        .row(DataValidator.RESPONSES, counts.read(), counts.accepted(), counts.rejected())
        .row(DataValidator.AUDITS, audits.read(), audits.accepted(), audits.rejected())
        .print(out);
    out.println();
  }
}
