/**
 * The migrations of Indiko's tables in SQLite, resources of this package that Flyway
 * reads (location {@code classpath:io/github/indiko/store/migration/sqlite}). No class: the package
 * exists so that the module opens it to a host's Flyway.
 */
package io.github.indiko.store.migration.sqlite;
