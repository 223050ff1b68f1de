package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store commands on an SQLite file, and how a bad {@code --store} is told. */
class SqliteStoreCommandsTest extends StoreCommandsContract {
  @Override
  String freshStore(String name) {
    return "jdbc:sqlite:" + tmp.resolve(name + ".db");
  }

  @Test
  void importWithKey_scoreStore_sameOutputAsTheFolderScoredWithTheKey() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path key = tmp.resolve("key");
    Files.write(key, "a key of thirty-two bytes, or more".getBytes(StandardCharsets.US_ASCII));
    String store = freshStore("key");

    CliRun imported =
        CliRun.run(
            "import", edition.toString(), "--store", store, "--pseudonymise-key", key.toString());
    CliRun.run(
        "score", edition.toString(), "--store", store, "--out", dir("store"), "--as-of", AS_OF);
    CliRun.run(
        "score",
        edition.toString(),
        "--pseudonymise-key",
        key.toString(),
        "--out",
        dir("folder"),
        "--as-of",
        AS_OF);

    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(Indiko.OK);
    assertThat(files(tmp.resolve("store"))).isEqualTo(files(tmp.resolve("folder")));
    assertThat(CliRun.read(tmp.resolve("store/rejects.jsonl"))).contains("duplicate_respondent");
  }

  @Test
  void import_notAJdbcUrl_badUsage() {
    CliRun run =
        CliRun.run(
            "import", CliRun.sample(tmp).toString(), "--store", "postgres://user:secret@host/db");

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err()).contains("--store: not a JDBC URL").doesNotContain("secret");
  }

  @Test
  void score_unreachableDatabase_exit4NamingItWithoutItsPassword() {
    CliRun run =
        CliRun.run(
            "score",
            CliRun.sample(tmp).toString(),
            "--store",
            "jdbc:postgresql://127.0.0.1:1/nowhere?user=u&password=secret",
            "--out",
            tmp.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err())
        .startsWith("indiko: the database //127.0.0.1:1/nowhere: cannot connect: ")
        .doesNotContain("secret");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
