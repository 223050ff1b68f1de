package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.Explanation.ItemPart;
import io.github.indiko.scoring.Explanation.SourcePart;
import io.github.indiko.scoring.Explanation.ThemePart;
import io.github.indiko.scoring.ExplanationJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  /** An item's row: id, weight, n, value, then its interval, quantile and standard error. */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?m)^ {4}([a-z0-9_]+) +([0-9.]+) +([0-9]+) +([0-9]+\\.[0-9]{2})"
              + "(?: +\\[([0-9.]+), ([0-9.]+)\\] +[tz] ([0-9.]+) +([0-9.]+))?$");

  private static final Pattern THEME =
      Pattern.compile(
          "(?m)^  theme ([a-z_]+): (?:weight W = [0-9.]+|not weighted), score ([0-9.]+)$");

  @TempDir Path tmp;

  @Test
  void explain_scoredStructure_printsTheCompositeFormulaWithItsNumbers() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", "caf-lanvezec");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains("composite = (0.6 × 77.73 + 0.4 × 76.79) / (0.6 + 0.4) = 77.35")
        .contains("survey: weight V = 0.6, sufficient (50 responses, 30 needed), score 77.73")
        .contains("audit: weight V = 0.4, sufficient (27 audit records, 3 needed), score 76.79")
        .contains("  theme efficiency: weight W = 1.5, score 73.64")
        .containsPattern(
            "(?m)^ +item +weight +n +value +95% interval +quantile +standard error$")
        .containsPattern(
            "(?m)^ +hours_suitable +1 +32 +78\\.13 +\\[[0-9.]+, [0-9.]+\\] +t 2\\.039513 +[0-9.]+$")
        .contains(
            "survey = (1 × 82.81 + 1 × 84.00 + 0.5 × 70.73 + 1.5 × 73.64 + 1 × 67.46 + 1 × 86.27)"
                + " / (1 + 1 + 0.5 + 1.5 + 1 + 1) = 77.73")
        .containsPattern(
            "(?m)^nps = 19\\.57 of 46 answers; 95% interval \\(nps\\) = 19\\.57 ± 1\\.959964 × "
                + "[0-9.]+ = \\[-2\\.67, 41\\.80\\]$")
        .containsPattern("(?m)^satisfaction = 84\\.95 of 93 answers; 95% interval \\(wilson\\)")
        .containsPattern("(?m)^net = [0-9.]+ of 93 answers$")
        .contains("rank 1 of 1 in social_security/m, percentile 100.00 (ranking policy composite)");
    assertThat(run.err()).doesNotContain("indiko:");
  }

  @Test
  void explain_text_theNumbersOfTheExplanationOfTheLibrary() {
    Path edition = CliRun.sample(tmp);
    Explanation explanation = explanation(edition, "caf-lanvezec");

    String out = CliRun.run("explain", edition.toString(), "--structure", "caf-lanvezec").out();

    Map<String, ItemPart> items = new HashMap<>();
    Map<String, Double> themes = new HashMap<>();
    for (Source source : Source.values()) {
      SourcePart part = explanation.source(source);
      part.unthemed().forEach(item -> items.put(item.id(), item));
      for (ThemePart theme : part.themes()) {
        theme.items().forEach(item -> items.put(item.id(), item));
        themes.put(source.id() + "/" + theme.theme().id(), theme.score());
      }
    }
    List<String> printed = new ArrayList<>();
    Matcher row = ITEM.matcher(out);
    while (row.find()) {
      ItemPart item = items.get(row.group(1));
      printed.add(row.group(1));
      assertThat(Double.parseDouble(row.group(2))).isEqualTo(item.weight());
      assertThat(Long.parseLong(row.group(3))).isEqualTo(item.n());
      assertThat(Double.parseDouble(row.group(4))).isCloseTo(item.value(), within(0.005));
      if (row.group(5) != null) {
        assertThat(Double.parseDouble(row.group(5))).isCloseTo(item.ci().low(), within(0.005));
        assertThat(Double.parseDouble(row.group(6))).isCloseTo(item.ci().high(), within(0.005));
        assertThat(Double.parseDouble(row.group(7)))
            .isCloseTo(item.formula().quantile(), within(5e-7));
        assertThat(Double.parseDouble(row.group(8)))
            .isCloseTo(item.formula().standardError(), within(0.005));
      }
    }
    assertThat(printed).containsExactlyInAnyOrderElementsOf(items.keySet());
    List<Double> themeScores = new ArrayList<>();
    Matcher theme = THEME.matcher(out);
    while (theme.find()) {
      themeScores.add(Double.parseDouble(theme.group(2)));
    }
    assertThat(themeScores).hasSameSizeAs(themes.values());
    List<Double> expected = new ArrayList<>();
    for (Source source : Source.values()) {
      explanation.source(source).themes().forEach(part -> expected.add(part.score()));
    }
    for (int i = 0; i < expected.size(); i++) {
      assertThat(themeScores.get(i)).isCloseTo(expected.get(i), within(0.005));
    }
    Matcher composite = Pattern.compile("(?m)^composite = .* = ([0-9.]+)$").matcher(out);
    assertThat(composite.find()).isTrue();
    assertThat(Double.parseDouble(composite.group(1)))
        .isCloseTo(explanation.composite().value(), within(0.005));
  }

  @Test
  void explain_formatJson_theLibrarysJsonValidAgainstItsSchema() {
    Path edition = CliRun.sample(tmp);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ExplanationJson.write(explanation(edition, "universite-belcourt"), expected);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CliRun.json(ExplanationJson.schema()));

    CliRun run =
        CliRun.run(
            "explain",
            edition.toString(),
            "--structure",
            "universite-belcourt",
            "--format",
            "json");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    assertThat(schema.validate(CliRun.json(run.out()))).isEmpty();
    assertThat(CliRun.json(run.out()).get("audit").get("sufficient").asBoolean()).isFalse();
  }

  @Test
  void explain_belowTheSurveyMinimum_saysSoAndLeavesTheSurveyOut() {
    Path edition = CliRun.sample(tmp);

    CliRun run =
        CliRun.run("explain", edition.toString(), "--structure", "mediatheque-pontarlier-bas");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains("survey: weight V = 0.6, insufficient (15 responses, 30 needed), score")
        .containsPattern(
            "(?m)^composite = \\(0\\.4 × ([0-9.]+)\\) / \\(0\\.4\\) = \\1 \\(partial: a weighted"
                + " source is insufficient or has no score\\)$")
        .contains("not ranked: the composite is partial or missing");
  }

  @Test
  void explain_partialStructure_saysItIsNotRanked() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", "commissariat-lezignac");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out())
        .contains("composite = none")
        .contains("satisfaction = none: no answer")
        .contains("not ranked");
  }

  @Test
  void explain_unknownStructure_exits2() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", "mairie-nowhere");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    // A slow machine may show progress first.
    assertThat(run.err())
        .containsPattern(
            "(?m)^indiko: no structure 'mairie-nowhere' among the enrolled structures and those"
                + " the data names$");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void explain_unknownFormat_exits2BeforeScoring() {
    Path edition = CliRun.sample(tmp);

    CliRun run =
        CliRun.run(
            "explain", edition.toString(), "--structure", "caf-lanvezec", "--format", "xml");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("expected text or json, not 'xml'");
    assertThat(run.out()).isEmpty();
  }

  private static Explanation explanation(Path edition, String structure) {
    ScoringEngine engine = ScoringEngine.builder().builtIns().build();
    EditionDefinitions definitions = EditionFolder.load(edition);
    Tally tally = engine.tally(definitions, edition, reject -> {});
    return engine.explain(tally, structure);
  }
}
