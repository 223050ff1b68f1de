package io.github.indiko.cli;

import io.github.indiko.core.json.Schemas;
import io.github.indiko.scoring.ResultsJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indiko schema}: prints the JSON Schema of an input kind or of the results. */
@Command(
    name = "schema",
    description = "Prints the JSON Schema (draft 2020-12) of a kind of file.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:bad usage or unknown kind"})
final class SchemaCommand implements Callable<Integer> {
  private static final String RESULTS = "results";

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "KIND",
      description =
          "edition, structures, enrolments, questionnaire, grid, response (a line of"
              + " responses.jsonl), audit (a line of audits.jsonl) or results (results.json).")
  private String kind;

  @Override
  public Integer call() {
    String schema;
    if (kind.equals(RESULTS)) {
      schema = ResultsJson.schema();
    } else if (Schemas.kinds().contains(kind)) {
      schema = Schemas.schema(kind);
    } else {
      List<String> kinds = new ArrayList<>(Schemas.kinds());
      kinds.add(RESULTS);
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
