package io.github.indiko.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Files read and written by the commands; every failure becomes a {@link Failure} with exit 4. */
final class Io {
  /** Writes a whole output to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Io() {}

  /**
   * @param folder a folder to create with its parents, unless it exists
   * @return the folder
   */
  static Path folder(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot create the folder " + folder + ": " + describe(e));
    }
  }

  /**
   * @param file a file to read
   * @return its stream, to close
   */
  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new Failure(Indiko.IO, "missing file " + file);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + file + ": " + describe(e));
    }
  }

  /**
   * @param file a file to create or replace
   * @return its buffered stream, to close
   */
  static OutputStream create(Path file) {
    try {
      return new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot write " + file + ": " + describe(e));
    }
  }

  /**
   * Creates or replaces a file with the content.
   *
   * @param file the file
   * @param content what to write
   */
  static void write(Path file, Content content) {
    try (OutputStream out = create(file)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot write " + file + ": " + describe(e));
    } catch (UncheckedIOException e) {
      throw new Failure(Indiko.IO, "cannot write " + file + ": " + describe(e.getCause()));
    }
  }

  /**
   * @return what went wrong, for a person: the JDK names only the file for several failures
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + e.getMessage();
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " exists and is not a folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
