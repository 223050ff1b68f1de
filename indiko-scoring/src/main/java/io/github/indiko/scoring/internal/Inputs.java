package io.github.indiko.scoring.internal;

import io.github.indiko.core.InputException;
import io.github.indiko.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reading an input file, opened by {@link InputFiles}, with the failures the caller reports as
 * {@link InputException}.
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
    try (InputStream in = InputFiles.open(file)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      // A failure that says what it is (a temporary file that cannot be written, say) is not the
      // input's: it keeps its own words.
      String message =
          Objects.equals(e.getMessage(), String.valueOf(cause))
              ? "cannot read " + file + ": " + cause.getMessage()
              : e.getMessage() + ": " + cause.getMessage();
      throw new InputException(message, cause);
    }
  }
}
