package io.github.indiko.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code indiko} command in a child JVM, as a user runs it: a process of its own, with the heap
 * given, the classes of this test JVM's class path (Surefire's, else the JVM's own).
 */
final class ChildIndiko {
  private ChildIndiko() {}

  /**
   * @param heap the child's {@code -Xmx}, e.g. {@code 512m}
   * @param args the command line, e.g. {@code score EDITION --out DIR}
   * @return the process to start, its output not yet redirected
   */
  static ProcessBuilder of(String heap, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                Indiko.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
