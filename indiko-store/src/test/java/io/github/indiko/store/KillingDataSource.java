package io.github.indiko.store;

import io.github.indiko.testsupport.PostgresServer;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A data source of a PostgreSQL server that ends a connection's server process ({@link
 * PostgresServer#terminate}) while a store uses it: once armed with {@link #killBefore}, right
 * before the next statement whose SQL starts with a prefix runs, or before the next commit; or at
 * once with {@link #killLast()}. The statement or commit then runs on the dead connection and
 * fails, as when a database drops a connection in the middle of a transaction.
 */
final class KillingDataSource implements DataSource {
  /** The prefix that stands for a commit. */
  static final String COMMIT = "COMMIT";

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate");

  private final DataSource target;
  private final PostgresServer server;
  private final AtomicReference<@Nullable String> armed = new AtomicReference<>();
  private final AtomicReference<@Nullable Connection> last = new AtomicReference<>();
  private final AtomicInteger kills = new AtomicInteger();

  /**
   * @param target connections to a database of {@code server}
   * @param server the server
   */
  KillingDataSource(DataSource target, PostgresServer server) {
    this.target = target;
    this.server = server;
  }

  /**
   * Arms the next kill.
   *
   * @param prefix the start of a statement's SQL, or {@link #COMMIT}
   */
  void killBefore(String prefix) {
    armed.set(prefix.toUpperCase(Locale.ROOT));
  }

  /** Ends the server process of the connection handed out last, now. */
  void killLast() throws SQLException {
    Connection connection = last.get();
    if (connection == null) {
      throw new IllegalStateException("no connection handed out yet");
    }
    kill(connection);
  }

  /**
   * @return how many server processes were ended
   */
  int kills() {
    return kills.get();
  }

  private void kill(Connection connection) throws SQLException {
    server.terminate(connection);
    kills.incrementAndGet();
  }

  private void maybeKill(Connection connection, String sql) throws SQLException {
    String prefix = armed.get();
    if (prefix != null
        && sql.toUpperCase(Locale.ROOT).startsWith(prefix)
        && armed.compareAndSet(prefix, null)) {
      kill(connection);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return watched(target.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return watched(target.getConnection(user, password));
  }

  private Connection watched(Connection connection) {
    last.set(connection);
    return proxy(
        Connection.class,
        (self, method, arguments) -> {
          if (method.getName().equals("commit")) {
            maybeKill(connection, COMMIT);
          }
          Object result = call(connection, method, arguments);
          if (method.getName().equals("prepareStatement")
              && result instanceof PreparedStatement statement) {
            return watched(connection, statement, (String) arguments[0]);
          }
          return result;
        });
  }

  private PreparedStatement watched(
      Connection connection, PreparedStatement statement, String sql) {
    return proxy(
        PreparedStatement.class,
        (self, method, arguments) -> {
          if (EXECUTIONS.contains(method.getName())
              && (arguments == null || arguments.length == 0)) {
            maybeKill(connection, sql);
          }
          return call(statement, method, arguments);
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            KillingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static @Nullable Object call(Object target, Method method, Object @Nullable [] arguments)
      throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
