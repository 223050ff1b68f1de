/**
 * An SLF4J 2 provider for tests that keeps every event, at every level, while a {@link
 * io.github.indiko.testsupport.logging.LogCapture} is open, so that a test can read what the
 * libraries logged (docs/logging.md). It is chosen by name, never found on the class path: a test
 * JVM selects it with the system property {@code slf4j.provider} (see {@link
 * io.github.indiko.testsupport.logging.CapturingProvider}), so that a child JVM started from the
 * same class path binds as the application does.
 */
@NullMarked
package io.github.indiko.testsupport.logging;

import org.jspecify.annotations.NullMarked;
