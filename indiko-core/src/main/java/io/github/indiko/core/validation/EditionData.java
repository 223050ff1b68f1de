package io.github.indiko.core.validation;

import io.github.indiko.core.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
   * @return what the data is, for the log line of a scoring's start: for a folder, the size of
   *     each data file; for a store, its kind and edition; never a password or a line
   */
  String describe();

  /**
   * @param source {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @return the source's name in messages: for a folder, the file's path
   */
  String name(String source);

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
   *     InputFiles#open} when read (which throws {@link io.github.indiko.core.InputException}
   *     naming a file that is missing or not a regular file); nothing refused before
   */
  static EditionData folder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new EditionData() {
      @Override
      public String describe() {
        return DataValidator.RESPONSES
            + " "
            + size(DataValidator.RESPONSES)
            + ", "
            + DataValidator.AUDITS
            + " "
            + size(DataValidator.AUDITS);
      }

      @Override
      public String name(String source) {
        return folder.resolve(source).toString();
      }

      private String size(String source) {
        try {
          return Files.size(folder.resolve(source)) + " bytes";
        } catch (IOException e) {
          return "(size unknown)";
        }
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
