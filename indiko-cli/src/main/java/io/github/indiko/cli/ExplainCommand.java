package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.scoring.Explanation;
import io.github.indiko.scoring.ExplanationJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code indiko explain}: how one structure's numbers were made, as text or as JSON, printed from
 * the library's {@link Explanation} (cli.md, Explanation of a structure).
 */
@Command(
    name = "explain",
    description = {
      "Scores an edition folder and prints how one structure's composite was computed: every"
          + " source with its weight V, sufficiency and score, every theme with its weight W and"
          + " score, every item with its weight, n, value and interval, and the formulas with their"
          + " numbers: the weighted means, the composite, and each interval's quantile and"
          + " standard error.",
      "For an edition that asks for weighting, the weighting too: method, keys, status, each cell"
          + " with its count n_c and weight w_c, nEffective and the design effect; and each survey"
          + " item's W = Σw, Σw·s and nEffective, its interval with the linearised standard error.",
      "Writes no file. --format json prints the same as JSON, numbers unrounded (see 'indiko"
          + " schema explanation')."
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
  /** What {@code --format} takes. */
  enum Format {
    TEXT,
    JSON
  }

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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (the default, rounded for reading) or json (indiko.explanation/1).")
  private Format format;

  @Override
  public Integer call() {
    Scoring scoring =
        new Scoring(Runtime.getRuntime().availableProcessors(), null, spec.commandLine(), indiko);
    EditionDefinitions definitions = scoring.definitions(edition);
    Explanation explanation = scoring.explain(definitions, edition, structure);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      ExplanationJson.write(explanation, json);
      out.print(json.toString(StandardCharsets.UTF_8));
    } else {
      new ExplanationText(explanation).print(out);
    }
    out.flush();
    return Indiko.OK;
  }

  /** {@code text} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return switch (value) {
        case "text" -> Format.TEXT;
        case "json" -> Format.JSON;
        default -> throw new TypeConversionException("expected text or json, not '" + value + "'");
      };
    }
  }
}
