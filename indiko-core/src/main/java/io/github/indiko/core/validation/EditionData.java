package io.github.indiko.core.validation;

import io.github.indiko.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the data lines of an edition come from: {@code responses.jsonl} (formats.md,
 * responses.jsonl) and {@code audits.jsonl} (formats.md, audits.jsonl) of a folder, or what a store
 * kept. A scorer opens each
 * source once, reads it to its end and closes it; it validates the lines as those of a file, in
 * the order given.
 *
 * <p>A source may also know lines that were refused before it kept the others, such as the lines
 * of a file refused when a store imported it: {@link #refused} gives them, each with its reason,
 * line number and structure, so that the counts of a scoring are those of the lines first read.
 *
 * <p>Implementations say whether they are thread-safe; {@link #folder} is.
 */
public interface EditionData {
  /**
   * @return what the data is, for messages and logs: a folder's path, a store's kind and edition;
   *     never a password or a line
   */
  String describe();

  /**
   * @return the survey responses, format v1 lines in UTF-8; the caller closes it
   * @throws IOException when the source cannot be opened
   */
  InputStream responses() throws IOException;

  /**
   * @return the audit records, format v1 lines in UTF-8; the caller closes it
   * @throws IOException when the source cannot be opened
   */
  InputStream audits() throws IOException;

  /**
   * Gives the lines of a source that were refused before the lines of {@link #responses} or {@link
   * #audits} were kept, in their line order. None, unless the implementation says otherwise.
   *
   * @param source {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @param sink receives each refused line
   * @throws IOException when the source cannot be read
   */
  default void refused(String source, Consumer<? super LineResult.Rejected<?>> sink)
      throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
  }

  /**
   * @param folder an edition folder, holding the data files
   * @return its {@code responses.jsonl} and {@code audits.jsonl}, opened through {@link
   *     InputFiles#open} when read; nothing refused before
   */
  static EditionData folder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new EditionData() {
      @Override
      public String describe() {
        return folder.toString();
      }

      @Override
      public InputStream responses() {
        return InputFiles.open(folder.resolve(DataValidator.RESPONSES));
      }

      @Override
      public InputStream audits() {
        return InputFiles.open(folder.resolve(DataValidator.AUDITS));
      }
    };
  }
}
