package io.github.indiko.cli;

import io.github.indiko.core.format.Schemas;
import io.github.indiko.scoring.ExplanationJson;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.reports.ReportJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indiko schema}: prints the JSON Schema of an input kind, of the results, of the
 * explanation or of a JSON report.
 */
@Command(
    name = "schema",
    description = "Prints the JSON Schema (draft 2020-12) of a kind of file.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:bad usage or unknown kind",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class SchemaCommand implements Callable<Integer> {
  private static final String RESULTS = "results";
  private static final String EXPLANATION = "explanation";
  private static final String REPORT = "report-";
  private static final List<String> REPORTS =
      List.of("raw", "analysis", "organisation", "overview", "agreement");

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "KIND",
      description =
          "edition, structures, enrolments, questionnaire, grid, response (a line of"
              + " responses.jsonl), audit (a line of audits.jsonl), population (population.json),"
              + " results (results.json),"
              + " explanation (indiko explain --format json), or report-raw, report-analysis,"
              + " report-organisation, report-overview, report-agreement (the JSON reports).")
  private String kind;

  @Override
  public Integer call() {
    String schema;
    if (kind.equals(RESULTS)) {
      schema = ResultsJson.schema();
    } else if (kind.equals(EXPLANATION)) {
      schema = ExplanationJson.schema();
    } else if (Schemas.kinds().contains(kind)) {
      schema = Schemas.schema(kind);
    } else if (kind.startsWith(REPORT) && REPORTS.contains(kind.substring(REPORT.length()))) {
      schema = ReportJson.schema(kind.substring(REPORT.length()));
    } else {
      List<String> kinds = new ArrayList<>(Schemas.kinds());
      kinds.add(RESULTS);
      kinds.add(EXPLANATION);
      REPORTS.forEach(report -> kinds.add(REPORT + report));
      throw new ParameterException(
          spec.commandLine(),
          "unknown kind '" + kind + "': expected one of " + String.join(", ", kinds));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(schema.endsWith("\n") ? schema : schema + "\n");
    out.flush();
    return Indiko.OK;
  }
}
