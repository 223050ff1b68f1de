package io.github.indiko.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTest {
  @TempDir Path root;

  private Path programs(String folder, String... names) throws IOException {
    Path bin = Files.createDirectories(root.resolve(folder));
    for (String name : names) {
      Path program = bin.resolve(name);
      Files.writeString(program, "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  private Path server(String folder) throws IOException {
    return programs(folder, "initdb", "pg_ctl", "postgres");
  }

  @Test
  void find_pgBindirSet_takesThatFolderOverTheOthers() throws IOException {
    Path chosen = server("chosen");
    server("versions/16/bin");

    assertThat(PostgresBinaries.find(chosen.toString(), root.resolve("versions"), () -> null, null))
        .map(PostgresBinaries::folder)
        .contains(chosen);
  }

  @Test
  void find_pgBindirWithoutTheServer_findsNothingRatherThanAnotherVersion() throws IOException {
    Path empty = programs("client-only", "psql");
    server("versions/16/bin");

    assertThat(PostgresBinaries.find(empty.toString(), root.resolve("versions"), () -> null, null))
        .isEmpty();
  }

  @Test
  void find_severalDebianVersions_takesTheHighestByNumber() throws IOException {
    server("versions/9.6/bin");
    Path ten = server("versions/10/bin");
    programs("versions/17/bin", "initdb");
    Files.createDirectories(root.resolve("versions/extension"));

    assertThat(PostgresBinaries.find(null, root.resolve("versions"), () -> null, null))
        .map(PostgresBinaries::folder)
        .contains(ten);
  }

  @Test
  void find_noDebianFolder_takesWhatPgConfigPrints() throws IOException {
    Path configured = server("configured");

    assertThat(
            PostgresBinaries.find(
                null,
                root.resolve("missing"),
                () -> configured + "\n",
                server("onpath").toString()))
        .map(PostgresBinaries::folder)
        .contains(configured);
  }

  @Test
  void find_onlyOnPath_takesTheFirstFolderHoldingAllThree() throws IOException {
    Path partial = programs("partial", "initdb", "pg_ctl");
    Path whole = server("whole");
    Path later = server("later");
    String path = String.join(File.pathSeparator, partial.toString(), "", whole + "", later + "");

    assertThat(PostgresBinaries.find(null, root.resolve("missing"), () -> "/nowhere", path))
        .map(PostgresBinaries::folder)
        .contains(whole);
  }

  @Test
  void find_nowhere_isEmpty() {
    assertThat(PostgresBinaries.find("", root.resolve("missing"), () -> null, null)).isEmpty();
  }

  @Test
  void new_folderWithoutPostgres_isRefusedNamingThePrograms() throws IOException {
    Path partial = programs("partial", "initdb", "pg_ctl");

    assertThatThrownBy(() -> new PostgresBinaries(partial))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initdb, pg_ctl, postgres");
  }

  @Test
  void evaluate_programsMissing_disablesWithTheReasonToInstallThem() {
    ConditionEvaluationResult result = PostgresCondition.evaluate(Optional.empty());

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason())
        .contains("PostgreSQL server binaries not found (install Debian's postgresql package)");
  }

  @Test
  void evaluate_programsFound_enablesNamingTheirFolder() throws IOException {
    Path bin = server("bin");

    ConditionEvaluationResult result =
        PostgresCondition.evaluate(Optional.of(new PostgresBinaries(bin)));

    assertThat(result.isDisabled()).isFalse();
    assertThat(result.getReason()).contains("PostgreSQL in " + bin);
  }
}
