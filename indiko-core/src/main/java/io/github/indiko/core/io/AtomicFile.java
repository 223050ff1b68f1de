package io.github.indiko.core.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * A file written whole or not at all: what is written goes to a temporary file beside the target
 * (same folder, so same file system), which {@link #commit()} moves onto the target atomically
 * ({@code ATOMIC_MOVE}; where the file system refuses it, a move that replaces the target). Until
 * then the target, if it exists, is untouched: a reader never sees half a file, and a run that
 * fails or is interrupted, or a full disk, leaves the previous file in place. {@link #close()}
 * without a commit deletes the temporary file.
 *
 * <p>The move protects against a process that stops; the data is not forced to the device, so a
 * power cut just after a commit may still lose the new content on some file systems. The temporary
 * file is named {@code .NAME.<process>-<random>.tmp} after the process writing it ({@link Owners})
 * and created with the usual permissions (those a plain {@link Files#newOutputStream} gives), not
 * owner-only. {@link #open} deletes the temporary files of the same target that killed processes
 * left. Not thread-safe: one writer at a time.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.open(folder.resolve("notes.txt"))) {
 *   file.stream().write(bytes);
 *   file.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements Closeable {
  private static final String TMP = ".tmp";

  private final Path target;
  private final Path temporary;
  private final OutputStream out;
  private boolean committed;

  private AtomicFile(Path target, Path temporary, OutputStream out) {
    this.target = target;
    this.temporary = temporary;
    this.out = out;
  }

  /**
   * Writes a file whole, then moves it onto the target; on any failure, deletes the temporary file
   * and leaves the target as it was.
   *
   * @param target the file to create or replace
   * @param content writes the whole content to the stream it is given (which it need not close)
   * @throws IOException when the temporary file cannot be created, written or moved, or when {@code
   *     content} throws it
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(content, "content");
    try (AtomicFile file = open(target)) {
      content.writeTo(file.stream());
      file.commit();
    }
  }

  /**
   * Starts writing a file: creates its temporary file.
   *
   * @param target the file to create or replace when {@link #commit()} is called; its folder must
   *     exist
   * @return the file being written, to commit, and to close in every case
   * @throws IOException when the temporary file cannot be created
   */
  public static AtomicFile open(Path target) throws IOException {
    Path name = Objects.requireNonNull(target, "target").getFileName();
    if (name == null) {
      throw new IllegalArgumentException("target must name a file, not " + target);
    }
    removeLeftovers(target, "." + name + ".");
    Path temporary =
        target.resolveSibling("." + name + "." + Owners.self() + "-" + UUID.randomUUID() + TMP);
    OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(
                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    return new AtomicFile(target, temporary, out);
  }

  /** Deletes the temporary files {@code PREFIX<process>-<random>.tmp} of processes now gone. */
  private static void removeLeftovers(Path target, String prefix) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(prefix)
            && name.endsWith(TMP)
            && name.length() > prefix.length() + TMP.length()
            && !Owners.alive(name.substring(prefix.length(), name.length() - TMP.length()))
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  /**
   * @return the file that {@link #commit()} creates or replaces
   */
  public Path target() {
    return target;
  }

  /**
   * @return the buffered stream of the temporary file; closed by {@link #commit()} or {@link
   *     #close()}, and may be closed before
   */
  public OutputStream stream() {
    return out;
  }

  /**
   * Closes the stream and moves the temporary file onto the target. On failure the temporary file
   * is deleted and the target is as it was.
   *
   * @throws IOException when the stream cannot be flushed or the file cannot be moved
   * @throws IllegalStateException when called a second time
   */
  public void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + target);
    }
    try {
      out.close();
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (IOException | RuntimeException e) {
      discard(e);
      throw e;
    }
  }

  /**
   * Unless committed, closes the stream and deletes the temporary file: the target stays as it was.
   * Does nothing after a commit or a second time.
   *
   * @throws IOException when the temporary file cannot be deleted
   */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      // The content is thrown away: a stream that cannot flush it changes nothing.
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void discard(Exception failure) {
    try {
      close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Writes the whole content of a file. */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out the stream of the temporary file
     * @throws IOException when the stream fails
     */
    void writeTo(OutputStream out) throws IOException;
  }
}
