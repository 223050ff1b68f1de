package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.ImportCounts;
import io.github.indiko.store.IndikoStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code indiko import}: loads an edition folder's data files into a database through the checks
 * of {@code validate} (cli.md, Data kept in a database).
 */
@Command(
    name = "import",
    description = {
      "Loads the data files of an edition folder, responses.jsonl then audits.jsonl, into a"
          + " database (an SQLite file or PostgreSQL), through the checks of 'indiko validate'.",
      "Each accepted line is kept as it is in the file; importing the same folder again stores"
          + " nothing more, and lines appended since are the only ones stored. Refused lines go"
          + " to --rejects, and their verdicts are kept so that 'indiko score --store' counts them"
          + " as a score of the folder does."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported (even with refused lines)",
      "2:bad usage, or --rejects names an input",
      "3:invalid definitions",
      "4:an input, an output or the database could not be read or written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "EDITION_DIR",
      description = "The edition folder (see 'indiko spec formats').")
  private Path edition;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "JDBC_URL",
      description =
          "The database: jdbc:sqlite:FILE (made when missing) or"
              + " jdbc:postgresql://HOST[:PORT]/DATABASE (the password from ~/.pgpass).")
  private String store;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Writes every refused line there, with its reason, as JSON Lines.")
  private @Nullable Path rejects;

  @Mixin private PseudonymiseOption pseudonymise;

  @Override
  public Integer call() {
    Pseudonymiser pseudonymiser = pseudonymise.pseudonymiser(spec);
    EditionDefinitions definitions = EditionFolder.load(edition);
    if (rejects != null) {
      InputPaths.of(edition, definitions, pseudonymise.keyFile()).refuse("--rejects", rejects);
    }
    DataFiles.check(DataValidator.of(definitions), edition);
    ImportCounts responses;
    ImportCounts audits;
    String described;
    Path rejectsFile = rejects;
    try (IndikoStore opened = Stores.open(store, spec)) {
      EditionStore target =
          pseudonymiser == null
              ? opened.edition(definitions)
              : opened.edition(definitions, pseudonymiser);
      described = target.toString();
      Progress progress =
          Progress.start(spec.commandLine().getErr(), indiko.terminal(), "importing", null);
      try (RejectsFile sink = RejectsFile.open(indiko.io(), rejectsFile)) {
        responses =
            target.importFile(
                DataValidator.RESPONSES, edition.resolve(DataValidator.RESPONSES), sink);
        audits =
            target.importFile(DataValidator.AUDITS, edition.resolve(DataValidator.AUDITS), sink);
        sink.commit();
      } finally {
        progress.close();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("edition %s imported into %s%n%n", definitions.edition().id().value(), described);
    new Table("", "source", "read", "stored", "already stored", "refused")
        .row(
            DataValidator.RESPONSES,
            responses.read(),
            responses.stored(),
            responses.alreadyThere(),
            responses.refused())
        .row(
            DataValidator.AUDITS,
            audits.read(),
            audits.stored(),
            audits.alreadyThere(),
            audits.refused())
        .print(out);
    if (rejectsFile != null) {
      out.printf(
          "%nwrote %d refused lines to %s%n", responses.refused() + audits.refused(), rejectsFile);
    }
    return Indiko.OK;
  }
}
