package io.github.indiko.cli;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a command reads, which none of its outputs may overwrite (cli.md, What `score` writes): an
 * output that is, holds or lies inside an input is refused before anything is read or written,
 * exit 2, naming both. Symbolic links are resolved first, on the part of a path that exists.
 */
final class InputPaths {
  private final List<Input> inputs = new ArrayList<>();

  private record Input(String what, Path given, Path real) {}

  /**
   * @param edition the edition folder: itself, each file of it that a command reads, and the
   *     previous edition's results it names
   * @param definitions the edition's definitions
   * @param keyFile the pseudonymisation key file, or null
   * @return the inputs of a command on that edition
   */
  static InputPaths of(Path edition, EditionDefinitions definitions, @Nullable Path keyFile) {
    InputPaths paths = new InputPaths();
    paths.add("the edition folder", edition);
    String previous = definitions.edition().previous();
    if (previous != null) {
      try {
        paths.add("the previous results", edition.resolve(previous));
      } catch (InvalidPathException e) {
        // Not a path: nothing can be written over it, and reading it fails with its own message.
      }
    }
    paths.add("the key file", keyFile);
    for (String name : EditionFolder.FILES) {
      paths.add("the input file", edition.resolve(name));
    }
    // The files of an edition naming several versions of its questionnaire (analysis.md §A4).
    if (definitions.edition().versioned()) {
      for (String name : EditionFolder.questionnaireFiles(definitions.edition())) {
        paths.add("the input file", edition.resolve(name));
      }
    }
    return paths;
  }

  private void add(String what, @Nullable Path input) {
    if (input != null) {
      inputs.add(new Input(what, input, real(input)));
    }
  }

  /**
   * @param option the option that names the output, e.g. {@code --rejects}
   * @param output a file or folder the command writes
   * @throws Failure exit 2 when the output is, holds or lies inside an input
   */
  void refuse(String option, Path output) {
    Path real = real(output);
    for (Input input : inputs) {
      if (real.equals(input.real())) {
        throw refused(option, output, "is", input);
      }
    }
    for (Input input : inputs) {
      if (real.startsWith(input.real())) {
        throw refused(option, output, "lies inside", input);
      }
      if (input.real().startsWith(real)) {
        throw refused(option, output, "holds", input);
      }
    }
  }

  private static Failure refused(String option, Path output, String relation, Input input) {
    return new Failure(
        Indiko.USAGE,
        option
            + " "
            + output
            + " "
            + relation
            + " "
            + input.what()
            + " "
            + input.given()
            + ": Indiko never writes over what it reads; name another "
            + (option.equals("--rejects") ? "file" : "folder"));
  }

  /**
   * @return the path, absolute, with the links of its longest existing part resolved
   */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute).toString());
    } catch (IOException e) {
      return absolute;
    }
  }
}
