package io.github.indiko.core.internal.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A temporary file open for reading and writing, readable by its owner only where the file system
 * has POSIX permissions, and deleted when its channel closes.
 *
 * <p>{@link StandardOpenOption#DELETE_ON_CLOSE} is what deletes it as soon as possible: on Unix the
 * JDK unlinks the file right after opening it, so nothing stays in the directory even if the
 * process is killed; elsewhere (Windows) the file goes when the channel and its mappings are gone.
 *
 * @param path where the file was created, for messages (it may no longer exist)
 * @param channel the open channel; closing it deletes the file
 */
record TemporaryFile(Path path, FileChannel channel) {
  private static final String PREFIX = "indiko-strings-";

  /**
   * Creates and opens a temporary file.
   *
   * @throws UncheckedIOException naming the directory or the file when either fails
   */
  static TemporaryFile create(Path directory, String suffix) {
    FileAttribute<?>[] ownerOnly =
        directory.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            }
            : new FileAttribute<?>[0];
    Path path;
    try {
      path = Files.createTempFile(directory, PREFIX, suffix, ownerOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file in " + directory, e);
    }
    try {
      return new TemporaryFile(
          path,
          FileChannel.open(
              path,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE));
    } catch (IOException e) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot open the temporary file " + path, e);
    }
  }
}
