package io.github.indiko.cli;

import io.github.indiko.samples.SampleEdition;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    exitCodeList = {
      "0:done",
      "2:bad usage, or DIR/input or DIR/results holds files Indiko did not write",
      "4:the output could not be written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "indiko-demo",
      description =
          "The folder to write to (default: ${DEFAULT-VALUE}); its input and results folders are"
              + " replaced whole, when Indiko wrote them.")
  private Path out;

  @Override
  public Integer call() {
    Path input = out.resolve("input");
    // SampleEdition.copyTo(input) would write the same bytes, but not through the command's Io:
    // the edition is put in place whole or not at all, and a failure is exit 4 naming the file.
    try (Publication publication = Publication.open(input, "--out")) {
      for (String name : SampleEdition.files()) {
        Path target = publication.file(name);
        Io.folder(target.getParent());
        indiko
            .io()
            .write(
                target,
                publication.shown(target),
                publication.unchanged(),
                stream -> {
                  try (InputStream in = SampleEdition.open(name)) {
                    in.transferTo(stream);
                  }
                });
      }
      publication.publish();
    }
    Path results = out.resolve("results");
    Path index =
        new Scoring(Runtime.getRuntime().availableProcessors(), null, spec.commandLine(), indiko)
            .scoreInto(input, results, null, Scoring.ReportRequest.everything());
    PrintWriter console = spec.commandLine().getOut();
    console.println();
    console.println("the sample edition is in " + input.toAbsolutePath().normalize());
    console.println("results: " + results.resolve(Scoring.RESULTS).toAbsolutePath().normalize());
    console.println("open in a browser: " + index.toAbsolutePath().normalize());
    return Indiko.OK;
  }
}
