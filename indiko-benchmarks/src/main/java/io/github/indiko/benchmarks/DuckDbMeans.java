package io.github.indiko.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tool C: DuckDB, in memory, reads a {@code responses.jsonl} with {@code read_json} and computes,
 * per structure and per numeric question (rating, nps), the count and the mean of the raw answers,
 * with {@code GROUP BY}. The columns are declared, so DuckDB neither samples the file for a schema
 * nor materializes the members it is not asked for. It validates nothing and refuses nothing. Not
 * thread-safe: one connection, closed by {@link #close()}.
 */
final class DuckDbMeans implements AutoCloseable {
  private final Connection connection;
  private final List<NumericQuestion> questions;

  /**
   * One row of the answer.
   *
   * @param structure the structure's id
   * @param question the question's id
   * @param n how many responses of the structure answer it
   * @param mean the mean of those answers
   */
  record Row(String structure, String question, long n, double mean) {}

  /**
   * @param threads DuckDB's threads ({@code SET threads})
   * @param questions the questions whose answers are counted and averaged, at least one
   * @throws SQLException when DuckDB cannot be opened
   */
  DuckDbMeans(int threads, List<NumericQuestion> questions) throws SQLException {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("at least one numeric question is needed");
    }
    this.questions = List.copyOf(questions);
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
  }

  /**
   * @return DuckDB's version, e.g. {@code v2.0.0}
   * @throws SQLException when DuckDB fails
   */
  String version() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT version()")) {
      result.next();
      return result.getString(1);
    }
  }

  /**
   * @param responses a {@code responses.jsonl}
   * @return the SQL that computes the means of that file
   */
  String query(Path responses) {
    String fields =
        questions.stream()
            .map(question -> quoted(question.id()) + " DOUBLE")
            .collect(Collectors.joining(", "));
    String columns =
        "{'structure': 'VARCHAR', 'answers': 'STRUCT(" + fields.replace("'", "''") + ")'}";
    String selected =
        questions.stream()
            .map(question -> "answers." + quoted(question.id()) + " AS " + quoted(question.id()))
            .collect(Collectors.joining(", "));
    String names =
        questions.stream().map(question -> quoted(question.id())).collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "WITH answers AS (SELECT structure, %s FROM read_json(%s, format = 'newline_delimited',"
            + " columns = %s)) SELECT structure, question, count(*) AS n, avg(v) AS mean FROM"
            + " (UNPIVOT answers ON %s INTO NAME question VALUE v) GROUP BY structure, question"
            + " ORDER BY structure, question",
        selected,
        literal(responses.toAbsolutePath().toString()),
        columns,
        names);
  }

  /**
   * @param responses a {@code responses.jsonl}
   * @return per structure and question with at least one answer, the count and the mean of the
   *     answers, sorted by structure then question
   * @throws SQLException when DuckDB fails, e.g. on a line it cannot read
   */
  List<Row> means(Path responses) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query(responses))) {
      while (result.next()) {
        rows.add(
            new Row(
                result.getString(1), result.getString(2), result.getLong(3), result.getDouble(4)));
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
