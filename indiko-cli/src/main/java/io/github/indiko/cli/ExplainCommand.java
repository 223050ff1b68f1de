package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.StructureResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indiko explain}: how one structure's composite was computed. */
@Command(
    name = "explain",
    description = {
      "Scores an edition folder and prints how one structure's composite was computed: every"
          + " source with its weight V, sufficiency and score, every theme with its weight W and"
          + " score, every item with its weight, n and value, and the formulas with their"
          + " numbers.",
      "Writes no file."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:explained",
      "2:bad usage or unknown structure",
      "3:invalid definitions",
      "4:an input could not be read",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "EDITION_DIR",
      description = "The edition folder (see 'indiko spec formats').")
  private Path edition;

  @Option(
      names = "--structure",
      required = true,
      paramLabel = "ID",
      description = "The structure's id, as in structures.json.")
  private String structure;

  @Override
  public Integer call() {
    Scoring scoring =
        new Scoring(Runtime.getRuntime().availableProcessors(), null, spec.commandLine(), indiko);
    EditionDefinitions definitions = scoring.definitions(edition);
    Results results = scoring.score(definitions, edition, reject -> {}).results();
    StructureResult result =
        results
            .structure(structure)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no structure '"
                            + structure
                            + "' among the enrolled structures and those the data names"));
    new Explanation(definitions, result).print(spec.commandLine().getOut());
    return Indiko.OK;
  }
}
