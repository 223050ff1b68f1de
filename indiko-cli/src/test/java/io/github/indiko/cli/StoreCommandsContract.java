package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SampleEdition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code import}, {@code score --store} and {@code export} on a database (cli.md, Data kept in a
 * database): a score of what was imported is, file for file and byte for byte, the score of the
 * folder. Each database runs the same tests through one subclass that names a fresh, empty store.
 */
abstract class StoreCommandsContract {
  static final String AS_OF = "2017-12-01";

  @TempDir Path tmp;

  /**
   * @param name a name for the store, unique in the test
   * @return the JDBC URL of a fresh, empty store
   */
  abstract String freshStore(String name) throws Exception;

  @Test
  void importThenScoreStore_sample_sameOutputFolderAsTheFolder() throws Exception {
    Path edition = CliRun.sample(tmp);
    String store = freshStore("sample");

    CliRun imported = CliRun.run("import", edition.toString(), "--store", store);
    CliRun fromStore =
        CliRun.run(
            "score", edition.toString(), "--store", store, "--out", dir("store"), "--as-of", AS_OF);
    CliRun fromFolder =
        CliRun.run("score", edition.toString(), "--out", dir("folder"), "--as-of", AS_OF);

    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(Indiko.OK);
    assertThat(imported.out())
        .containsPattern("responses.jsonl +2000 +1940 +0 +60")
        .containsPattern("audits.jsonl +150 +132 +0 +18");
    assertThat(fromStore.exitCode()).as(fromStore.err()).isEqualTo(Indiko.OK);
    assertThat(fromFolder.exitCode()).isEqualTo(Indiko.OK);
    assertThat(files(tmp.resolve("store"))).isEqualTo(files(tmp.resolve("folder")));
    assertThat(fromStore.out()).containsPattern("responses.jsonl +2000 +1940 +60");
  }

  @Test
  void import_twice_storesNothingMoreAndWritesTheRejectsAsValidate() throws Exception {
    Path edition = CliRun.sample(tmp);
    String store = freshStore("twice");
    Path firstRejects = tmp.resolve("first.jsonl");
    Path validateRejects = tmp.resolve("validate.jsonl");

    CliRun first =
        CliRun.run(
            "import", edition.toString(), "--store", store, "--rejects", firstRejects.toString());
    CliRun second = CliRun.run("import", edition.toString(), "--store", store);
    CliRun.run("validate", edition.toString(), "--rejects", validateRejects.toString());

    assertThat(first.exitCode()).isEqualTo(Indiko.OK);
    assertThat(first.out()).contains("wrote 78 refused lines to " + firstRejects);
    assertThat(Files.readAllBytes(firstRejects)).isEqualTo(Files.readAllBytes(validateRejects));
    assertThat(second.exitCode()).isEqualTo(Indiko.OK);
    assertThat(second.out())
        .containsPattern("responses.jsonl +2000 +0 +1940 +60")
        .containsPattern("audits.jsonl +150 +0 +132 +18");
    CliRun scored =
        CliRun.run(
            "score", edition.toString(), "--store", store, "--out", dir("out"), "--as-of", AS_OF);
    assertThat(scored.out()).containsPattern("responses.jsonl +2000 +1940 +60");
  }

  @Test
  void export_keptLinesByteForByte_andItsScoreHasTheNumbersOfTheStore() throws Exception {
    Path edition = CliRun.sample(tmp);
    String store = freshStore("export");
    CliRun.run("import", edition.toString(), "--store", store);

    CliRun exported =
        CliRun.run("export", edition.toString(), "--store", store, "--out", dir("exported"));

    assertThat(exported.exitCode()).as(exported.err()).isEqualTo(Indiko.OK);
    Path folder = tmp.resolve("exported");
    for (String source : List.of("responses.jsonl", "audits.jsonl")) {
      assertThat(Files.readAllBytes(folder.resolve(source)))
          .as(source)
          .isEqualTo(accepted(edition.resolve(source), source));
    }
    assertThat(Files.readAllBytes(folder.resolve("edition.json")))
        .isEqualTo(Files.readAllBytes(edition.resolve("edition.json")));
    CliRun.run(
        "score", edition.toString(), "--store", store, "--out", dir("store"), "--as-of", AS_OF);
    CliRun.run("score", folder.toString(), "--out", dir("again"), "--as-of", AS_OF);
    JsonNode fromStore = CliRun.json(CliRun.read(tmp.resolve("store/results.json")));
    JsonNode fromExport = CliRun.json(CliRun.read(tmp.resolve("again/results.json")));
    Map<String, JsonNode> enrolled = byId(fromStore);
    enrolled.values().removeIf(structure -> !structure.get("enrolled").asBoolean());
    assertThat(byId(fromExport)).isEqualTo(enrolled);
    assertThat(fromExport.get("counts").get("responses").get("read").asLong()).isEqualTo(1940);
  }

  @Test
  void scoreStore_generatedEdition_sameResultsAsTheFolder() throws Exception {
    Path edition = tmp.resolve("generated");
    CliRun generated =
        CliRun.run(
            "generate",
            "--out",
            edition.toString(),
            "--responses",
            "20000",
            "--seed",
            "19",
            "--invalid-ratio",
            "0.05");
    assertThat(generated.exitCode()).as(generated.err()).isEqualTo(Indiko.OK);
    String store = freshStore("generated");

    CliRun imported = CliRun.run("import", edition.toString(), "--store", store);
    String[] raw = {"--level", "raw", "--format", "json", "--as-of", "2026-12-07"};
    CliRun fromStore =
        CliRun.run(with(raw, "score", edition.toString(), "--store", store, "--out", dir("s")));
    CliRun fromFolder = CliRun.run(with(raw, "score", edition.toString(), "--out", dir("f")));

    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(Indiko.OK);
    assertThat(fromStore.exitCode()).as(fromStore.err()).isEqualTo(Indiko.OK);
    assertThat(fromFolder.exitCode()).isEqualTo(Indiko.OK);
    assertThat(Files.readAllBytes(tmp.resolve("s/results.json")))
        .isEqualTo(Files.readAllBytes(tmp.resolve("f/results.json")));
    assertThat(Files.readAllBytes(tmp.resolve("s/rejects.jsonl")))
        .isEqualTo(Files.readAllBytes(tmp.resolve("f/rejects.jsonl")));
    JsonNode responses =
        CliRun.json(CliRun.read(tmp.resolve("f/results.json"))).get("counts").get("responses");
    assertThat(responses.get("accepted").asLong()).isGreaterThan(18_000);
    assertThat(responses.get("rejected").asLong()).isGreaterThan(500);
    assertThat(CliRun.read(tmp.resolve("f/rejects.jsonl"))).contains("\"duplicate_id\"");
  }

  @Test
  void scoreStore_withPseudonymiseKey_badUsage() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path key = tmp.resolve("key");
    Files.write(key, new byte[32]);

    CliRun run =
        CliRun.run(
            "score",
            edition.toString(),
            "--store",
            freshStore("key"),
            "--pseudonymise-key",
            key.toString(),
            "--out",
            dir("out"));

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("--pseudonymise-key does not go with --store");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  String dir(String name) {
    return tmp.resolve(name).toString();
  }

  private static String[] with(String[] tail, String... head) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }

  /** The lines of a sample data file that its expected rejects do not name, each ended by \n. */
  private static byte[] accepted(Path file, String source) throws IOException {
    Set<Long> refused = new HashSet<>();
    for (String line : CliRun.expected(SampleEdition.EXPECTED_REJECTS).split("\n")) {
      JsonNode reject = CliRun.json(line);
      if (reject.get("source").asString().equals(source)) {
        refused.add(reject.get("line").asLong());
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long number = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        boolean blank = new String(bytes, start, end - start).isBlank();
        if (!blank && !refused.contains(number)) {
          out.write(bytes, start, end - start);
          out.write('\n');
        }
        number++;
        start = i + 1;
      }
    }
    return out.toByteArray();
  }

  /** Every file of a folder, by its path inside it, with its bytes as text. */
  static Map<String, String> files(Path folder) throws IOException {
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

  private static Map<String, JsonNode> byId(JsonNode results) {
    Map<String, JsonNode> structures = new TreeMap<>();
    results.get("structures").forEach(s -> structures.put(s.get("id").asString(), s));
    return structures;
  }
}
