package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code score --as-of} and {@code --provisional} (cli.md, What {@code score} writes): results
 * scored before the sample's collection closes (2017-11-30, Europe/Paris) are provisional; they
 * are published only when asked, every page marked so.
 */
class ProvisionalScoreTest {
  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("out");
  }

  private CliRun score(Path edition, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "score";
    args[1] = edition.toString();
    args[2] = "--out";
    args[3] = out().toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.run(args);
  }

  private static void assertRefused(CliRun run, String state, String day) {
    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "indiko: edition 2017 is in state "
                + state
                + " on "
                + day
                + " (collection 2017-09-01..2017-11-30): its results would be provisional; run"
                + " again with --provisional to publish them marked so (nothing was written)");
  }

  private static List<Path> pages(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void score_duringCollectionWithoutTheFlag_exits2AndWritesNothing() {
    Path edition = CliRun.sample(tmp);

    CliRun run = score(edition, "--as-of", "2017-10-02");

    assertRefused(run, "collection", "2017-10-02");
    assertThat(run.out()).isEmpty();
    assertThat(out()).doesNotExist();
    assertThat(tmp).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".out"));
  }

  @Test
  void score_lastDayOfCollection_isStillProvisional() {
    Path edition = CliRun.sample(tmp);

    assertRefused(score(edition, "--as-of", "2017-11-30"), "collection", "2017-11-30");
    assertRefused(score(edition, "--as-of", "2017-06-25"), "registration", "2017-06-25");
  }

  @Test
  void score_duringCollectionWithTheFlag_writesEverythingMarkedProvisional() throws IOException {
    Path edition = CliRun.sample(tmp);

    CliRun run = score(edition, "--as-of", "2017-10-02", "--provisional", "--locale", "en");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains("results as of 2017-10-02: provisional, the collection was not closed\n");
    JsonNode results = CliRun.json(CliRun.read(out().resolve("results.json")));
    assertThat(results.get("asOf").stringValue()).isEqualTo("2017-10-02");
    assertThat(results.get("provisional").booleanValue()).isTrue();
    List<Path> pages = pages(out());
    assertThat(pages).contains(out().resolve("index.html")).hasSizeGreaterThan(20);
    for (Path file : pages) {
      Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(page.select("main > h1 + p.provisional").text())
          .as(file.toString())
          .startsWith("Provisional results. Scored as of 2017-10-02");
    }
    JsonNode raw =
        CliRun.json(CliRun.read(out().resolve("structures/mairie-trevennec/raw.json")));
    assertThat(raw.get("provisional").booleanValue()).isTrue();
  }

  @Test
  void score_dayAfterCollection_finalWithoutTheFlag() throws IOException {
    Path edition = CliRun.sample(tmp);

    CliRun run = score(edition, "--as-of", "2017-12-01");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
    assertThat(run.out()).contains("results as of 2017-12-01: final, the collection was closed\n");
    JsonNode results = CliRun.json(CliRun.read(out().resolve("results.json")));
    assertThat(results.get("asOf").stringValue()).isEqualTo("2017-12-01");
    assertThat(results.get("provisional").booleanValue()).isFalse();
    for (Path file : pages(out())) {
      assertThat(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).select(".provisional"))
          .as(file.toString())
          .isEmpty();
    }
  }

  @Test
  void score_sameDataSameAsOf_sameResultsBytes() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path first = tmp.resolve("first.json");

    assertThat(score(edition, "--as-of", "2018-01-15").exitCode()).isEqualTo(Indiko.OK);
    Files.copy(out().resolve("results.json"), first);
    assertThat(score(edition, "--as-of", "2018-01-15", "--threads", "1").exitCode())
        .isEqualTo(Indiko.OK);

    assertThat(out().resolve("results.json")).hasSameBinaryContentAs(first);
  }

  @Test
  void score_withoutAsOf_scoresAsOfTodayAndTheSampleIsFinal() {
    Path edition = CliRun.sample(tmp);

    CliRun run = score(edition);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
    JsonNode results = CliRun.json(CliRun.read(out().resolve("results.json")));
    assertThat(results.get("provisional").booleanValue()).isFalse();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    assertThat(LocalDate.parse(results.get("asOf").stringValue()))
        .isBetween(today.minusDays(1), today.plusDays(1));
  }

  @Test
  void score_explicitState_winsOverTheDay() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path file = edition.resolve("edition.json");
    String json = Files.readString(file);

    Files.writeString(file, json.replaceFirst("\\}\\s*$", ", \"state\": \"scoring\"}\n"));
    CliRun closedEarly = score(edition, "--as-of", "2017-10-02");
    Files.writeString(file, json.replaceFirst("\\}\\s*$", ", \"state\": \"collection\"}\n"));
    CliRun stillOpen = score(edition);

    assertThat(closedEarly.exitCode()).as(closedEarly.err()).isEqualTo(Indiko.OK);
    assertThat(closedEarly.out()).contains("results as of 2017-10-02: final");
    assertThat(stillOpen.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(stillOpen.err()).contains("is in state collection on ").contains("--provisional");
  }

  @Test
  void score_asOfNotADay_exits2() {
    Path edition = CliRun.sample(tmp);

    CliRun run = score(edition, "--as-of", "2017-02-30");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("expected a day such as 2017-12-01, not '2017-02-30'");
    assertThat(out()).doesNotExist();
  }

  @Test
  void generateThenScore_syntheticEditionIsClosed_scoresWithoutTheFlag() {
    Path generated = tmp.resolve("generated");
    assertThat(CliRun.run("generate", "--out", generated.toString(), "--structures", "6")
            .exitCode())
        .isEqualTo(Indiko.OK);

    CliRun run = score(generated);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Indiko.OK);
    assertThat(run.out()).contains(": final, the collection was closed");
  }
}
