package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of data validation: order independence, reconciled counts, no exception for bad data. */
class DataValidatorProperties {
  private static final DataValidator VALIDATOR = Fixtures.validator(true);
  private static final String[] STRUCTURES = {"mairie-a", "mairie-b", "mairie-c"};
  private static final String[] CHANNELS = {"in_person", "phone", "fax"};
  private static final String[] ONLINE = {
    "",
    ",\"used_online\":false",
    ",\"used_online\":true",
    ",\"used_online\":true,\"online_useful\":2"
  };

  /** A line's shape: structure, channel, courtesy rating and online answers, by index. */
  private static Gen<int[]> shapes() {
    return integers()
        .between(0, STRUCTURES.length - 1)
        .zip(
            integers().between(0, CHANNELS.length - 1),
            integers().between(-1, 7),
            integers().between(0, ONLINE.length - 1),
            (structure, channel, rating, online) -> new int[] {structure, channel, rating, online});
  }

  /** Lines with distinct ids and respondents, some valid and some not. */
  private static List<String> lines(List<int[]> shapes) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      int[] shape = shapes.get(i);
      lines.add(
          "{\"id\":\"r-"
              + i
              + "\",\"questionnaire\":\"accueil\",\"version\":3,\"structure\":\""
              + STRUCTURES[shape[0]]
              + "\",\"channel\":\""
              + CHANNELS[shape[1]]
              + "\",\"submittedAt\":\"2017-10-01T12:00:00Z\",\"respondent\":\"p"
              + i
              + "\",\"answers\":{\"courtesy_staff\":"
              + shape[2]
              + ONLINE[shape[3]]
              + "}}");
    }
    return lines;
  }

  private static List<LineResult<Response>> read(List<String> lines) {
    List<LineResult<Response>> results = new ArrayList<>();
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    VALIDATOR.validateResponses(new ByteArrayInputStream(bytes), "responses.jsonl", results::add);
    return results;
  }

  private static Set<String> outcomes(List<LineResult<Response>> results) {
    return results.stream()
        .map(
            result ->
                result instanceof LineResult.Accepted<Response> accepted
                    ? accepted.record().id().value() + " accepted"
                    : ((LineResult.Rejected<Response>) result).reject().id()
                        + " "
                        + ((LineResult.Rejected<Response>) result).reject().reason().code())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void validate_orderOfDistinctLinesDoesNotMatter() {
    qt().forAll(lists().of(shapes()).ofSizeBetween(0, 25), longs().all())
        .checkAssert(
            (shapes, seed) -> {
              List<String> lines = lines(shapes);
              List<String> shuffled = new ArrayList<>(lines);
              Collections.shuffle(shuffled, new Random(seed));

              Set<String> inOrder = outcomes(read(lines));

              assertThat(outcomes(read(shuffled))).isEqualTo(inOrder);
              assertThat(inOrder).hasSize(lines.size());
            });
  }

  @Test
  void validate_countsReconcileForAnyText() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 40)).ofSizeBetween(0, 20))
        .checkAssert(
            lines -> {
              List<LineResult<Response>> results = new ArrayList<>();
              SourceCounts counts =
                  VALIDATOR.validateResponses(
                      new ByteArrayInputStream(
                          String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                      "responses.jsonl",
                      results::add);

              assertThat(counts.read()).isEqualTo(results.size());
              assertThat(counts.accepted() + counts.rejected()).isEqualTo(counts.read());
              assertThat(counts.byReason().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(counts.rejected());
            });
  }
}
