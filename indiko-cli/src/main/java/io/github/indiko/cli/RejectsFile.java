package io.github.indiko.cli;

import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --rejects FILE} of {@code validate} and {@code import}: every refused line written as
 * JSON Lines (formats.md, Rejects) to a file that takes its place whole once {@link #commit()}ed,
 * or nothing at all when no file was named. A failure to write is a {@link Failure} naming the
 * file. Not thread-safe.
 */
final class RejectsFile implements Consumer<Reject>, AutoCloseable {
  private final Io.@Nullable Output output;
  private final @Nullable RejectWriter writer;

  private RejectsFile(Io.@Nullable Output output) {
    this.output = output;
    this.writer = output == null ? null : RejectWriter.of(output.stream());
  }

  /**
   * @param io the command's way to the disk
   * @param file the file, or null to write nothing
   * @return the rejects' sink, to commit once every line was read, and to close in every case
   */
  static RejectsFile open(Io io, @Nullable Path file) {
    return new RejectsFile(file == null ? null : io.output(file));
  }

  /** Writes a refused line, when a file was named. */
  @Override
  public void accept(Reject reject) {
    if (writer != null && output != null) {
      Scoring.write(writer, reject, output);
    }
  }

  /** Puts the file in place, whole. */
  void commit() {
    if (writer != null && output != null) {
      Scoring.close(writer, output);
      output.commit();
    }
  }

  /** Unless committed, leaves the file as it was. */
  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } finally {
      if (output != null) {
        output.close();
      }
    }
  }
}
