package io.github.indiko.cli;

import io.github.indiko.core.json.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code indiko demo}: writes the bundled sample edition and scores it. */
@Command(
    name = "demo",
    description = {
      "Writes the bundled sample edition (2017: 12 structures, 2000 responses, 150 audit records,"
          + " and the 2016 results it is compared with) to DIR/input and scores it into"
          + " DIR/results with every report, as 'indiko score' does.",
      "Prints the path of the HTML overview, DIR/results/index.html, which links to every"
          + " structure's reports."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad usage", "4:the output could not be written"})
final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLE = "demo/edition-2017/";

  /** The previous edition's results, which the sample's edition.json names. */
  static final String PREVIOUS = "previous-2016/results.json";
  static final List<String> FILES =
      List.of(
          EditionFolder.EDITION,
          EditionFolder.STRUCTURES,
          EditionFolder.ENROLMENTS,
          EditionFolder.QUESTIONNAIRE,
          EditionFolder.GRID,
          DataValidator.RESPONSES,
          DataValidator.AUDITS);

  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "indiko-demo",
      description = "The folder to write to (default: ${DEFAULT-VALUE}); its files are replaced.")
  private Path out;

  @Override
  public Integer call() {
    Path input = Io.folder(out.resolve("input"));
    for (String name : sampleFiles()) {
      Path target = input.resolve(name);
      Io.folder(target.getParent());
      indiko.io().write(target, stream -> copy(name, stream));
    }
    Path results = out.resolve("results");
    Path index =
        new Scoring(Runtime.getRuntime().availableProcessors(), null, spec.commandLine(), indiko)
            .scoreInto(input, results, Scoring.ReportRequest.everything());
    PrintWriter console = spec.commandLine().getOut();
    console.println();
    console.println("the sample edition is in " + input.toAbsolutePath().normalize());
    console.println("results: " + results.resolve(Scoring.RESULTS).toAbsolutePath().normalize());
    console.println("open in a browser: " + index.toAbsolutePath().normalize());
    return Indiko.OK;
  }

  /**
   * @return the files of the bundled sample: the definitions, the data and the previous results
   */
  static List<String> sampleFiles() {
    List<String> files = new ArrayList<>(FILES);
    files.add(PREVIOUS);
    return files;
  }

  private static void copy(String name, OutputStream target) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + name)) {
      if (in == null) {
        throw new IllegalStateException("the sample file " + name + " is missing from the jar");
      }
      in.transferTo(target);
    }
  }
}
