package io.github.indiko.examples.portal;

import io.github.indiko.core.structure.StructureId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Portal} runs. Immutable.
 *
 * @param port the TCP port on the loopback interface, 0 for any free one
 * @param data the portal's folder (created when missing): the bundled edition is copied to its
 *     {@code edition-2017} folder at start; it holds the operator's credentials and, without
 *     {@code jdbcUrl}, the SQLite file of the responses
 * @param defaultStructure the structure whose survey {@code /} opens, or null for a list of the
 *     enrolled structures
 * @param clock when responses are received, or null for the system clock, moved into the
 *     edition's collection period when it is outside it
 * @param locale the citizen's language, or null for the edition's default locale
 * @param maxBodyBytes the largest POST body read, at least 1; a larger one is refused with 413
 * @param jdbcUrl the database of the responses, e.g. {@code jdbc:postgresql://HOST/DATABASE} (its
 *     password from {@code ~/.pgpass}), or null for the SQLite file {@value #SQLITE_FILE} of the
 *     data folder
 */
record PortalSettings(
    int port,
    Path data,
    @Nullable StructureId defaultStructure,
    @Nullable Clock clock,
    @Nullable Locale locale,
    int maxBodyBytes,
    @Nullable String jdbcUrl) {
  /** The SQLite file of the data folder, when no JDBC URL is given. */
  static final String SQLITE_FILE = "responses.db";

  /** Checks the port, the body limit, that the folder is given and that a URL is JDBC's. */
  PortalSettings {
    Objects.requireNonNull(data, "data");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within 0..65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1: " + maxBodyBytes);
    }
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--jdbc-url needs a JDBC URL (jdbc:…), not " + jdbcUrl);
    }
  }
}
