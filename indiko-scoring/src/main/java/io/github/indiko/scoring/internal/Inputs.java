package io.github.indiko.scoring.internal;

import io.github.indiko.core.InputException;
import io.github.indiko.core.io.InputFiles;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reading an input file, opened by {@link InputFiles}, or a source of an edition's data lines,
 * with the failures the caller reports as {@link InputException}.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * @param file the file to read
   * @param reader reads it; may throw {@link UncheckedIOException}
   * @param <T> what the reader gives
   * @return what the reader gave
   * @throws InputException naming the file when it is missing, is not a regular file (nothing is
   *     read from it: {@link InputFiles}) or cannot be read, or saying what else failed while it
   *     was read (e.g. a temporary file of the duplicate checks)
   */
  public static <T> T read(Path file, Function<InputStream, T> reader) {
    return read(file.toString(), () -> InputFiles.open(file), reader);
  }

  /**
   * @param data an edition's data lines
   * @param source {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @param reader reads the source; may throw {@link UncheckedIOException}
   * @param <T> what the reader gives
   * @return what the reader gave
   * @throws InputException naming the source ({@link EditionData#name}) when it cannot be opened or
   *     read, or saying what else failed while it was read
   */
  public static <T> T read(EditionData data, String source, Function<InputStream, T> reader) {
    String name = data.name(source);
    return read(
        name,
        () ->
            source.equals(DataValidator.RESPONSES) ? data.responses() : data.audits(),
        reader);
  }

  /**
   * Gives the lines of a source refused before its data was kept ({@link EditionData#refused}).
   *
   * @param data an edition's data lines
   * @param source {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @param sink receives each refused line, in line order
   * @throws InputException naming the source when they cannot be read
   */
  public static void refused(
      EditionData data, String source, Consumer<? super LineResult.Rejected<?>> sink) {
    try {
      data.refused(source, sink);
    } catch (IOException e) {
      throw new InputException(
          "cannot read the refused lines of " + data.name(source) + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new InputException(
          "cannot read the refused lines of "
              + data.name(source)
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private static <T> T read(
      String name, Opener opener, Function<InputStream, T> reader) {
    try (InputStream in = opener.open()) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new InputException("cannot read " + name + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      // A failure that says what it is (a temporary file that cannot be written, say) is not the
      // input's: it keeps its own words.
      String message =
          Objects.equals(e.getMessage(), String.valueOf(cause))
              ? "cannot read " + name + ": " + cause.getMessage()
              : e.getMessage() + ": " + cause.getMessage();
      throw new InputException(message, cause);
    }
  }

  /** Opens a source to read. */
  private interface Opener {
    InputStream open() throws IOException;
  }
}
