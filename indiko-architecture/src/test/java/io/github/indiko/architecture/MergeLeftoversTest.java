package io.github.indiko.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository keeps the markers a merge leaves where it could not join two sides:
 * such a file may still compile (a Markdown page, a comment) while saying two things at once.
 */
class MergeLeftoversTest {
  private static final Path ROOT = Path.of(System.getProperty("indiko.root", "..")).normalize();
  private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");
  private static final Pattern TEXT =
      Pattern.compile(".*\\.(java|md|properties|html|css|js|json|jsonl|txt|xml|sh|yml)$|.*/run$");
  private static final Pattern MARKER =
      Pattern.compile("^(" + "<".repeat(7) + "|" + ">".repeat(7) + ")( |$)", Pattern.MULTILINE);

  @Test
  void repository_holdsNoMergeMarkers() throws IOException {
    List<Path> files = textFiles();
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      if (MARKER.matcher(text).find()) {
        found.add(ROOT.relativize(file).toString());
      }
    }

    assertThat(files).hasSizeGreaterThan(500);
    assertThat(found).isEmpty();
  }

  @Test
  void marker_foundAtALineStartOnly() {
    String ours = "<".repeat(7) + " HEAD";
    String theirs = ">".repeat(7) + " branch";

    assertThat(MARKER.matcher("a\n" + ours + "\nb").find()).isTrue();
    assertThat(MARKER.matcher("a\n" + theirs).find()).isTrue();
    assertThat(MARKER.matcher("a " + ours + "\nb").find()).isFalse();
    assertThat(MARKER.matcher("List<List<List<List<List<List<List<X>>>>>>> x").find()).isFalse();
  }

  private static List<Path> textFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        boolean skipped = SKIPPED.contains(String.valueOf(dir.getFileName()));
        return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && TEXT.matcher(file.toString()).matches()) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return files;
  }
}
