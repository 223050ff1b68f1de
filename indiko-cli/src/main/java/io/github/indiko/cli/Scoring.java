package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.json.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectWriter;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Scoring an edition folder, shared by {@code score}, {@code demo} and {@code explain}. */
final class Scoring {
  /** File name of the results in the output folder. */
  static final String RESULTS = "results.json";

  /** File name of the rejects in the output folder. */
  static final String REJECTS = "rejects.jsonl";

  /** File name of the trophies in the output folder. */
  static final String TROPHIES = "trophies.json";

  private final ScoringEngine engine;
  private final CommandLine command;
  private final boolean terminal;

  /**
   * @param threads the engine's worker threads, at least 1
   * @param command the running command, for its standard error
   * @param terminal whether standard error is a terminal
   */
  Scoring(int threads, CommandLine command, boolean terminal) {
    this.engine = ScoringEngine.builder().builtIns().threads(threads).build();
    this.command = command;
    this.terminal = terminal;
  }

  /**
   * Loads the definitions and checks that the engine knows their strategies and ranking policy, so
   * that a command fails on them before it writes anything.
   *
   * @param edition an edition folder
   * @return its definitions, checked
   */
  EditionDefinitions definitions(Path edition) {
    EditionDefinitions definitions = EditionFolder.load(edition);
    engine.tally(definitions);
    return definitions;
  }

  /**
   * Scores an edition, with progress on standard error.
   *
   * @param definitions the edition's definitions, checked by {@link #definitions}
   * @param edition the edition folder
   * @param rejects receives every refused line, responses first, in line order
   * @return the results
   */
  Results score(EditionDefinitions definitions, Path edition, Consumer<? super Reject> rejects) {
    Progress progress = Progress.start(command.getErr(), terminal, "scoring", null);
    try {
      return engine.score(definitions, edition, rejects);
    } finally {
      progress.close();
    }
  }

  /**
   * Scores an edition into a folder: {@code results.json}, {@code rejects.jsonl}, {@code
   * trophies.json}; prints a summary.
   *
   * @param edition the edition folder
   * @param folder the output folder, created if needed
   * @return the results
   */
  Results scoreInto(Path edition, Path folder) {
    EditionDefinitions definitions = definitions(edition);
    Io.folder(folder);
    Path rejectsFile = folder.resolve(REJECTS);
    Results results;
    try (RejectWriter rejects = RejectWriter.of(Io.create(rejectsFile))) {
      results = score(definitions, edition, rejects::write);
    } catch (UncheckedIOException e) {
      throw new Failure(
          Indiko.IO, "cannot write " + rejectsFile + ": " + Io.describe(e.getCause()));
    }
    Path resultsFile = folder.resolve(RESULTS);
    Io.write(resultsFile, out -> ResultsJson.write(results, out));
    Path trophiesFile = folder.resolve(TROPHIES);
    Io.write(trophiesFile, out -> ResultsJson.writeTrophies(results, out));
    PrintWriter out = command.getOut();
    summary(out, results);
    out.println("wrote " + resultsFile);
    out.printf(
        "wrote %s (%d rejected lines)%n",
        rejectsFile, results.responses().rejected() + results.audits().rejected());
    out.println("wrote " + trophiesFile);
    return results;
  }

  private static void summary(PrintWriter out, Results results) {
    long eligible = results.structures().stream().filter(StructureResult::eligible).count();
    out.printf(
        "edition %s: %d structures scored, %d ranked, %d trophies awarded, %d categories without"
            + " a trophy%n%n",
        results.edition().value(),
        results.structures().size(),
        eligible,
        results.trophies().size(),
        results.notAwarded().size());
    SourceCounts counts = results.responses();
    SourceCounts audits = results.audits();
    new Table("", "source", "read", "accepted", "rejected")
        .row(DataValidator.RESPONSES, counts.read(), counts.accepted(), counts.rejected())
        .row(DataValidator.AUDITS, audits.read(), audits.accepted(), audits.rejected())
        .print(out);
    out.println();
  }
}
