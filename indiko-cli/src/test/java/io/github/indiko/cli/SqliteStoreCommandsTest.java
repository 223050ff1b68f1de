package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store commands on an SQLite file, and how a bad {@code --store} is told. */
class SqliteStoreCommandsTest extends StoreCommandsContract {
  @Override
  String freshStore(String name) {
    return "jdbc:sqlite:" + tmp.resolve(name + ".db");
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
