package io.github.indiko.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@RequiresPostgres
class PostgresServerTest {
  @Test
  void jdbcUrl_createInsertSelect_readsTheRowsBack() throws Exception {
    PostgresServer server = PostgresServer.shared();
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("create table visit (id int primary key, site text not null)");
      statement.execute("insert into visit values (1, 'Mairie'), (2, 'Préfecture')");
      assertThat(rows(statement, "select site from visit order by id"))
          .containsExactly("Mairie", "Préfecture");
      assertThat(rows(statement, "show server_encoding")).containsExactly("UTF8");
      statement.execute("drop table visit");
    }
    assertThat(server.jdbcUrl())
        .isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres?user=indiko");
  }

  @Test
  void createDatabase_twoDatabases_seeOnlyTheirOwnTables() throws Exception {
    PostgresServer server = PostgresServer.shared();
    DataSource first = server.createDatabase("isolated_first");
    DataSource second = server.createDatabase("isolated_second");
    try (Connection a = first.getConnection();
        Statement inFirst = a.createStatement();
        Connection b = second.getConnection();
        Statement inSecond = b.createStatement()) {
      inFirst.execute("create table answer (value text)");
      inFirst.execute("insert into answer values ('oui')");
      inSecond.execute("create table answer (value text)");

      assertThat(rows(inFirst, "select value from answer")).containsExactly("oui");
      assertThat(rows(inSecond, "select value from answer")).isEmpty();
      assertThat(rows(inSecond, "select current_database()")).containsExactly("isolated_second");
    }
  }

  @Test
  void createDatabase_nameNotAnIdentifier_isRefusedBeforeTheServerSeesIt() throws Exception {
    PostgresServer server = PostgresServer.shared();

    assertThatThrownBy(() -> server.createDatabase("x; drop database postgres"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a database name");
  }

  @Test
  void terminate_oneConnection_failsItWhileAnotherKeepsWorking() throws Exception {
    PostgresServer server = PostgresServer.shared();
    DataSource source = server.createDatabase("terminated");
    try (Connection doomed = source.getConnection();
        Connection survivor = source.getConnection()) {
      server.terminate(doomed);

      assertThatThrownBy(() -> rows(doomed.createStatement(), "select 1"))
          .isInstanceOf(SQLException.class);
      try (Statement statement = survivor.createStatement()) {
        assertThat(rows(statement, "select 1")).containsExactly("1");
      }
    }
  }

  @Test
  void close_runningServer_stopsItAndDeletesItsFolder() throws Exception {
    long started = System.nanoTime();
    PostgresServer server = PostgresServer.start();
    long startMillis = (System.nanoTime() - started) / 1_000_000;
    Path folder = server.folder();
    int port = server.port();
    try (Connection connection = server.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assertThat(rows(statement, "select current_user")).containsExactly("indiko");
    }
    assertThat(folder).isDirectory();
    assertThat(folder.resolve("data/postmaster.pid")).exists();
    String owner = ServerUser.runningAsRoot() ? "postgres" : System.getProperty("user.name");
    assertThat(Files.getOwner(folder.resolve("data")).getName()).isEqualTo(owner);

    long stopping = System.nanoTime();
    server.close();
    long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
    System.err.println(
        "PostgreSQL private server: started in " + startMillis + " ms, stopped in " + stopMillis
            + " ms");

    assertThat(Files.exists(folder)).as("folder deleted").isFalse();
    assertThatThrownBy(() -> connect(port)).isInstanceOf(ConnectException.class);
    server.close();
  }

  @Test
  void start_twoServers_listenOnTwoPorts() throws Exception {
    try (PostgresServer other = PostgresServer.start()) {
      assertThat(other.port()).isNotEqualTo(PostgresServer.shared().port());
      try (Connection connection = other.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        assertThat(rows(statement, "select 1")).containsExactly("1");
      }
    }
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }
  }

  private static List<String> rows(Statement statement, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet row = statement.executeQuery(query)) {
      while (row.next()) {
        values.add(row.getString(1));
      }
    }
    return values;
  }
}
