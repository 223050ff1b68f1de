/**
 * The migrations of Indiko's tables in PostgreSQL, resources of this package that Flyway reads
 * (location {@code classpath:io/github/indiko/store/migration/postgresql}). No class: the package
 * exists so that the module opens it to a host's Flyway.
 */
package io.github.indiko.store.migration.postgresql;
