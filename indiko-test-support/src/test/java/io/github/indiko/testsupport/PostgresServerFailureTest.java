package io.github.indiko.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that fail stand in for PostgreSQL's: the error names the command and shows its output
 * and the end of the server's log. They run as {@code postgres} when the tests run as root, as the
 * real ones do, so their folder is readable by all.
 */
class PostgresServerFailureTest {
  @TempDir Path bin;

  private PostgresBinaries fake(String initdb, String pgCtl) throws IOException {
    Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
    write("initdb", initdb);
    write("pg_ctl", pgCtl);
    write("postgres", "exit 0");
    return new PostgresBinaries(bin);
  }

  private void write(String name, String body) throws IOException {
    Path program = bin.resolve(name);
    Files.writeString(program, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void start_initdbFails_namesTheCommandAndShowsItsOutput() throws IOException {
    PostgresBinaries binaries = fake("echo 'initdb: cannot make the cluster'; exit 3", "exit 0");

    assertThatThrownBy(() -> PostgresServer.start(binaries))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(bin.resolve("initdb") + " -D ")
        .hasMessageContaining("--auth=trust -U indiko --encoding=UTF8 --locale=C")
        .hasMessageContaining("exited with 3")
        .hasMessageContaining("initdb: cannot make the cluster");
  }

  @Test
  void start_serverDoesNotStart_showsTheTailOfTheServerLog() throws IOException {
    String pgCtl =
        "while [ $# -gt 0 ]; do\n"
            + "  if [ \"$1\" = -l ]; then\n"
            + "    echo 'FATAL:  the fake server will not start' >> \"$2\"\n"
            + "  fi\n"
            + "  shift\n"
            + "done\n"
            + "exit 1";
    PostgresBinaries binaries = fake("exit 0", pgCtl);

    assertThatThrownBy(() -> PostgresServer.start(binaries))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(bin.resolve("pg_ctl") + " -D ")
        .hasMessageContaining("-c listen_addresses=127.0.0.1 -p ")
        .hasMessageContaining("exited with 1")
        .hasMessageContaining("the server's log")
        .hasMessageContaining("FATAL:  the fake server will not start");
  }
}
