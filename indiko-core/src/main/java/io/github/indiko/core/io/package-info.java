/**
 * Files written whole or not at all ({@link io.github.indiko.core.io.AtomicFile}): the output of a
 * run replaces the previous one only once complete, so that a failed or interrupted run leaves the
 * previous file in place. Files read ({@link io.github.indiko.core.io.InputFiles}): regular files
 * only, refused before they are opened otherwise, so that a FIFO or a device never hangs a run.
 */
@NullMarked
package io.github.indiko.core.io;

import org.jspecify.annotations.NullMarked;
