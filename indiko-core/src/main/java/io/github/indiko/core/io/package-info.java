/**
 * Files and folders written whole or not at all: a file ({@link
 * io.github.indiko.core.io.AtomicFile}) or a set of files ({@link
 * io.github.indiko.core.io.FolderPublication}) replaces the previous one only once complete, so
 * that a failed or interrupted run leaves the previous one in place. Files read ({@link
 * io.github.indiko.core.io.InputFiles}): regular files only, refused before they are opened
 * otherwise, so that a FIFO or a device never hangs a run.
 */
@NullMarked
package io.github.indiko.core.io;

import org.jspecify.annotations.NullMarked;
