package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder of {@code score} is one publication (cli.md, What `score` writes): replaced
 * whole, never over an input, never over a user's files.
 */
class OutputFolderTest {
  @TempDir Path tmp;

  @Test
  void validate_rejectsOverTheResponses_exits2AndLeavesThem() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    byte[] before = Files.readAllBytes(responses);

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", responses.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "indiko: --rejects "
                + responses
                + " is the input file "
                + responses
                + ": Indiko never writes over what it reads; name another file\n");
    assertThat(Files.readAllBytes(responses)).isEqualTo(before);
  }

  @Test
  void validate_rejectsThroughALinkToTheResponses_exits2() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    byte[] before = Files.readAllBytes(responses);
    Path link = Files.createSymbolicLink(tmp.resolve("rejects.jsonl"), responses);

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", link.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .startsWith("indiko: --rejects " + link + " is the input file " + responses);
    assertThat(Files.readAllBytes(responses)).isEqualTo(before);
  }

  @Test
  void validate_rejectsOverTheKeyFile_exits2() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path key = Files.write(tmp.resolve("key"), new byte[32]);

    CliRun run =
        CliRun.run(
            "validate",
            edition.toString(),
            "--pseudonymise-key",
            key.toString(),
            "--rejects",
            key.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: --rejects " + key + " is the key file " + key + ":");
    assertThat(Files.readAllBytes(key)).isEqualTo(new byte[32]);
  }

  @Test
  void score_outInsideTheEdition_exits2AndWritesNothing() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path previous = edition.resolve("previous-2016");
    Map<String, String> before = tree(edition);

    CliRun run = CliRun.run("score", edition.toString(), "--out", previous.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "indiko: --out "
                + previous
                + " lies inside the edition folder "
                + edition
                + ": Indiko never writes over what it reads; name another folder\n");
    assertThat(tree(edition)).isEqualTo(before);
  }

  @Test
  void score_outHoldingTheEdition_exits2() throws IOException {
    Path edition = CliRun.sample(tmp);

    CliRun run = CliRun.run("score", edition.toString(), "--out", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).startsWith("indiko: --out " + tmp + " holds the edition folder ");
  }

  @Test
  void score_outHoldingThePreviousResultsOutsideTheEdition_exits2() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path earlier = tmp.resolve("results-2016");
    Files.createDirectories(earlier);
    Files.move(
        edition.resolve("previous-2016/results.json"), earlier.resolve("results.json"));
    CliRun.edit(
        edition.resolve("edition.json"),
        "\"previous-2016/results.json\"",
        "\"../results-2016/results.json\"");

    CliRun run = CliRun.run("score", edition.toString(), "--out", earlier.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .startsWith(
            "indiko: --out "
                + earlier
                + " holds the previous results "
                + edition.resolve("../results-2016/results.json")
                + ":");
  }

  @Test
  void score_afterAStructureLeaves_itsReportsAreGone() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");
    assertThat(CliRun.run("score", edition.toString(), "--out", out.toString()).exitCode())
        .isZero();
    assertThat(out.resolve("structures/mairie-trevennec/organisation.html")).isRegularFile();
    CliRun.edit(
        edition.resolve("enrolments.json"),
        """
            {
              "structure": "mairie-trevennec",
              "at": "2017-06-20",
              "level": "organisation"
            },
        """,
        "");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("structures/mairie-trevennec")).doesNotExist();
    try (Stream<Path> structures = Files.list(out.resolve("structures"))) {
      assertThat(structures).hasSize(10);
    }
    assertThat(siblings()).containsExactlyInAnyOrder(".out.indiko-lock", "edition-2017", "out");
  }

  @Test
  void score_outHoldingAUsersFile_exits2AndLeavesEverything() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");
    assertThat(CliRun.run("score", edition.toString(), "--out", out.toString()).exitCode())
        .isZero();
    Path notes = Files.writeString(out.resolve("notes.txt"), "mine");
    Map<String, String> before = tree(out);

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "indiko: --out: "
                + out
                + " holds "
                + notes
                + ", which Indiko did not write; Indiko replaces only a folder it wrote itself, so"
                + " as never to delete your files: name a new or empty folder\n");
    assertThat(tree(out)).isEqualTo(before);
  }

  @Test
  void score_concurrentRunsIntoOneFolder_leaveOneWholeSet() throws Exception {
    Path edition = CliRun.sample(tmp);
    Map<String, Map<String, String>> sets = new TreeMap<>();
    for (String locale : List.of("fr", "en")) {
      Path alone = tmp.resolve("alone-" + locale);
      assertThat(
              CliRun.run("score", edition.toString(), "--out", alone.toString(), "--locale", locale)
                  .exitCode())
          .isZero();
      sets.put(locale, tree(alone));
    }
    Path out = tmp.resolve("out");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<CliRun>> runs = new ArrayList<>();
    try {
      for (String locale : List.of("fr", "en", "fr", "en")) {
        runs.add(
            pool.submit(
                () ->
                    CliRun.run(
                        "score", edition.toString(), "--out", out.toString(), "--locale", locale)));
      }
      for (Future<CliRun> run : runs) {
        assertThat(run.get().exitCode()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(sets.values()).contains(tree(out));
    assertThat(siblings())
        .containsExactlyInAnyOrder(
            ".out.indiko-lock", "alone-en", ".alone-en.indiko-lock", "alone-fr",
            ".alone-fr.indiko-lock", "edition-2017", "out");
  }

  /** Every file under a folder, by relative path, with its content. */
  static Map<String, String> tree(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(file).toString(),
            new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(path -> path.getFileName().toString()).toList();
    }
  }
}
