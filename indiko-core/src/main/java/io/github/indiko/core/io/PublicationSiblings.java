package io.github.indiko.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The names {@link FolderPublication} makes beside its target ({@code .NAME.indiko-new-*}, {@code
 * .NAME.indiko-old-*}, {@code .NAME.indiko-lock}), the turns runs take on the lock, and the removal
 * of what killed runs left. Every name it touches starts with {@code .NAME.indiko-}.
 *
 * <p>A new set's folder is named after its process ({@code new-PID-START-RANDOM}, {@link Owners}):
 * it is a leftover once that process is gone.
 */
final class PublicationSiblings {
  private static final String NEW = "new-";
  private static final String OLD = "old-";
  private static final String LOCK = "lock";

  /**
   * Turns within this process, by target: the operating system's file lock excludes other
   * processes only, so the threads of this one take turns here first. Process-wide by nature.
   */
  private static final ConcurrentMap<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

  private final Path target;
  private final String prefix;

  private PublicationSiblings(Path target) {
    this.target = target;
    this.prefix = "." + target.getFileName() + ".indiko-";
  }

  /**
   * @param target the folder to publish; its parents are created if needed
   * @return its siblings
   * @throws IOException when the parent cannot be created or the links cannot be resolved
   */
  static PublicationSiblings of(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      absolute = absolute.toRealPath();
    }
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new IllegalArgumentException("cannot publish the root folder " + absolute);
    }
    Files.createDirectories(parent);
    return new PublicationSiblings(parent.toRealPath().resolve(absolute.getFileName()));
  }

  /**
   * @return the target, absolute, its links resolved
   */
  Path target() {
    return target;
  }

  /**
   * Waits for this run's turn on the target: other runs, in this process or others, wait until it
   * is closed. The operating system releases the lock of a killed process.
   *
   * @return the turn, to close
   * @throws IOException when the lock file cannot be opened or locked, or the wait is interrupted
   */
  Turn takeTurn() throws IOException {
    ReentrantLock inProcess = TURNS.computeIfAbsent(target, path -> new ReentrantLock());
    try {
      inProcess.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for another run into " + target);
    }
    try {
      FileChannel channel =
          FileChannel.open(sibling(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        return new Turn(inProcess, channel, channel.lock());
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      inProcess.unlock();
      throw e;
    }
  }

  /**
   * @return a new, empty folder for a new set, beside the target, named after this process
   */
  Path newFolder() throws IOException {
    return Files.createDirectory(sibling(NEW + Owners.self() + "-" + UUID.randomUUID()));
  }

  /**
   * @return a name, not yet taken, for the previous set between the two renames
   */
  Path oldFolder() {
    return sibling(OLD + UUID.randomUUID());
  }

  /**
   * Removes what killed runs left beside the target; to be called in a turn. An old set is put back
   * when the target is missing.
   */
  void removeLeftovers() throws IOException {
    List<Path> news = new ArrayList<>();
    List<Path> olds = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent())) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(prefix) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String rest = name.substring(prefix.length());
        if (rest.startsWith(NEW)) {
          news.add(entry);
        } else if (rest.startsWith(OLD)) {
          olds.add(entry);
        }
      }
    }
    for (Path old : olds) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Trees.delete(old);
      } else {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (Path folder : news) {
      String owner = folder.getFileName().toString().substring(prefix.length() + NEW.length());
      if (!Owners.alive(owner)) {
        Trees.delete(folder);
      }
    }
  }

  private Path sibling(String suffix) {
    return target.resolveSibling(prefix + suffix);
  }

  /** A run's turn on the target, ended by {@link #close()}. */
  static final class Turn implements Closeable {
    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private Turn(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
      this.inProcess = inProcess;
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        try {
          channel.close();
        } finally {
          inProcess.unlock();
        }
      }
    }
  }
}
