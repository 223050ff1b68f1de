package io.github.indiko.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The marker of a published set, {@value #NAME}: its first line {@value #HEADER}, then the path of
 * each file of the set relative to its folder, {@code /}-separated, one per line, in sorted order.
 * Which folders may be replaced is decided here, once.
 */
final class PublicationMarker {
  /** The marker's file name. */
  static final String NAME = ".indiko-output";

  /** The marker's first line, which names its format. */
  static final String HEADER = "indiko output folder 1";

  /** The largest marker read: a set of a million files lists them in well under this. */
  private static final long MAXIMUM_BYTES = 256L << 20;

  private PublicationMarker() {}

  /**
   * Writes the marker of a set into its folder and forces it to the device.
   *
   * @param folder the set's folder
   * @param files the set's files, relative, sorted, without the marker
   * @throws IOException when the marker cannot be written, or when a file's name cannot be listed
   */
  static void write(Path folder, List<String> files) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String file : files) {
      if (file.equals(NAME)) {
        throw new IOException("the set must not hold a file named " + NAME + ": " + folder);
      }
      if (file.indexOf('\n') >= 0 || file.indexOf('\r') >= 0) {
        throw new IOException("cannot list a file whose name holds a line break: " + file);
      }
      text.append(file).append('\n');
    }
    try (FileChannel channel =
        FileChannel.open(
            folder.resolve(NAME), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      Channels.newOutputStream(channel).write(text.toString().getBytes(StandardCharsets.UTF_8));
      channel.force(true);
    }
  }

  /**
   * Checks that a folder may be replaced by a new set: it does not exist, is empty, or holds only
   * the files its marker lists and the folders they are in.
   *
   * @param target the folder
   * @throws ForeignFolderException otherwise, naming the first file Indiko did not write
   * @throws IOException when the folder cannot be read
   */
  static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new ForeignFolderException(target, null, "it exists and is not a folder");
    }
    List<String> present = Trees.relativeEntries(target);
    if (present.isEmpty()) {
      return;
    }
    Set<String> listed = listed(target);
    if (listed == null) {
      throw new ForeignFolderException(
          target,
          target.resolve(present.get(0)),
          "it is not empty and has no " + NAME + " marker of an earlier Indiko run");
    }
    for (String entry : present) {
      if (!entry.equals(NAME) && !listed.contains(entry)) {
        throw new ForeignFolderException(
            target, target.resolve(entry), "it holds a file that Indiko did not write");
      }
    }
  }

  /**
   * @return the files a folder's marker lists and the folders they are in, or null when it has no
   *     readable marker
   */
  private static Set<String> listed(Path target) throws IOException {
    Path marker = target.resolve(NAME);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)
        || Files.size(marker) > MAXIMUM_BYTES) {
      return null;
    }
    Set<String> files = new HashSet<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(marker),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      if (!HEADER.equals(lines.readLine())) {
        return null;
      }
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        files.add(line);
        for (int end = line.lastIndexOf('/'); end > 0; end = line.lastIndexOf('/', end - 1)) {
          files.add(line.substring(0, end));
        }
      }
    } catch (CharacterCodingException | NoSuchFileException e) {
      return null;
    }
    return files;
  }
}
