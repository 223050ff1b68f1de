package io.github.indiko.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private PostgreSQL server for tests: a cluster made by {@code initdb} in a new folder under
 * {@code /tmp}, trusting the superuser {@code indiko} without a password, listening on
 * 127.0.0.1 only, on a free port, with no Unix socket and no {@code fsync}. {@link #close()} stops
 * it and deletes the folder; a shutdown hook does the same at the JVM's exit for every server not
 * closed, so that no server outlives the tests (a JVM killed outright runs no hook).
 *
 * <p>PostgreSQL refuses to run as root: when the JVM runs as root, {@code initdb} and {@code
 * pg_ctl} run as the user {@code postgres} that Debian's package creates, through {@code runuser}
 * (or {@code setpriv}), in a folder given to that user.
 */
public final class PostgresServer implements AutoCloseable {
  /** The superuser of the cluster, who connects without a password. */
  public static final String USER = "indiko";

  /** The unprivileged user the server runs as when the JVM runs as root. */
  static final String SERVER_USER = "postgres";

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final int PORT_ATTEMPTS = 5;
  private static final Set<PostgresServer> RUNNING = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOKED = new AtomicBoolean();
  private static @Nullable PostgresServer shared;

  private final PostgresBinaries binaries;
  private final ClusterFolder folder;
  private final AtomicBoolean closed = new AtomicBoolean();
  private int port;

  private PostgresServer(PostgresBinaries binaries, ClusterFolder folder) {
    this.binaries = binaries;
    this.folder = folder;
  }

  /**
   * Starts a server with the programs {@link PostgresBinaries#find()} finds.
   *
   * @return the running server
   * @throws IllegalStateException when PostgreSQL's server programs are not installed
   * @throws IOException when a command fails or times out: the message names it and shows the end
   *     of its output and of the server's log
   */
  public static PostgresServer start() throws IOException {
    return start(
        PostgresBinaries.find()
            .orElseThrow(() -> new IllegalStateException(PostgresBinaries.MISSING)));
  }

  /**
   * Makes a cluster with {@code initdb} and starts its server with {@code pg_ctl}, waiting until it
   * accepts connections; a port taken meanwhile by another process is replaced by another.
   *
   * @param binaries the programs to run
   * @return the running server
   * @throws IOException when a command fails or times out: the message names it and shows the end
   *     of its output and of the server's log
   */
  public static PostgresServer start(PostgresBinaries binaries) throws IOException {
    PostgresServer server = new PostgresServer(binaries, ClusterFolder.create());
    try {
      server.folder.run(
          List.of(
              binaries.initdb().toString(),
              "-D",
              server.folder.data().toString(),
              "--auth=trust",
              "-U",
              USER,
              "--encoding=UTF8",
              "--locale=C",
              "--no-sync"));
      hookOnce();
      RUNNING.add(server);
      server.startOnFreePort();
      return server;
    } catch (IOException | RuntimeException e) {
      try {
        server.close();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /**
   * The server shared by every test of this JVM that asks for it, started on the first call and
   * stopped by the shutdown hook; a test isolates its data with {@link #createDatabase(String)}
   * and never closes it.
   *
   * @return the running shared server
   * @throws IllegalStateException when PostgreSQL's server programs are not installed
   * @throws IOException when the server cannot start
   */
  public static synchronized PostgresServer shared() throws IOException {
    PostgresServer current = shared;
    if (current == null || current.closed.get()) {
      current = start();
      shared = current;
    }
    return current;
  }

  /**
   * The TCP port the server listens on, at 127.0.0.1.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * The folder of the cluster ({@code data}), its log ({@code server.log}) and the output of the
   * commands run ({@code commands.log}); deleted by {@link #close()}.
   *
   * @return the server's temporary folder
   */
  public Path folder() {
    return folder.root();
  }

  /**
   * The URL of the database {@code postgres} as the superuser.
   *
   * @return {@code jdbc:postgresql://127.0.0.1:PORT/postgres?user=indiko}
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
  }

  /**
   * Connections to the database {@code postgres} as the superuser.
   *
   * @return a new data source of the database {@code postgres}
   */
  public PGSimpleDataSource dataSource() {
    return dataSource("postgres");
  }

  /**
   * Creates an empty database, so that a test class works apart from the others.
   *
   * @param name the new database's name: lower-case letters, digits and underscores, not starting
   *     with a digit, at most 63 characters
   * @return connections to the new database as the superuser
   * @throws IllegalArgumentException when the name is not of that form
   * @throws SQLException when the database cannot be created, for instance when it exists
   */
  public PGSimpleDataSource createDatabase(String name) throws SQLException {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a database name of [a-z_][a-z0-9_]{0,62}: " + name);
    }
    try (Connection admin = dataSource().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + name);
    }
    return dataSource(name);
  }

  /**
   * Ends the server process behind a connection with {@code pg_terminate_backend}, from a
   * connection of its own, and waits until it is gone, as when a database drops a connection:
   * the next use of {@code connection} fails, other connections keep working.
   *
   * @param connection an open connection to this server
   * @throws SQLException when the process cannot be found, ended, or is still there after 10
   *     seconds
   */
  public void terminate(Connection connection) throws SQLException {
    int pid;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
      row.next();
      pid = row.getInt(1);
    }
    try (Connection admin = dataSource().getConnection();
        PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)");
        PreparedStatement alive =
            admin.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
      kill.setInt(1, pid);
      try (ResultSet row = kill.executeQuery()) {
        if (!row.next() || !row.getBoolean(1)) {
          throw new SQLException("pg_terminate_backend(" + pid + ") ended no process");
        }
      }
      alive.setInt(1, pid);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        try (ResultSet row = alive.executeQuery()) {
          row.next();
          if (row.getInt(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new SQLException("server process " + pid + " still there 10 s after its end");
        }
        pause();
      }
    }
  }

  /**
   * Stops the server ({@code pg_ctl stop -m fast}, waiting until it is down) and deletes its
   * folder; does nothing the second time.
   *
   * @throws UncheckedIOException when the server cannot be stopped (the folder is deleted still)
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    RUNNING.remove(this);
    try {
      if (Files.exists(folder.data().resolve("postmaster.pid"))) {
        stop();
      }
    } finally {
      folder.delete();
    }
  }

  private void stop() {
    try {
      folder.run(pgCtl("stop", "-m", "fast"));
    } catch (IOException fast) {
      try {
        folder.run(pgCtl("stop", "-m", "immediate"));
      } catch (IOException immediate) {
        fast.addSuppressed(immediate);
      }
      throw new UncheckedIOException(fast);
    }
  }

  private void startOnFreePort() throws IOException {
    for (int attempt = 1; ; attempt++) {
      port = freePort();
      String options =
          "-c listen_addresses=127.0.0.1 -p "
              + port
              + " -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off"
              + " -c full_page_writes=off";
      try {
        folder.run(pgCtl("start", "-l", folder.log().toString(), "-o", options));
        return;
      } catch (IOException e) {
        if (attempt == PORT_ATTEMPTS || !folder.logTail().contains("could not bind")) {
          throw e;
        }
      }
    }
  }

  private List<String> pgCtl(String action, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(binaries.pgCtl().toString());
    command.addAll(List.of("-D", folder.data().toString(), "-w", "-t", "60"));
    command.addAll(List.of(arguments));
    command.add(action);
    return command;
  }

  private static void pause() throws SQLException {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a server process to end", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private PGSimpleDataSource dataSource(String database) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"127.0.0.1"});
    source.setPortNumbers(new int[] {port});
    source.setDatabaseName(database);
    source.setUser(USER);
    return source;
  }

  private static void hookOnce() {
    if (HOOKED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> List.copyOf(RUNNING).forEach(PostgresServer::closeAtExit),
                  "indiko-postgres-stop"));
    }
  }

  private static void closeAtExit(PostgresServer server) {
    try {
      server.close();
    } catch (RuntimeException e) {
      System.err.println("PostgreSQL server in " + server.folder() + " not stopped: " + e);
    }
  }
}
