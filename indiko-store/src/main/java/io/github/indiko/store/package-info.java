/**
 * Responses and audit records kept in a database: {@link io.github.indiko.store.IndikoStore} opens
 * a store (SQLite in a file, or any SQLite or PostgreSQL {@link javax.sql.DataSource}) and gives an
 * {@link io.github.indiko.store.EditionStore} per edition, which checks each line as the file
 * validator does (formats.md, Rejects), keeps it once per submission key, imports an edition
 * folder, and gives the lines back as an {@link io.github.indiko.core.validation.EditionData}.
 */
@NullMarked
package io.github.indiko.store;

import org.jspecify.annotations.NullMarked;
