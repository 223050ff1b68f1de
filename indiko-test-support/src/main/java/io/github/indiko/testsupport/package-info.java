/**
 * A real PostgreSQL server for the tests of Indiko's store: {@link
 * io.github.indiko.testsupport.PostgresServer}, a private cluster in a temporary folder, started
 * by the test and stopped at its end or the JVM's, and {@link
 * io.github.indiko.testsupport.RequiresPostgres}, which disables a test where PostgreSQL is not
 * installed.
 */
@NullMarked
package io.github.indiko.testsupport;

import org.jspecify.annotations.NullMarked;
