package io.github.indiko.cli;

import io.github.indiko.core.structure.Level;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.store.IndikoStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indiko score}: validates, scores, ranks and awards an edition into a folder. */
@Command(
    name = "score",
    description = {
      "Scores an edition folder: validates every line, scores, ranks and awards the trophies.",
      "Writes DIR/results.json (indiko.results/1), DIR/rejects.jsonl (every refused line with"
          + " its reason), DIR/trophies.json, the public overview DIR/index.html and, per enrolled"
          + " structure, DIR/structures/ID/{raw,analysis,organisation}.{json,csv,html} as its"
          + " enrolment allows, and when calibration audits were accepted the auditors' agreement"
          + " DIR/agreement.{html,json,csv}; prints a summary. Rejected lines do not stop it.",
      "When edition.json names a previous edition's results.json, the analysis compares with it.",
      "With --store, the data lines are those a database keeps for the edition (see 'indiko"
          + " import').",
      "Results scored before the edition's collection is closed are provisional: such a run is"
          + " refused, writing nothing, unless --provisional asks to publish them, every page"
          + " marked so."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored (even with rejected lines)",
      "2:bad usage, or --out holds files Indiko did not write or an input, or the results are"
          + " provisional without --provisional",
      "3:invalid definitions",
      "4:an input or output could not be read or written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "EDITION_DIR",
      description = "The edition folder (see 'indiko spec formats').")
  private Path edition;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The output folder, created if needed, replaced whole once every file is written; only"
              + " an empty folder or one Indiko wrote is replaced, never one holding an input.")
  private Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  private @Nullable Integer threads;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      converter = Options.LevelConverter.class,
      defaultValue = "organisation",
      description =
          "raw, analysis or organisation: the highest report level written (default:"
              + " ${DEFAULT-VALUE}); a structure never gets more than its enrolment allows.")
  private Level level;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      converter = Options.FormatConverter.class,
      defaultValue = "json,csv,html",
      description = "json, csv, html, comma-separated: the report formats (default: all).")
  private List<ReportFormat> formats;

  @Option(
      names = "--locale",
      paramLabel = "TAG",
      converter = Options.LocaleConverter.class,
      description =
          "The language of the HTML pages: fr, en, or the edition's default locale (the"
              + " default).")
  private @Nullable Locale locale;

  @Option(
      names = "--scale",
      paramLabel = "MAX",
      defaultValue = "100",
      converter = Options.ScaleConverter.class,
      description = "100 or 10: how HTML pages show scores (default: ${DEFAULT-VALUE}).")
  private ScoreScale scale;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Options.DateConverter.class,
      description =
          "The day the results are scored as of, yyyy-mm-dd in the edition's time zone (default:"
              + " today there); up to the last day of the collection they are provisional.")
  private @Nullable LocalDate asOf;

  @Option(
      names = "--provisional",
      description =
          "Publishes the results, overview included, even when they are provisional; every page"
              + " then says so.")
  private boolean provisional;

  @Option(
      names = "--store",
      paramLabel = "JDBC_URL",
      description =
          "Scores the data lines a database keeps for the edition (jdbc:sqlite:FILE or"
              + " jdbc:postgresql://HOST/DATABASE, see 'indiko spec cli'), not the folder's data"
              + " files; the definitions still come from EDITION_DIR.")
  private @Nullable String store;

  @Mixin private PseudonymiseOption pseudonymise;

  @Override
  public Integer call() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + workers);
    }
    if (store != null && pseudonymise.keyFile() != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--pseudonymise-key does not go with --store: a store keeps the respondents as they were"
              + " imported or sent; give the key to import");
    }
    Scoring scoring =
        new Scoring(workers, pseudonymise.pseudonymiser(spec), asOf, spec.commandLine(), indiko);
    Scoring.ReportRequest request =
        new Scoring.ReportRequest(level, EnumSet.copyOf(formats), locale, scale, provisional);
    if (store == null) {
      scoring.scoreInto(edition, out, pseudonymise.keyFile(), request);
      return Indiko.OK;
    }
    try (IndikoStore opened = Stores.open(store, spec)) {
      scoring.scoreInto(edition, opened, out, null, request);
    }
    return Indiko.OK;
  }
}
