package io.github.indiko.consumercheck;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Level;
import io.github.indiko.forms.FormOptions;
import io.github.indiko.forms.FormState;
import io.github.indiko.forms.SurveyForm;
import io.github.indiko.forms.kit.QrCode;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.Reports;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.ImportCounts;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a host application does with Indiko, on the artifacts as published: it scores the bundled
 * sample edition, checks the numbers against the expected results bundled with it, writes every
 * report and renders the survey form and a QR code of its link. Prints one line per check; the
 * first failed check ends the program with status 1.
 */
public final class ConsumerCheck {
  private static final String STRUCTURE = "caf-lanvezec";
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private ConsumerCheck() {}

  /**
   * @param args the working folder, created if missing: the sample edition and the reports are
   *     written there
   * @throws IOException when the sample edition or a report cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      fail("usage: ConsumerCheck WORK_DIR");
    }
    Path work = Path.of(args[0]);
    System.out.printf(
        Locale.ROOT,
        "consumer on the %s, Indiko's scoring in %s%n",
        ConsumerCheck.class.getModule().isNamed() ? "module path" : "class path",
        describe(ScoringEngine.class.getModule()));

    Path edition = SampleEdition.copyTo(work.resolve("edition-2017"));
    AtomicLong rejects = new AtomicLong();
    ScoringEngine engine = ScoringEngine.builder().builtIns().build();
    ScoredEdition scored = engine.scoreInFull(edition, reject -> rejects.incrementAndGet());
    Results results = scored.results();
    Results expected;
    try (InputStream in = SampleEdition.expected(SampleEdition.EXPECTED_RESULTS)) {
      expected = ResultsJson.read(in);
    }
    checkResults(results, expected, rejects.get());

    EditionDefinitions definitions = scored.definitions();
    ReportSet reports =
        Reports.of(scored, Reports.previous(definitions, edition).orElse(null));
    List<Path> files =
        ReportFolder.write(
            reports,
            definitions,
            work.resolve("reports"),
            Level.ORGANISATION,
            EnumSet.allOf(ReportFormat.class),
            new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED));
    check(
        files.get(0).endsWith(ReportFolder.INDEX) && Files.size(files.get(0)) > 0,
        "reports: " + files.size() + " files, the first " + files.get(0).getFileName());

    String action = "/survey?s=" + STRUCTURE;
    String form =
        SurveyForm.of(definitions.questionnaire())
            .render(FormState.empty(), FormOptions.of(Locale.ENGLISH, action));
    check(form.startsWith("<form"), "survey form: " + form.length() + " characters of HTML");
    String qr = QrCode.of("https://example.org" + action).svg("survey link");
    check(qr.startsWith("<svg"), "QR code of the survey link: " + qr.length() + " characters");

    try (IndikoStore store = IndikoStore.sqlite(work.resolve("store.db"))) {
      EditionStore kept = store.edition(definitions);
      ImportCounts imported = kept.importFolder(edition, reject -> {});
      Results fromStore = engine.score(definitions, kept.data(), reject -> {});
      check(
          fromStore.equals(results),
          "store: " + imported.stored() + " lines imported into " + store.describe()
              + ", scored as the folder");
    }
  }

  private static void checkResults(Results results, Results expected, long rejects) {
    long expectedRejects = expected.responses().rejected() + expected.audits().rejected();
    check(
        rejects == expectedRejects,
        "rejected lines: " + rejects + ", expected " + expectedRejects);
    List<StructureResult> actual = results.structures();
    List<StructureResult> wanted = expected.structures();
    check(
        actual.size() == wanted.size(),
        "structures: " + actual.size() + ", expected " + wanted.size());
    for (int i = 0; i < actual.size(); i++) {
      StructureResult structure = actual.get(i);
      StructureResult other = wanted.get(i);
      if (!structure.id().equals(other.id()) || !close(structure.composite(), other.composite())) {
        fail(
            "structure "
                + structure.id().value()
                + ": composite "
                + structure.composite()
                + ", expected "
                + other.id().value()
                + " with "
                + other.composite());
      }
      if (structure.id().value().equals(STRUCTURE)) {
        System.out.printf(
            Locale.ROOT,
            "%s composite %s, expected %s%n",
            STRUCTURE,
            structure.composite(),
            other.composite());
      }
    }
    System.out.println("ok: every structure's composite as expected (relative tolerance 1e-9)");
  }

  private static boolean close(Double value, Double expected) {
    if (value == null || expected == null) {
      return value == null && expected == null;
    }
    return Math.abs(value - expected) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(expected));
  }

  private static String describe(Module module) {
    return module.isNamed() ? "module " + module.getName() : "the unnamed module";
  }

  private static void check(boolean passed, String what) {
    if (!passed) {
      fail(what);
    }
    System.out.println("ok: " + what);
  }

  private static void fail(String what) {
    System.err.println("consumer check failed: " + what);
    System.exit(1);
  }
}
