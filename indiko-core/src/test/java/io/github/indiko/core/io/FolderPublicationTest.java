package io.github.indiko.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPublicationTest {
  @TempDir Path tmp;

  @Test
  void publish_newTarget_holdsTheSetAndItsMarker() throws IOException {
    Path target = tmp.resolve("results");

    List<String> files;
    try (FolderPublication publication = FolderPublication.open(target)) {
      write(publication.folder(), "index.html", "overview");
      write(publication.folder(), "structures/caf/raw.json", "{}");
      assertThat(target).doesNotExist();
      files = publication.publish();
    }

    assertThat(files).containsExactly("index.html", "structures/caf/raw.json");
    assertThat(tree(target))
        .containsExactly(
            Map.entry(
                ".indiko-output",
                "indiko output folder 1\nindex.html\nstructures/caf/raw.json\n"),
            Map.entry("index.html", "overview"),
            Map.entry("structures/caf/raw.json", "{}"));
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  @Test
  void publish_overAnEarlierSet_leavesNothingOfIt() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016", "structures/old-mairie/raw.json", "{}"));

    publish(target, Map.of("index.html", "2017", "structures/caf/raw.json", "[]"));

    assertThat(tree(target))
        .containsOnlyKeys(".indiko-output", "index.html", "structures/caf/raw.json")
        .containsEntry("index.html", "2017");
    assertThat(target.resolve("structures/old-mairie")).doesNotExist();
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  @Test
  void close_withoutPublishing_leavesThePreviousSetExactlyAsItWas() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));
    Map<String, String> before = tree(target);

    try (FolderPublication publication = FolderPublication.open(target)) {
      write(publication.folder(), "index.html", "half");
    }

    assertThat(tree(target)).isEqualTo(before);
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  @Test
  void open_folderWithAUsersFile_isRefusedAndLeftAlone() throws IOException {
    Path target = tmp.resolve("results");
    write(target, "notes.txt", "mine");

    assertThatThrownBy(() -> FolderPublication.open(target))
        .isInstanceOfSatisfying(
            ForeignFolderException.class,
            e -> {
              assertThat(e.folder()).isEqualTo(target.toAbsolutePath());
              assertThat(e.foreign()).isEqualTo(target.resolve("notes.txt").toAbsolutePath());
              assertThat(e.getMessage()).contains("no .indiko-output marker");
            });
    assertThat(tree(target)).containsExactly(Map.entry("notes.txt", "mine"));
  }

  @Test
  void open_earlierSetWithAnAddedFile_isRefused() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016", "structures/caf/raw.json", "{}"));
    write(target, "structures/caf/notes.txt", "mine");

    assertThatThrownBy(() -> FolderPublication.open(target))
        .isInstanceOfSatisfying(
            ForeignFolderException.class,
            e ->
                assertThat(e.foreign())
                    .isEqualTo(target.resolve("structures/caf/notes.txt").toAbsolutePath()));
    assertThat(target.resolve("structures/caf/notes.txt")).hasContent("mine");
  }

  @Test
  void publish_whenAUserAddsAFileMeanwhile_isRefusedAndKeepsBoth() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));

    try (FolderPublication publication = FolderPublication.open(target)) {
      write(publication.folder(), "index.html", "2017");
      write(target, "notes.txt", "mine");
      assertThatThrownBy(publication::publish).isInstanceOf(ForeignFolderException.class);
    }

    assertThat(tree(target)).containsEntry("notes.txt", "mine").containsEntry("index.html", "2016");
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  @Test
  void open_earlierSetWithAFolderOfTheUser_isRefused() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));
    Files.createDirectories(target.resolve("drafts"));

    assertThatThrownBy(() -> FolderPublication.open(target))
        .isInstanceOfSatisfying(
            ForeignFolderException.class,
            e -> assertThat(e.foreign()).isEqualTo(target.resolve("drafts").toAbsolutePath()));
    assertThat(target.resolve("drafts")).isDirectory();
  }

  @Test
  void open_targetThatIsAFile_isRefused() throws IOException {
    Path target = tmp.resolve("results");
    Files.writeString(target, "a file");

    assertThatThrownBy(() -> FolderPublication.open(target))
        .isInstanceOf(ForeignFolderException.class)
        .hasMessageContaining("not a folder");
    assertThat(target).hasContent("a file");
  }

  @Test
  void open_emptyFolder_isReplaced() throws IOException {
    Path target = Files.createDirectory(tmp.resolve("results"));

    publish(target, Map.of("index.html", "2017"));

    assertThat(tree(target)).containsEntry("index.html", "2017");
  }

  @Test
  void publish_setHoldingAMarkerOfItsOwn_isRefused() throws IOException {
    Path target = tmp.resolve("results");

    try (FolderPublication publication = FolderPublication.open(target)) {
      write(publication.folder(), ".indiko-output", "forged");
      assertThatThrownBy(publication::publish)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("must not hold a file named .indiko-output");
    }

    assertThat(target).doesNotExist();
  }

  @Test
  void open_removesWhatKilledRunsLeftAndNothingElse() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));
    write(tmp, ".results.indiko-new-2147483646-0-dead/index.html", "half");
    write(tmp, ".results.indiko-new-garbled/index.html", "half");
    write(tmp, ".results.indiko-old-1/index.html", "2015");
    write(tmp, ".other.indiko-new-2147483646-0-dead/index.html", "not ours");
    write(tmp, "notes.txt", "mine");

    try (FolderPublication publication = FolderPublication.open(target)) {
      assertThat(siblings())
          .containsExactly(
              ".other.indiko-new-2147483646-0-dead",
              ".results.indiko-lock",
              publication.folder().getFileName().toString(),
              "notes.txt",
              "results");
    }
  }

  @Test
  void open_keepsTheSetOfALiveRun() throws IOException {
    Path target = tmp.resolve("results");
    try (FolderPublication writing = FolderPublication.open(target)) {
      write(writing.folder(), "index.html", "being written");

      try (FolderPublication other = FolderPublication.open(target)) {
        assertThat(writing.folder()).exists();
        assertThat(other.folder()).isNotEqualTo(writing.folder());
      }

      writing.publish();
    }
    assertThat(tree(target)).containsEntry("index.html", "being written");
  }

  @Test
  void open_runKilledBetweenTheTwoRenames_putsThePreviousSetBack() throws IOException {
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));
    Map<String, String> before = tree(target);
    Files.move(target, tmp.resolve(".results.indiko-old-killed"));

    try (FolderPublication publication = FolderPublication.open(target)) {
      assertThat(tree(target)).isEqualTo(before);
    }
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  @Test
  void publish_throughASymbolicLink_replacesTheFolderItPointsTo() throws IOException {
    Path real = tmp.resolve("www/results-2017");
    publish(real, Map.of("index.html", "2016"));
    Path link = Files.createSymbolicLink(tmp.resolve("results"), real);

    publish(link, Map.of("index.html", "2017"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(tree(real)).containsEntry("index.html", "2017");
  }

  @Test
  void publish_keepsThePermissionsOfTheFolderItReplaces() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions are not kept where the file system has none");
    Path target = tmp.resolve("results");
    publish(target, Map.of("index.html", "2016"));
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rwxr-x--x");
    Files.setPosixFilePermissions(target, shared);

    publish(target, Map.of("index.html", "2017"));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
  }

  @Test
  void publish_concurrentRunsIntoOneTarget_leaveOneWholeSet() throws Exception {
    Path target = tmp.resolve("results");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int run = 0; run < 40; run++) {
        String label = "run-" + run;
        runs.add(
            pool.submit(
                () -> {
                  Map<String, String> set = new TreeMap<>();
                  for (int file = 0; file < 5; file++) {
                    set.put("structures/s" + file + "/raw.json", label);
                  }
                  set.put(label + ".txt", label);
                  publish(target, set);
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }

    Map<String, String> set = tree(target);
    String winner = set.get("structures/s0/raw.json");
    assertThat(set)
        .hasSize(7)
        .containsEntry(winner + ".txt", winner)
        .allSatisfy(
            (name, content) -> {
              if (!name.equals(".indiko-output")) {
                assertThat(content).isEqualTo(winner);
              }
            });
    assertThat(siblings()).containsExactly(".results.indiko-lock", "results");
  }

  private static void publish(Path target, Map<String, String> files) throws IOException {
    try (FolderPublication publication = FolderPublication.open(target)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        write(publication.folder(), file.getKey(), file.getValue());
      }
      publication.publish();
    }
  }

  private static void write(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Every file under a folder, by relative path, with its content. */
  private static Map<String, String> tree(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
