package io.github.indiko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.ItemResult;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import io.github.indiko.testkit.laws.StrategyLaws;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class MedianStrategyTest {
  private static final Pattern REJECTED_RESPONSE =
      Pattern.compile("\"source\": \"responses.jsonl\", \"line\": (\\d+),");
  private static final Pattern EZANVILLE = Pattern.compile("\"structure\":\"mairie-ezanville\"");
  private static final Pattern INFO_CLEAR = Pattern.compile("\"info_clear\":(\\d+)");

  @TestFactory
  Stream<DynamicTest> laws() {
    return StrategyLaws.of(new MedianStrategy());
  }

  @Test
  void discover_findsTheMedianProvider() {
    assertThat(ScoringEngine.builder().builtIns().discover().build().strategies())
        .contains("median", "mean", "top-box", "share-at-least");
    assertThat(ScoringEngine.builder().builtIns().build().strategies()).doesNotContain("median");
  }

  @Test
  void finish_oddAndEvenCounts() {
    assertThat(median(40, 0, 100)).isEqualTo(40);
    assertThat(median(100, 0, 25, 75)).isEqualTo(50);
    assertThat(median(62.5)).isEqualTo(62.5);
    assertThat(new MedianStrategy().empty().finish(0.95)).isEmpty();
  }

  @Test
  void score_sampleWithMedianSurvey_itemValueIsTheMedian(@TempDir Path dir) throws IOException {
    Path edition = SampleEdition.copyTo(dir.resolve("edition-2017"));
    Path definition = edition.resolve("edition.json");
    String json = Files.readString(definition, StandardCharsets.UTF_8);
    assertThat(json).contains("\"survey\": \"mean\"");
    Files.writeString(definition, json.replace("\"survey\": \"mean\"", "\"survey\": \"median\""));

    Results results =
        ScoringEngine.builder().builtIns().discover().build().score(edition, reject -> {});

    StructureResult ezanville =
        results.structures().stream()
            .filter(s -> s.id().value().equals("mairie-ezanville"))
            .findFirst()
            .orElseThrow();
    ItemResult infoClear = ezanville.items().get("info_clear");
    List<Double> scores = infoClearScoresOfEzanville();
    // By hand: 193 answers on 0..10, 9 × 0, 16 × 1, 21 × 2, 29 × 3, 24 × 4 … : the 97th is 4.
    assertThat(scores).hasSize(193);
    assertThat(infoClear.n()).isEqualTo(scores.size());
    assertThat(infoClear.value()).isEqualTo(sortedMedian(scores)).isEqualTo(40.0);
    assertThat(infoClear.ci()).isNull();
    assertThat(infoClear.mean()).isNotEqualTo(infoClear.value());
  }

  /**
   * The item scores 100 · v / 10 of info_clear in the accepted responses of mairie-ezanville, read
   * with regular expressions: the lines the specification's expected rejects name are skipped, and
   * so are blank lines.
   */
  private static List<Double> infoClearScoresOfEzanville() throws IOException {
    Set<Integer> rejected;
    try (InputStream in = SampleEdition.expected(SampleEdition.EXPECTED_REJECTS)) {
      rejected =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(REJECTED_RESPONSE::matcher)
              .filter(Matcher::find)
              .map(m -> Integer.valueOf(m.group(1)))
              .collect(Collectors.toSet());
    }
    String responses;
    try (InputStream in = SampleEdition.open(DataValidator.RESPONSES)) {
      responses = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Double> scores = new ArrayList<>();
    String[] lines = responses.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (rejected.contains(i + 1) || !EZANVILLE.matcher(lines[i]).find()) {
        continue;
      }
      Matcher value = INFO_CLEAR.matcher(lines[i]);
      if (value.find()) {
        scores.add(100 * Integer.parseInt(value.group(1)) / 10.0);
      }
    }
    return scores;
  }

  private static double sortedMedian(List<Double> scores) {
    List<Double> sorted = scores.stream().sorted().toList();
    int n = sorted.size();
    return (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
  }

  private static double median(double... scores) {
    var accumulator = new MedianStrategy().empty();
    for (double score : scores) {
      accumulator.add(score, false);
    }
    return accumulator.finish(0.95).orElseThrow().value();
  }
}
