package io.github.indiko.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indiko spec}: lists the files of the specification or prints one. They are the files of
 * the repository's {@code docs/spec}, copied into the jar by the build, so that the help and the
 * messages can cite them wherever the command runs (settled in cli.md).
 */
@Command(
    name = "spec",
    description = {
      "Prints a file of Indiko's specification, the contract the commands follow: e.g. 'indiko"
          + " spec formats' (the files of an edition folder and the rejects), 'indiko spec"
          + " scoring' (every number), 'indiko spec cli' (the commands and their exit codes).",
      "Without NAME, lists the files with their titles."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:bad usage or unknown name",
      "5:out of memory, heap or stack (the message says how to give more)"
    })
final class SpecCommand implements Callable<Integer> {
  /** The folder of the specification's files among the resources, beside this class. */
  private static final String FOLDER = "spec/";

  /** The specification's own overview, which is always there. */
  private static final String OVERVIEW = "README.md";

  private static final String MD = ".md";

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "A file's name, e.g. formats, scoring or cli (.md may be added).")
  private @Nullable String name;

  @Override
  public Integer call() {
    Map<String, String> files = files();
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      int width = files.keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, String> file : files.entrySet()) {
        out.printf("%-" + width + "s  %s%n", file.getKey(), title(text(file.getValue())));
      }
      out.flush();
      return Indiko.OK;
    }
    String key = name.toLowerCase(Locale.ROOT);
    String file = files.get(key.endsWith(MD) ? key.substring(0, key.length() - MD.length()) : key);
    if (file == null) {
      throw new ParameterException(
          spec.commandLine(),
          "no file '" + name + "' in the specification: expected one of "
              + String.join(", ", files.keySet()));
    }
    out.print(text(file));
    out.flush();
    return Indiko.OK;
  }

  /**
   * @return the names of the specification's files (a file's name without {@code .md}, in lower
   *     case), sorted, each with its file name
   */
  static Map<String, String> files() {
    URL overview = SpecCommand.class.getResource(FOLDER + OVERVIEW);
    if (overview == null) {
      throw new IllegalStateException("the specification is missing from this build");
    }
    List<String> names = new ArrayList<>();
    try {
      if (overview.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) overview.openConnection();
        connection.setUseCaches(false);
        String entry = connection.getEntryName();
        String folder = entry.substring(0, entry.length() - OVERVIEW.length());
        try (JarFile jar = connection.getJarFile()) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
              .forEach(n -> names.add(n.substring(folder.length())));
        }
      } else {
        try (Stream<Path> list = Files.list(Path.of(overview.toURI()).getParent())) {
          list.forEach(file -> names.add(file.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Map<String, String> files = new TreeMap<>();
    for (String file : names) {
      if (file.endsWith(MD)) {
        files.put(file.substring(0, file.length() - MD.length()).toLowerCase(Locale.ROOT), file);
      }
    }
    return files;
  }

  /**
   * @param file a file name that {@link #files} gave
   * @return its text
   */
  static String text(String file) {
    try (InputStream in = SpecCommand.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the first heading, or nothing. */
  private static String title(String text) {
    return text.lines()
        .filter(line -> line.startsWith("# "))
        .map(line -> line.substring(2).strip())
        .findFirst()
        .orElse("");
  }
}
