package io.github.indiko.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Walking, forcing and deleting the folders of {@link FolderPublication}, links not followed. */
final class Trees {
  private Trees() {}

  /**
   * @param folder a set's folder
   * @return its files, relative, {@code /}-separated, sorted
   * @throws IOException when it holds anything but files and folders (a link, a FIFO), or cannot
   *     be read
   */
  static List<String> relativeFiles(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    for (Path path : walk(folder)) {
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        files.add(relative(folder, path));
      } else if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("a set holds only files and folders, not " + path);
      }
    }
    return files;
  }

  /**
   * @param folder a folder
   * @return everything in it, folders included, relative, {@code /}-separated, sorted
   */
  static List<String> relativeEntries(Path folder) throws IOException {
    List<String> entries = new ArrayList<>();
    for (Path path : walk(folder)) {
      entries.add(relative(folder, path));
    }
    return entries;
  }

  /** Forces every file and folder under {@code folder}, and itself, to the device. */
  static void force(Path folder) throws IOException {
    for (Path path : walk(folder)) {
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
          channel.force(true);
        }
      } else {
        forceFolder(path);
      }
    }
    forceFolder(folder);
  }

  /**
   * Forces a folder's entries to the device where the system allows opening a folder (Linux, macOS;
   * not Windows, whose folders are forced with their files).
   */
  static void forceFolder(Path folder) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(folder, StandardOpenOption.READ);
    } catch (IOException notOnThisSystem) {
      return;
    }
    try (channel) {
      channel.force(true);
    }
  }

  /** Deletes a folder and everything in it; what is already gone is no failure. */
  static void delete(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (NoSuchFileException e) {
      return;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return;
      }
      throw e.getCause();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }

  /** Deletes a folder as far as it can; a leftover is removed by the next run. */
  static void deleteQuietly(Path folder) {
    try {
      delete(folder);
    } catch (IOException e) {
      // FolderPublication's next open removes what stays.
    }
  }

  /** Everything under a folder, itself excluded, in sorted order. */
  private static List<Path> walk(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(path -> !path.equals(folder))
          .sorted(Comparator.comparing(path -> relative(folder, path)))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String relative(Path folder, Path path) {
    return folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
