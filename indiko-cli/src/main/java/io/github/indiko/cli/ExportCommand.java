package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code indiko export}: writes an edition folder again with the data lines a database keeps for
 * it (cli.md, Data kept in a database).
 */
@Command(
    name = "export",
    description = {
      "Writes DIR as an edition folder: the definition files of EDITION_DIR (and the previous"
          + " results it names inside it), copied byte for byte, and responses.jsonl and"
          + " audits.jsonl holding the lines the database keeps for the edition, in the order it"
          + " kept them.",
      "DIR is replaced whole once every file is written; only an empty folder or one Indiko"
          + " wrote is replaced."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:exported",
      "2:bad usage, or --out holds files Indiko did not write or an input",
      "3:invalid definitions",
      "4:an input, an output or the database could not be read or written",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand private Indiko indiko;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "EDITION_DIR",
      description = "The edition folder of the definitions (see 'indiko spec formats').")
  private Path edition;

  @Option(
      names = "--store",
      required = true,
      paramLabel = "JDBC_URL",
      description =
          "The database: jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE (the"
              + " password from ~/.pgpass).")
  private String store;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The edition folder to write, created if needed, replaced whole once every file is"
              + " written; never one holding an input.")
  private Path out;

  @Override
  public Integer call() {
    EditionDefinitions definitions = EditionFolder.load(edition);
    InputPaths.of(edition, definitions, null).refuse("--out", out);
    List<String> copied = definitionFiles(definitions);
    long responses;
    long audits;
    try (IndikoStore opened = Stores.open(store, spec);
        Publication publication = Publication.open(out, "--out")) {
      for (String name : copied) {
        byte[] bytes = read(edition.resolve(name));
        write(publication, name, stream -> stream.write(bytes));
      }
      EditionStore kept = opened.edition(definitions);
      EditionData data = kept.data();
      write(publication, DataValidator.RESPONSES, stream -> transfer(data.responses(), stream));
      write(publication, DataValidator.AUDITS, stream -> transfer(data.audits(), stream));
      responses = kept.count(DataValidator.RESPONSES);
      audits = kept.count(DataValidator.AUDITS);
      publication.publish();
    }
    PrintWriter console = spec.commandLine().getOut();
    for (String name : copied) {
      console.println("wrote " + out.resolve(name));
    }
    console.printf("wrote %s (%d lines)%n", out.resolve(DataValidator.RESPONSES), responses);
    console.printf("wrote %s (%d lines)%n", out.resolve(DataValidator.AUDITS), audits);
    return Indiko.OK;
  }

  /**
   * The definition files of the edition, the questionnaire's in its layout (one file per version
   * in {@code questionnaires/} when it names several, analysis.md §A4), and the previous results it
   * names when they lie inside its folder (a path leaving it would name another file from {@code
   * DIR}: it is not copied).
   */
  private List<String> definitionFiles(EditionDefinitions definitions) {
    List<String> names = new ArrayList<>();
    for (String name : EditionFolder.FILES) {
      if (name.equals(EditionFolder.QUESTIONNAIRE)) {
        names.addAll(EditionFolder.questionnaireFiles(definitions.edition()));
      } else if (!name.equals(DataValidator.RESPONSES) && !name.equals(DataValidator.AUDITS)) {
        names.add(name);
      }
    }
    String previous = inside(definitions.edition().previous());
    if (previous != null) {
      names.add(previous);
    }
    return names;
  }

  private static @Nullable String inside(@Nullable String previous) {
    if (previous == null) {
      return null;
    }
    try {
      Path path = Path.of(previous).normalize();
      boolean inside = !path.isAbsolute() && !path.startsWith("..") && path.getNameCount() > 0;
      return inside ? path.toString() : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static byte[] read(Path file) {
    try (InputStream in = Io.open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + Io.describe(e));
    }
  }

  private void write(Publication publication, String name, Io.Content content) {
    Path target = publication.file(name);
    Io.folder(target.getParent());
    indiko.io().write(target, publication.shown(target), publication.unchanged(), content);
  }

  private static void transfer(InputStream lines, OutputStream stream) throws IOException {
    try (InputStream in = lines) {
      in.transferTo(stream);
    }
  }
}
