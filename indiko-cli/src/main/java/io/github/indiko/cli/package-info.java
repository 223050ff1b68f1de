/**
 * The {@code indiko} command. {@link io.github.indiko.cli.Indiko#main} is its entry point; the
 * commands themselves are package-private.
 */
@NullMarked
package io.github.indiko.cli;

import org.jspecify.annotations.NullMarked;
