package io.github.indiko.cli;

import io.github.indiko.core.io.FolderPublication;
import io.github.indiko.core.io.ForeignFolderException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An output folder of a command, written beside itself and put in place whole ({@link
 * FolderPublication}): a failed or killed run leaves the previous set exactly as it was. Every
 * failure is a {@link Failure} whose message names the paths as the user gave them, never the
 * hidden folder being written: exit 2 for a folder holding files Indiko did not write, 4 for the
 * rest.
 */
final class Publication implements AutoCloseable {
  private final FolderPublication publication;
  private final Path given;
  private final String option;

  private Publication(FolderPublication publication, Path given, String option) {
    this.publication = publication;
    this.given = given;
    this.option = option;
  }

  /**
   * @param target the output folder, as the user gave it
   * @param option the option that named it, e.g. {@code --out}, for messages
   * @return the publication, to publish, and to close in every case
   */
  static Publication open(Path target, String option) {
    try {
      return new Publication(FolderPublication.open(target), target, option);
    } catch (ForeignFolderException e) {
      throw foreign(option, target, e);
    } catch (IOException e) {
      throw new Failure(
          Indiko.IO,
          "cannot prepare "
              + target
              + " (the new set is written beside it first): "
              + Io.describe(e));
    }
  }

  /**
   * @param relative a path inside the set, e.g. {@code results.json}
   * @return where to write it now
   */
  Path file(String relative) {
    return publication.folder().resolve(relative);
  }

  /**
   * @return the folder the set is written into now, beside the output folder
   */
  Path folder() {
    return publication.folder();
  }

  /**
   * @param written a path inside {@link #folder()}
   * @return the same path inside the output folder as the user gave it
   */
  Path shown(Path written) {
    return given.resolve(publication.folder().relativize(written).toString());
  }

  /**
   * @param message a message that may name paths inside {@link #folder()}
   * @return the message naming them inside the output folder as the user gave it
   */
  String shown(String message) {
    return message.replace(publication.folder().toString(), given.toString());
  }

  /**
   * @return what a user is told after a failure: the output folder did not change
   */
  String unchanged() {
    return given + " is left as it was";
  }

  /** Puts the set in place of the output folder. */
  void publish() {
    try {
      publication.publish();
    } catch (ForeignFolderException e) {
      throw foreign(option, given, e);
    } catch (IOException e) {
      throw new Failure(
          Indiko.IO,
          "cannot put the new set in place of "
              + given
              + ": "
              + Io.describe(e)
              + " ("
              + unchanged()
              + ")");
    }
  }

  /** Unless published, deletes the set being written. */
  @Override
  public void close() {
    try {
      publication.close();
    } catch (IOException e) {
      throw new Failure(
          Indiko.IO,
          "cannot delete "
              + publication.folder()
              + ", a set left unfinished (the next run into "
              + given
              + " deletes it): "
              + Io.describe(e));
    }
  }

  private static Failure foreign(String option, Path target, ForeignFolderException e) {
    Path foreign = e.foreign();
    String why =
        foreign == null
            ? target + " exists and is not a folder"
            : target
                + " holds "
                + target.resolve(e.folder().relativize(foreign).toString())
                + ", which Indiko did not write";
    return new Failure(
        Indiko.USAGE,
        option
            + ": "
            + why
            + "; Indiko replaces only a folder it wrote itself, so as never to delete your"
            + " files: name a new or empty folder");
  }
}
