package io.github.indiko.core.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A folder {@link FolderPublication} will not replace: it exists and holds something Indiko did not
 * write, or is not a folder. Nothing in it was changed.
 */
public final class ForeignFolderException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;
  private final transient @Nullable Path foreign;

  /**
   * @param folder the folder refused
   * @param foreign the first entry in it that Indiko did not write, or null
   * @param reason why it is refused
   */
  ForeignFolderException(Path folder, @Nullable Path foreign, String reason) {
    super(folder.toString(), foreign == null ? null : foreign.toString(), reason);
    this.folder = folder;
    this.foreign = foreign;
  }

  /**
   * @return the folder refused
   */
  public Path folder() {
    return folder;
  }

  /**
   * @return the first entry in it that Indiko did not write, or null when the folder is a file
   */
  public @Nullable Path foreign() {
    return foreign;
  }
}
