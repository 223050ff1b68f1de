package io.github.indiko.cli;

import io.github.indiko.core.InputException;
import io.github.indiko.core.io.AtomicFile;
import io.github.indiko.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Files read and written by the commands; every failure becomes a {@link Failure} with exit 4.
 * Every output file is an {@link AtomicFile}: written whole beside its target, then moved onto it,
 * so that a command that fails or is interrupted leaves the previous file as it was and no
 * temporary file behind.
 */
final class Io {
  /** Writes a whole output to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * The way to the disk of every output stream: the stream itself, except in tests, which put a
   * disk that fails there.
   */
  @FunctionalInterface
  interface Disk {
    /** The real disk. */
    Disk REAL = (file, out) -> out;

    /**
     * @param file the file being written
     * @param out the stream of its temporary file
     * @return the stream the command writes to
     */
    OutputStream stream(Path file, OutputStream out);
  }

  private final Disk disk;

  /**
   * @param disk the way to the disk of every output stream
   */
  Io(Disk disk) {
    this.disk = disk;
  }

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
   * @param file a file to read: a regular file, as {@link InputFiles} opens it
   * @return its stream, to close
   */
  static InputStream open(Path file) {
    try {
      return InputFiles.open(file);
    } catch (InputException e) {
      throw new Failure(Indiko.IO, e.getMessage());
    }
  }

  /**
   * Starts writing a file that {@link Output#commit()} puts in place.
   *
   * @param file a file to create or replace
   * @return the file being written, to close in every case
   */
  Output output(Path file) {
    return output(file, file, file + " is left as it was");
  }

  /**
   * Starts writing a file that {@link Output#commit()} puts in place, with messages naming it
   * otherwise: a file of a set being written beside the output folder is named inside the folder.
   *
   * @param file a file to create or replace
   * @param shown the file as the user knows it, for messages
   * @param unchanged what stays as it was when the file cannot be written, for messages
   * @return the file being written, to close in every case
   */
  Output output(Path file, Path shown, String unchanged) {
    try {
      return new Output(AtomicFile.open(file), shown, unchanged);
    } catch (IOException e) {
      throw cannotWrite(shown, e, unchanged);
    }
  }

  /**
   * Creates or replaces a file with the content, whole or not at all.
   *
   * @param file the file
   * @param content what to write
   */
  void write(Path file, Content content) {
    write(file, file, file + " is left as it was", content);
  }

  /**
   * Creates or replaces a file with the content, whole or not at all, with messages naming it as
   * {@link #output(Path, Path, String)} does.
   *
   * @param file the file
   * @param shown the file as the user knows it, for messages
   * @param unchanged what stays as it was when the file cannot be written, for messages
   * @param content what to write
   */
  void write(Path file, Path shown, String unchanged, Content content) {
    try (Output output = output(file, shown, unchanged)) {
      try {
        content.writeTo(output.stream());
      } catch (IOException e) {
        throw cannotWrite(shown, e, unchanged);
      } catch (UncheckedIOException e) {
        throw cannotWrite(shown, e.getCause(), unchanged);
      }
      output.commit();
    }
  }

  /**
   * @param file an output file
   * @param e why it could not be written
   * @param unchanged what stays as it was
   * @return the failure to throw: exit 4, naming the file and saying what was left as it was
   */
  static Failure cannotWrite(Path file, IOException e, String unchanged) {
    return new Failure(
        Indiko.IO, "cannot write " + file + ": " + describe(e) + " (" + unchanged + ")");
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
    if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
      return "interrupted";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** An output file being written: put in place whole by {@link #commit()}, else left as it was. */
  final class Output implements AutoCloseable {
    private final AtomicFile file;
    private final OutputStream stream;
    private final Path shown;
    private final String unchanged;

    private Output(AtomicFile file, Path shown, String unchanged) {
      this.file = file;
      this.stream = disk.stream(shown, file.stream());
      this.shown = shown;
      this.unchanged = unchanged;
    }

    /**
     * @param e why the file could not be written
     * @return the failure to throw, naming the file as the user knows it
     */
    Failure cannotWrite(IOException e) {
      return Io.cannotWrite(shown, e, unchanged);
    }

    /**
     * @return the stream to write the whole content to
     */
    OutputStream stream() {
      return stream;
    }

    /** Closes the stream and puts the file in place. */
    void commit() {
      try {
        stream.close();
        file.commit();
      } catch (IOException e) {
        throw cannotWrite(e);
      }
    }

    /** Unless committed, deletes what was written: the file stays as it was. */
    @Override
    public void close() {
      try {
        file.close();
      } catch (IOException e) {
        throw new Failure(
            Indiko.IO, "cannot delete the temporary file of " + shown + ": " + describe(e));
      }
    }
  }
}
