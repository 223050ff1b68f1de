package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.scoring.spi.RankingPolicies;
import io.github.indiko.scoring.spi.Strategies;
import io.github.indiko.testsupport.edition.TinyEdition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringEngineTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().build();

  @TempDir Path dir;

  @Test
  void builder_builtIns_registersStrategiesAndPolicies() {
    assertThat(ENGINE.strategies()).containsExactly("mean", "share-at-least", "top-box");
    assertThat(ENGINE.rankingPolicies()).containsExactly("composite", "lower-bound");
    assertThat(ScoringEngine.builder().build().strategies()).isEmpty();
    assertThat(ScoringEngine.builder().threads(3).build().threads()).isEqualTo(3);
  }

  @Test
  void builder_discover_findsTheProviders() {
    ScoringEngine discovered = ScoringEngine.builder().discover().build();

    assertThat(discovered.strategies()).containsExactly("mean", "share-at-least", "top-box");
    assertThat(discovered.rankingPolicies()).containsExactly("composite", "lower-bound");
  }

  @Test
  void threads_zero_refused() {
    assertThatThrownBy(() -> ScoringEngine.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1: 0");
  }

  @Test
  void score_twoThreadsUnreadableResponses_inputExceptionAndNoWorkerLeft() throws Exception {
    try (Stream<Path> files = Files.list(Samples.edition())) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().endsWith(".json")) {
          Files.copy(file, dir.resolve(file.getFileName()));
        }
      }
    }
    Files.createDirectory(dir.resolve("responses.jsonl"));
    ScoringEngine two = ScoringEngine.builder().builtIns().threads(2).build();

    assertThatThrownBy(() -> two.score(dir, reject -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            dir.resolve("responses.jsonl")
                + " is not a regular file (a folder): Indiko reads only regular files");

    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("indiko-validation")) {
        thread.join(5_000);
        assertThat(thread.isAlive()).as("a worker outlives score").isFalse();
      }
    }
  }

  @Test
  void score_byteOrderMarkAtTheStartOfEveryFile_sameResultsAndRejects() throws IOException {
    try (Stream<Path> files = Files.list(Samples.edition())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    List<Reject> plainRejects = new ArrayList<>();
    Results plain = ENGINE.score(dir, plainRejects::add);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        byte[] bytes = Files.readAllBytes(file);
        try (OutputStream out = Files.newOutputStream(file)) {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          out.write(bytes);
        }
      }
    }
    List<Reject> markedRejects = new ArrayList<>();

    Results marked = ENGINE.score(dir, markedRejects::add);

    assertThat(plainRejects).hasSizeGreaterThan(10);
    assertThat(markedRejects).isEqualTo(plainRejects);
    assertThat(marked).isEqualTo(plain);
  }

  @Test
  void tally_unknownPolicy_definitionExceptionListingNames() {
    EditionDefinitions definitions =
        new TinyEdition()
            .scoring("\"ranking\": \"median\"")
            .structure("s-a", 20000L, null, true)
            .write(dir);

    assertThatThrownBy(() -> ENGINE.tally(definitions))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new DefinitionProblem(
                            "edition.json",
                            "/scoring/ranking",
                            "unknown ranking policy \"median\"; registered ranking policies:"
                                + " composite, lower-bound")));
  }

  @Test
  void tally_strategyRefusesParameter_definitionExceptionAtItsPointer() {
    EditionDefinitions definitions =
        new TinyEdition()
            .scoring("\"audit\": {\"strategy\": \"share-at-least\", \"threshold\": 120}")
            .structure("s-a", 20000L, null, true)
            .write(dir);

    assertThatThrownBy(() -> ENGINE.tally(definitions))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).file()).isEqualTo("edition.json");
              assertThat(e.problems().get(0).pointer()).isEqualTo("/scoring/audit");
              assertThat(e.problems().get(0).message()).contains("threshold", "120");
            });
  }

  @Test
  void results_rankingTieBreaks_keyThenWilsonBoundThenResponsesThenId() {
    TinyEdition edition =
        new TinyEdition().scoring("\"minimumResponses\": 5, \"sources\": {\"survey\": 1}");
    for (String id : List.of("s-a", "s-b", "s-c", "s-d", "s-e", "s-f")) {
      edition.structure(id, 20000L, null, true);
    }
    edition.structure("lone", 2000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    // Composite 100 for a to e: all answer q = 5. f has 75, but the best satisfaction.
    answer(tally, edition, "s-a", 5, 10, 10);
    answer(tally, edition, "s-b", 5, 10, 9);
    answer(tally, edition, "s-c", 5, 20, 20);
    answer(tally, edition, "s-d", 5, 10, 10);
    answer(tally, edition, "s-e", 5, 12, 10);
    answer(tally, edition, "s-f", 4, 30, 30);
    answer(tally, edition, "lone", 3, 5, 0);

    Results results = ENGINE.results(tally);

    // c: 20 of 20 satisfied, Wilson low 83.9; e, a, d: 10 of 10, low 72.2, e has 12 responses;
    // then a before d by id; b: 9 of 10; f last on its key despite 30 of 30.
    assertRank(results, "s-c", 1, 6, 100.0);
    assertRank(results, "s-e", 2, 6, 80.0);
    assertRank(results, "s-a", 3, 6, 60.0);
    assertRank(results, "s-d", 4, 6, 40.0);
    assertRank(results, "s-b", 5, 6, 20.0);
    assertRank(results, "s-f", 6, 6, 0.0);
    assertRank(results, "lone", 1, 1, 100.0);
    assertThat(results.structure("s-f").orElseThrow().composite()).isEqualTo(75.0);
    assertThat(results.structure("s-c").orElseThrow().satisfaction().ci().low())
        .isCloseTo(83.89, within(0.01));
    assertThat(results.structure("s-a").orElseThrow().satisfaction().ci().low())
        .isCloseTo(72.25, within(0.01));
    assertThat(results.trophies())
        .containsExactly(
            new Trophy.CategoryTrophy(Category.parse("commune/m"), new StructureId("s-c"), 100),
            new Trophy.Consultation(new StructureId("lone"), 2.5, 5));
    assertThat(results.notAwarded())
        .containsExactly(new NotAwarded(Category.parse("commune/xs"), "too_few_eligible", 1));
  }

  @Test
  void results_lowerBoundPolicy_ranksOnTheRespondentIndexInterval() {
    TinyEdition edition =
        new TinyEdition()
            .scoring(
                "\"minimumResponses\": 2, \"sources\": {\"survey\": 1},"
                    + " \"ranking\": \"lower-bound\"");
    edition.structure("s-a", 20000L, null, true).structure("s-b", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    // a: q = 5, 5, 1: mean 66.7 but wide; b: q = 4, 4, 4: mean 75, sd 0, low bound 75.
    for (int q : new int[] {5, 5, 1}) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, q, null));
    }
    for (int q : new int[] {4, 4, 4}) {
      tally.add(edition.response("s-b", Channel.IN_PERSON, q, null));
    }

    Results results = ENGINE.results(tally);

    assertRank(results, "s-b", 1, 2, 100.0);
    assertRank(results, "s-a", 2, 2, 0.0);
  }

  @Test
  void results_channelsUnderDisclosureThreshold_suppressedButNotAudits() {
    TinyEdition edition = new TinyEdition().structure("s-x", 20000L, null, true);
    Tally tally = ENGINE.tally(edition.write(dir));
    for (int q : new int[] {5, 5, 5, 5, 1}) {
      tally.add(edition.response("s-x", Channel.IN_PERSON, q, 4));
    }
    for (int i = 0; i < 4; i++) {
      tally.add(edition.response("s-x", Channel.PHONE, 3, 4));
    }
    tally.add(edition.audit("s-x", Channel.IN_PERSON, true));
    tally.add(edition.audit("s-x", Channel.PHONE, true));
    tally.add(edition.audit("s-x", Channel.PHONE, false));

    StructureResult x = ENGINE.results(tally).structure("s-x").orElseThrow();

    assertThat(x.survey().channels())
        .containsEntry(Channel.IN_PERSON, new ChannelScore(80.0, 5, false))
        .containsEntry(Channel.PHONE, new ChannelScore(null, 4, true))
        .hasSize(2);
    // q over 9 responses: (4 · 100 + 0 + 4 · 50) / 9.
    assertThat(x.survey().score()).isCloseTo(600.0 / 9, within(1e-12));
    assertThat(x.audit().channels())
        .containsEntry(Channel.IN_PERSON, new ChannelScore(100.0, 1, false))
        .containsEntry(Channel.PHONE, new ChannelScore(50.0, 2, false));
    assertThat(x.audit().score()).isEqualTo(75.0);
    // Both sources weigh 0.5 by default; the audit has 3 records, as many as needed.
    assertThat(x.composite()).isCloseTo((600.0 / 9 + 75) / 2, within(1e-12));
    assertThat(x.partial()).isFalse();
  }

  @Test
  void results_minimumAuditsPerChannel_metForEveryOfferedChannel() {
    TinyEdition edition =
        new TinyEdition()
            .scoring("\"minimumAudits\": {\"phone\": 2, \"in_person\": 1}")
            .structure("s-full", 20000L, null, true)
            .structure("s-short", 20000L, null, true)
            .structure("s-desk", 20000L, "[\"in_person\"]", true)
            .structure("s-mail", 20000L, "[\"email\"]", true);
    Tally tally = ENGINE.tally(edition.write(dir));
    tally.add(edition.audit("s-full", Channel.PHONE, true));
    tally.add(edition.audit("s-full", Channel.PHONE, false));
    tally.add(edition.audit("s-full", Channel.IN_PERSON, true));
    tally.add(edition.audit("s-short", Channel.PHONE, true));
    for (int i = 0; i < 3; i++) {
      tally.add(edition.audit("s-short", Channel.IN_PERSON, true));
    }
    tally.add(edition.audit("s-desk", Channel.IN_PERSON, false));

    Results results = ENGINE.results(tally);

    assertThat(results.structure("s-full").orElseThrow().audit().sufficient()).isTrue();
    assertThat(results.structure("s-short").orElseThrow().audit().sufficient()).isFalse();
    assertThat(results.structure("s-desk").orElseThrow().audit().sufficient()).isTrue();
    assertThat(results.structure("s-mail").orElseThrow().audit().sufficient()).isTrue();
    assertThat(results.structure("s-short").orElseThrow().partial()).isTrue();
  }

  @Test
  void results_consultation_participationThenResponsesThenId_topTen() {
    TinyEdition edition = new TinyEdition();
    edition
        .structure("c-big", 20000L, null, true)
        .structure("c-small", 10000L, null, true)
        .structure("c-twin-b", 10000L, null, true)
        .structure("c-twin-a", 10000L, null, true)
        .structure("c-high", 1000L, null, true)
        .structure("c-few", 100L, null, true)
        .structure("c-nopop", null, null, true)
        .structure("c-zero", 0L, null, true);
    for (int i = 10; i < 18; i++) {
      edition.structure("c-more-" + i, 100000L, null, true);
    }
    Tally tally = ENGINE.tally(edition.write(dir));
    answer(tally, edition, "c-big", 4, 20, 0);
    answer(tally, edition, "c-small", 4, 10, 0);
    answer(tally, edition, "c-twin-b", 4, 10, 0);
    answer(tally, edition, "c-twin-a", 4, 10, 0);
    answer(tally, edition, "c-high", 4, 5, 0);
    answer(tally, edition, "c-few", 4, 4, 0);
    answer(tally, edition, "c-nopop", 4, 30, 0);
    answer(tally, edition, "c-zero", 4, 30, 0);
    for (int i = 10; i < 18; i++) {
      answer(tally, edition, "c-more-" + i, 4, 5 + i, 0);
    }

    Results results = ENGINE.results(tally);

    assertThat(results.consultation())
        .extracting(c -> c.structure().value())
        .containsExactly(
            "c-high",
            "c-big",
            "c-small",
            "c-twin-a",
            "c-twin-b",
            "c-more-17",
            "c-more-16",
            "c-more-15",
            "c-more-14",
            "c-more-13");
    assertThat(results.consultation().get(0))
        .isEqualTo(new Trophy.Consultation(new StructureId("c-high"), 5.0, 5));
    assertThat(results.consultation().get(1).participation()).isEqualTo(1.0);
    assertThat(results.trophies()).last().isEqualTo(results.consultation().get(0));
  }

  @Test
  void results_enrolledWithoutData_emptySourcesPartialNotEligible() {
    TinyEdition edition = new TinyEdition().structure("s-a", 20000L, null, true);
    Results results = ENGINE.results(ENGINE.tally(edition.write(dir)));

    StructureResult a = results.structure("s-a").orElseThrow();
    assertThat(a.survey()).isEqualTo(SourceResult.empty());
    assertThat(a.audit()).isEqualTo(SourceResult.empty());
    assertThat(a.composite()).isNull();
    assertThat(a.partial()).isTrue();
    assertThat(a.eligible()).isFalse();
    assertThat(a.rank()).isNull();
    assertThat(a.satisfaction()).isEqualTo(Indicator.empty());
    assertThat(a.items()).isEmpty();
    assertThat(results.notAwarded())
        .containsExactly(new NotAwarded(Category.parse("commune/m"), "too_few_eligible", 0));
  }

  @Test
  void results_topBoxStrategy_itemValueIsSatisfaction() {
    ScoringEngine engine =
        ScoringEngine.builder()
            .strategy(Strategies.topBox())
            .rankingPolicy(RankingPolicies.composite())
            .build();
    TinyEdition edition =
        new TinyEdition()
            .scoring("\"survey\": \"top-box\", \"audit\": \"top-box\"")
            .structure("s-a", 20000L, null, true);
    Tally tally = engine.tally(edition.write(dir));
    for (int q : new int[] {5, 4, 3, 1}) {
      tally.add(edition.response("s-a", Channel.IN_PERSON, q, null));
    }

    ItemResult q = engine.results(tally).structure("s-a").orElseThrow().items().get("q");

    // Top box 2 of 1..5: 4 and 5 are favourable, 1 and 2 unfavourable.
    assertThat(q.value()).isEqualTo(50.0);
    assertThat(q.mean()).isEqualTo((100 + 75 + 50 + 0) / 4.0);
    assertThat(q.satisfaction()).isEqualTo(50.0);
    assertThat(q.net()).isEqualTo(25.0);
  }

  /** Adds {@code n} responses answering q, the first {@code satisfied} of them overall 5. */
  private static void answer(
      Tally tally, TinyEdition edition, String structure, int q, int n, int satisfied) {
    for (int i = 0; i < n; i++) {
      Integer overall = i < satisfied ? Integer.valueOf(5) : i < 10 ? Integer.valueOf(1) : null;
      tally.add(edition.response(structure, Channel.IN_PERSON, q, overall));
    }
  }

  private static void assertRank(Results results, String id, int rank, int of, double percentile) {
    StructureResult structure = results.structure(id).orElseThrow();
    assertThat(structure.eligible()).as(id).isTrue();
    assertThat(structure.rank()).as(id).isEqualTo(rank);
    assertThat(structure.of()).as(id).isEqualTo(of);
    assertThat(structure.percentile()).as(id).isEqualTo(percentile);
  }
}
