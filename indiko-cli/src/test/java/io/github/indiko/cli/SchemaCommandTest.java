package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.Schemas;
import io.github.indiko.scoring.ExplanationJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaCommandTest {
  @Test
  void schema_everyInputKind_printsItsSchemaAsJson() {
    for (String kind : Schemas.kinds()) {
      CliRun run = CliRun.run("schema", kind);

      assertThat(run.exitCode()).as(kind).isEqualTo(Indiko.OK);
      JsonNode schema = CliRun.json(run.out());
      assertThat(schema.get("$id").asString()).as(kind).endsWith("/" + kind + ".schema.json");
    }
  }

  @Test
  void schema_results_printsTheResultsSchemaAsJson() {
    CliRun run = CliRun.run("schema", "results");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(CliRun.json(run.out()).get("$schema").asString()).contains("2020-12");
  }

  @Test
  void schema_explanation_printsTheSchemaOfExplainAsJson() {
    CliRun run = CliRun.run("schema", "explanation");

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(run.out()).isEqualTo(ExplanationJson.schema());
    assertThat(CliRun.json(run.out()).get("$id").asString()).endsWith("/explanation.schema.json");
  }

  @Test
  void schema_everyReport_printsItsSchemaAsJson() {
    for (String report :
        new String[] {"raw", "analysis", "organisation", "overview", "agreement"}) {
      CliRun run = CliRun.run("schema", "report-" + report);

      assertThat(run.exitCode()).as(report).isEqualTo(Indiko.OK);
      assertThat(CliRun.json(run.out()).get("$id").asString())
          .as(report)
          .endsWith("/report-" + report + ".schema.json");
    }
  }

  @Test
  void schema_unknownKind_exits2ListingTheKinds() {
    CliRun run = CliRun.run("schema", "answers");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .startsWith(
            "indiko: unknown kind 'answers': expected one of edition, structures,"
                + " enrolments, questionnaire, grid, response, audit, population, results,"
                + " explanation,"
                + " report-raw, report-analysis, report-organisation, report-overview,"
                + " report-agreement");
    assertThat(run.out()).isEmpty();
  }
}
