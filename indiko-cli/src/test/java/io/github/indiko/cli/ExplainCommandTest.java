package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
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
        .containsPattern("(?m)^ +hours_suitable +1 +32 +78\\.13$")
        .contains(
            "survey = (1 × 82.81 + 1 × 84.00 + 0.5 × 70.73 + 1.5 × 73.64 + 1 × 67.46 + 1 × 86.27)"
                + " / (1 + 1 + 0.5 + 1.5 + 1 + 1) = 77.73")
        .contains("rank 1 of 1 in social_security/m, percentile 100.00");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void explain_partialStructure_saysItIsNotRanked() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", "commissariat-lezignac");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).contains("composite = none").contains("not ranked");
  }

  @Test
  void explain_unknownStructure_exits2() {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("explain", edition.toString(), "--structure", "mairie-nowhere");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: no structure 'mairie-nowhere'");
    assertThat(run.out()).isEmpty();
  }
}
