package io.github.indiko.examples.portal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The portal's secrets on disk: files readable and writable by their owner only. */
final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  /**
   * Creates an empty file, owner-only ({@code rw-------}; on a file system without POSIX
   * permissions, with the folder's defaults).
   *
   * @param file the file to create
   * @return true when this call created it, false when it existed (another portal on the same
   *     folder made it first: its content is the one kept)
   * @throws IOException when it cannot be created
   */
  static boolean create(Path file) throws IOException {
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }
}
