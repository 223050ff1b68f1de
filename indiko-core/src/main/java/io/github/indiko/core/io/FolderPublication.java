package io.github.indiko.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Objects;

/**
 * A folder published whole or not at all: a set of files is written into a new folder beside the
 * target, then takes the target's place in one rename. Until then the previous set stays exactly as
 * it was; a run that fails, throws or is killed never leaves a mix of old and new files, and files
 * the new set does not hold (a structure no longer enrolled, a level no longer asked) are gone with
 * the previous set.
 *
 * <h2>The folders beside the target</h2>
 *
 * <p>For a target {@code PARENT/NAME}, Indiko makes only these names in {@code PARENT}:
 *
 * <ul>
 *   <li>{@code .NAME.indiko-new-<process>-<random>}: the set being written ({@link #folder()}),
 *       named after the process writing it;
 *   <li>{@code .NAME.indiko-old-<random>}: the previous set, for the instant between the two
 *       renames of {@link #publish()}, then deleted;
 *   <li>{@code .NAME.indiko-lock}: an empty file that stays; runs into the same target take turns
 *       on its lock to clean, check and rename, so two concurrent runs give one complete set (the
 *       one published last), never a mix.
 * </ul>
 *
 * <p>{@link #open} removes what killed runs left: a new-set folder whose process is gone, and an
 * old-set folder (put back as the target when the target is missing, which happens only to
 * a run killed between the two renames). Nothing else in {@code PARENT} is ever touched.
 *
 * <h2>What may be replaced</h2>
 *
 * <p>A published folder holds the marker {@value #MARKER}, which lists every file of the set. An
 * existing target is replaced only when it is empty or when every file in it is listed by its
 * marker: a folder holding a file Indiko did not write (a user's own notes, a folder written by
 * something else) is refused with a {@link ForeignFolderException} and never emptied.
 *
 * <h2>Durability</h2>
 *
 * <p>Before the rename, every file and folder of the new set is forced to the device ({@link
 * FileChannel#force}), so that a power cut after the rename does not publish empty files. The two
 * renames are atomic each; between them, for a few microseconds, the target does not exist (no
 * portable call exchanges two folders), and a run killed exactly there leaves the previous set in
 * {@code .NAME.indiko-old-<random>}, which the next {@link #open} puts back.
 *
 * <pre>{@code
 * try (FolderPublication publication = FolderPublication.open(Path.of("results"))) {
 *   Files.writeString(publication.folder().resolve("summary.txt"), text);
 *   publication.publish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes and publishes a publication. Several publications, in one
 * process or several, may target the same folder.
 */
public final class FolderPublication implements Closeable {
  /** The marker file of a set, in its folder, listing the set's files. */
  public static final String MARKER = PublicationMarker.NAME;

  private final PublicationSiblings siblings;
  private final Path folder;
  private boolean finished;

  private FolderPublication(PublicationSiblings siblings, Path folder) {
    this.siblings = siblings;
    this.folder = folder;
  }

  /**
   * Prepares a new set for a target: removes the leftovers of killed runs, checks that the target
   * may be replaced, and creates the folder to write into.
   *
   * @param target the folder to publish, created with its parents if needed; a symbolic link is
   *     followed, and the folder it points to is replaced
   * @return the publication, to publish, and to close in every case
   * @throws ForeignFolderException when the target exists and holds anything Indiko did not write,
   *     or is not a folder
   * @throws IOException when the folders cannot be read or created
   */
  public static FolderPublication open(Path target) throws IOException {
    PublicationSiblings siblings = PublicationSiblings.of(target);
    try (PublicationSiblings.Turn turn = siblings.takeTurn()) {
      siblings.removeLeftovers();
      PublicationMarker.checkReplaceable(siblings.target());
      return new FolderPublication(siblings, siblings.newFolder());
    }
  }

  /**
   * @return the folder that will be published, as given to {@link #open} but absolute, with its
   *     symbolic links resolved
   */
  public Path target() {
    return siblings.target();
  }

  /**
   * @return the folder to write the set into, beside the target, empty at first; {@link
   *     #publish()} adds the marker {@value #MARKER} to it
   */
  public Path folder() {
    return folder;
  }

  /**
   * @param written a path inside {@link #folder()}
   * @return where that path is once published, inside {@link #target()}
   */
  public Path published(Path written) {
    return target().resolve(folder.relativize(written).toString());
  }

  /**
   * Lists the set in its marker, forces every file to the device, and puts the set in the target's
   * place, deleting the previous set. On failure the previous set is as it was, and {@link
   * #close()} deletes the new one.
   *
   * @return the files of the set, relative to the target, in sorted order, marker excluded
   * @throws ForeignFolderException when a file Indiko did not write appeared in the target while
   *     the set was written
   * @throws IOException when the set cannot be forced or renamed
   * @throws IllegalStateException when called after {@link #close()} or a second time
   */
  public List<String> publish() throws IOException {
    if (finished) {
      throw new IllegalStateException("already published or closed: " + target());
    }
    List<String> files = Trees.relativeFiles(folder);
    PublicationMarker.write(folder, files);
    Trees.force(folder);
    try (PublicationSiblings.Turn turn = siblings.takeTurn()) {
      Path target = target();
      PublicationMarker.checkReplaceable(target);
      finished = true;
      Path old = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        keepPermissions(target, folder);
        old = siblings.oldFolder();
        move(target, old);
      }
      try {
        move(folder, target);
      } catch (IOException e) {
        if (old != null) {
          move(old, target);
        }
        Trees.delete(folder);
        throw e;
      }
      Trees.forceFolder(target.getParent());
      if (old != null) {
        // Once the new set is in place, an old set that cannot be deleted is only a leftover,
        // which the next open removes.
        Trees.deleteQuietly(old);
      }
    }
    return files;
  }

  /**
   * Unless published, deletes the new set: the target stays as it was. Does nothing a second time.
   *
   * @throws IOException when the new set cannot be deleted (the next {@link #open} removes it)
   */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    Trees.delete(folder);
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Gives the new folder the permissions of the one it replaces, where the system has them. */
  private static void keepPermissions(Path previous, Path next) throws IOException {
    PosixFileAttributeView from =
        Files.getFileAttributeView(previous, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(next, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(Objects.requireNonNull(from.readAttributes().permissions()));
    }
  }
}
