package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data gives equal results and details, bit for bit, whatever the threads, order or split.
 */
class DeterminismTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 12, 1);
  private static final ScoringEngine ONE =
      ScoringEngine.builder().builtIns().threads(1).asOf(AS_OF).build();
  private static final ScoringEngine FOUR =
      ScoringEngine.builder().builtIns().threads(4).asOf(AS_OF).build();

  @Test
  void score_oneOrFourThreads_equalResults() {
    List<Reject> one = new ArrayList<>();
    List<Reject> four = new ArrayList<>();

    Results sequential = ONE.score(Samples.edition(), one::add);
    Results parallel = FOUR.score(Samples.edition(), four::add);

    assertThat(parallel).isEqualTo(sequential);
    assertThat(json(parallel)).isEqualTo(json(sequential));
    assertThat(four).containsExactlyElementsOf(one);
  }

  @Test
  void scoreInFull_oneOrFourThreads_equalDetails() {
    ScoredEdition sequential = ONE.scoreInFull(Samples.edition(), r -> {});
    ScoredEdition parallel = FOUR.scoreInFull(Samples.edition(), r -> {});

    assertThat(parallel.details()).isEqualTo(sequential.details());
    assertThat(parallel.results()).isEqualTo(ONE.score(Samples.edition(), r -> {}));
  }

  @Test
  void score_shuffledAcceptedLines_equalResults(@TempDir Path temp) throws IOException {
    List<Reject> rejects = new ArrayList<>();
    Results original = ONE.score(Samples.edition(), rejects::add);
    // Rejected lines are dropped: what remains has no duplicate id nor respondent, so every
    // line is accepted in any order.
    Path inOrder = copy(temp.resolve("in-order"), rejects, null);
    Path shuffled = copy(temp.resolve("shuffled"), rejects, new Random(2017));

    List<Reject> none = new ArrayList<>();
    Results ordered = FOUR.score(inOrder, none::add);
    Results reordered = FOUR.score(shuffled, none::add);

    assertThat(none).isEmpty();
    assertThat(Files.readAllLines(shuffled.resolve("responses.jsonl")))
        .isNotEqualTo(Files.readAllLines(inOrder.resolve("responses.jsonl")));
    assertThat(reordered).isEqualTo(ordered);
    assertThat(json(reordered)).isEqualTo(json(ordered));
    assertThat(ordered.responses().accepted()).isEqualTo(original.responses().accepted());
    assertThat(ordered.structure("mairie-trevennec"))
        .isEqualTo(original.structure("mairie-trevennec"));
    Map<StructureId, StructureDetail> details = FOUR.scoreInFull(shuffled, none::add).details();
    assertThat(details).isEqualTo(FOUR.scoreInFull(inOrder, none::add).details());
    assertThat(details.values())
        .extracting(detail -> detail.responses().accepted())
        .containsExactlyElementsOf(
            ONE.scoreInFull(Samples.edition(), r -> {}).details().values().stream()
                .map(detail -> detail.responses().accepted())
                .toList());
  }

  @Test
  void merge_twoHalves_equalToOneTally() throws IOException {
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());
    List<Object> accepted = new ArrayList<>();
    List<LineResult.Rejected<?>> rejected = new ArrayList<>();
    read(definitions, accepted, rejected);
    Tally whole = ONE.tally(definitions);
    Tally first = ONE.tally(definitions);
    Tally second = ONE.tally(definitions);
    for (int i = 0; i < accepted.size(); i++) {
      add(whole, accepted.get(i));
      add(i % 3 == 0 ? first : second, accepted.get(i));
    }
    for (LineResult.Rejected<?> line : rejected) {
      whole.add(line);
      (line.line() % 2 == 0 ? first : second).add(line);
    }
    Results before = ONE.results(first);

    Tally merged = first.merge(second);

    assertThat(ONE.results(merged)).isEqualTo(ONE.results(whole));
    assertThat(json(ONE.results(merged))).isEqualTo(json(ONE.results(whole)));
    assertThat(ONE.results(second.merge(first))).isEqualTo(ONE.results(whole));
    assertThat(ONE.results(first)).as("merge leaves its arguments unchanged").isEqualTo(before);
    assertThat(ONE.results(whole)).isEqualTo(ONE.score(Samples.edition(), r -> {}));
    assertThat(FOUR.score(definitions, Samples.edition(), r -> {}))
        .as("definitions loaded once, then the data scored")
        .isEqualTo(ONE.results(whole));
    Map<StructureId, StructureDetail> details = ONE.scored(whole).details();
    assertThat(ONE.scored(merged).details()).isEqualTo(details);
    assertThat(ONE.scored(second.merge(first)).details()).isEqualTo(details);
    assertThat(ONE.scoreInFull(Samples.edition(), r -> {}).details()).isEqualTo(details);
  }

  @Test
  void merge_manyShuffledParts_equalDetails() throws IOException {
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());
    List<Object> accepted = new ArrayList<>();
    List<LineResult.Rejected<?>> rejected = new ArrayList<>();
    read(definitions, accepted, rejected);
    Tally whole = ONE.tally(definitions);
    accepted.forEach(record -> add(whole, record));
    rejected.forEach(whole::add);
    Map<StructureId, StructureDetail> expected = ONE.scored(whole).details();
    Random random = new Random(4);

    for (int round = 0; round < 3; round++) {
      List<Object> shuffled = new ArrayList<>(accepted);
      Collections.shuffle(shuffled, random);
      List<Tally> parts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        parts.add(ONE.tally(definitions));
      }
      shuffled.forEach(record -> add(parts.get(random.nextInt(parts.size())), record));
      rejected.forEach(line -> parts.get(random.nextInt(parts.size())).add(line));
      Tally merged = parts.get(0);
      for (Tally part : parts.subList(1, parts.size())) {
        merged = random.nextBoolean() ? merged.merge(part) : part.merge(merged);
      }

      assertThat(ONE.scored(merged).details()).isEqualTo(expected);
    }
  }

  /** The bytes of results.json: what "byte-identical" is about. */
  private static byte[] json(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }

  static void read(
      EditionDefinitions definitions, List<Object> accepted, List<LineResult.Rejected<?>> rejected)
      throws IOException {
    DataValidator validator = DataValidator.of(definitions);
    try (InputStream in = Files.newInputStream(Samples.edition().resolve("responses.jsonl"))) {
      validator.validateResponses(in, DataValidator.RESPONSES, r -> keep(r, accepted, rejected));
    }
    try (InputStream in = Files.newInputStream(Samples.edition().resolve("audits.jsonl"))) {
      validator.validateAudits(in, DataValidator.AUDITS, r -> keep(r, accepted, rejected));
    }
  }

  private static void keep(
      LineResult<?> result, List<Object> accepted, List<LineResult.Rejected<?>> rejected) {
    if (result instanceof LineResult.Accepted<?> line) {
      accepted.add(line.record());
    } else {
      rejected.add((LineResult.Rejected<?>) result);
    }
  }

  static void add(Tally tally, Object record) {
    if (record instanceof Response response) {
      tally.add(response);
    } else {
      tally.add((AuditRecord) record);
    }
  }

  /** Copies the sample edition without its rejected lines, shuffled when a random is given. */
  private static Path copy(Path target, List<Reject> rejects, @Nullable Random random)
      throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Samples.edition())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".jsonl")) {
          Files.copy(file, target.resolve(name));
          continue;
        }
        Set<Long> refused = new HashSet<>();
        rejects.stream().filter(r -> r.source().equals(name)).forEach(r -> refused.add(r.line()));
        List<String> lines =
            Files.readAllLines(file, StandardCharsets.ISO_8859_1); // bytes kept as they are
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (!refused.contains(i + 1L) && !lines.get(i).isBlank()) {
            kept.add(lines.get(i));
          }
        }
        if (random != null) {
          Collections.shuffle(kept, random);
        }
        Files.write(target.resolve(name), kept, StandardCharsets.ISO_8859_1);
      }
    }
    return target;
  }
}
