package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.EditionFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --locale}: the languages of the reports' words and the edition's own. */
class LocaleOptionTest {
  private static final String ENGLISH_NAME =
      "\"en\": \"Indiko Citizen Experience barometer 2017\"";

  @TempDir Path tmp;

  @Test
  void locales_sampleEdition_frenchAndEnglish() {
    assertThat(Options.locales(EditionFolder.load(CliRun.sample(tmp)))).containsExactly("en", "fr");
  }

  @Test
  void locales_editionInGerman_addsGerman() {
    Path edition = german(CliRun.sample(tmp));

    assertThat(Options.locales(EditionFolder.load(edition))).containsExactly("de", "en", "fr");
  }

  @Test
  void score_localeOfNoReportAndNotTheEditions_exits2NamingItAndTheAcceptedBeforeWriting() {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString(), "--locale", "de");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err().lines())
        .first()
        .isEqualTo(
            "indiko: --locale de is not a language of this edition's pages: expected one of en,"
                + " fr");
    assertThat(run.err()).contains("indiko score --help");
    assertThat(out).doesNotExist();
  }

  @Test
  void score_theEditionsDefaultLocale_isAccepted() {
    Path edition = german(CliRun.sample(tmp));

    CliRun run =
        CliRun.run(
            "score", edition.toString(), "--out", tmp.resolve("out").toString(), "--locale",
            "de", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
  }

  @Test
  void score_localeInAnotherCase_isAccepted() {
    Path edition = CliRun.sample(tmp);

    CliRun run =
        CliRun.run(
            "score", edition.toString(), "--out", tmp.resolve("out").toString(), "--locale",
            "FR", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
  }

  /** Gives the edition a name in German and makes German its default locale. */
  private static Path german(Path edition) {
    Path file = edition.resolve("edition.json");
    CliRun.edit(file, ENGLISH_NAME, ENGLISH_NAME + ", \"de\": \"Indiko Bürgerbarometer 2017\"");
    CliRun.edit(file, "\"defaultLocale\": \"fr\"", "\"defaultLocale\": \"de\"");
    return edition;
  }
}
