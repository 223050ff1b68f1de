package io.github.indiko.examples.portal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The portal's {@code responses.jsonl}: one accepted line per response, appended whole. Appends and
 * snapshots are serialised by a lock of this process and, against another process sharing the
 * folder, a lock on the file. Thread-safe.
 */
final class ResponseStore {
  private final Path file;
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * @param file the file, created on the first append
   */
  ResponseStore(Path file) {
    this.file = file;
  }

  /**
   * @return the file
   */
  Path file() {
    return file;
  }

  /**
   * Appends a line and its {@code \n} in one write, and forces it to the device before returning.
   *
   * @param line a line without terminator
   * @throws IOException when the file cannot be written
   */
  void append(String line) throws IOException {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a line holds no line terminator");
    }
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    lock.lock();
    try (FileChannel channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock ignored = channel.lock()) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } finally {
      lock.unlock();
    }
  }

  /**
   * @return the file's bytes as of now (empty when nothing was stored), never a line in the middle
   *     of its append
   * @throws IOException when the file cannot be read
   */
  byte[] snapshot() throws IOException {
    lock.lock();
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    } finally {
      lock.unlock();
    }
  }
}
