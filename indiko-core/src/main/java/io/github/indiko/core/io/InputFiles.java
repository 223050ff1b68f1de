package io.github.indiko.core.io;

import io.github.indiko.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The one way Indiko opens a file to read (formats.md, Common rules): definitions, data files,
 * a previous edition's results, a key file. Only a regular file is opened, or a symbolic link to
 * one: a folder, a FIFO, a device or a socket is refused before anything is opened or read, so
 * that a FIFO with no writer cannot hang a run and {@code /dev/zero} cannot fill the memory.
 * Every failure is an {@link InputException} whose message names the file and says what is wrong
 * in plain words. The bytes are given as they are: the readers of format v1 skip a byte order
 * mark at the start of what they read. Stateless and thread-safe.
 */
public final class InputFiles {
  /** The file type bits of a Unix mode ({@code S_IFMT}). */
  private static final int TYPE = 0170000;

  private InputFiles() {}

  /**
   * Opens a regular file to read.
   *
   * @param file the file
   * @return its stream, to close
   * @throws InputException when the file is missing, is not a regular file, or cannot be opened
   *     (permission denied…); the message names the file
   */
  public static InputStream open(Path file) {
    return Channels.newInputStream(channel(file));
  }

  /**
   * Opens a regular file to read at any position.
   *
   * @param file the file
   * @return its channel, to close
   * @throws InputException when the file is missing, is not a regular file, or cannot be opened
   *     (permission denied…); the message names the file
   */
  public static FileChannel channel(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new InputException(
            file + " is not a regular file (" + kind(file, attributes) + "): Indiko reads only"
                + " regular files");
      }
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new InputException("missing file " + file, e);
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** What a file that is not a regular file is, in words, as far as the platform tells. */
  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a device, a pipe or a socket";
    }
    return switch (mode & TYPE) {
      case 0010000 -> "a FIFO";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a device, a pipe or a socket";
    };
  }
}
