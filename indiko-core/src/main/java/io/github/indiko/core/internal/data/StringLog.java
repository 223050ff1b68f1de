package io.github.indiko.core.internal.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An append-only log of byte strings, each a 4-byte little-endian length then its bytes, addressed
 * by the offset where it starts. It lives in a heap buffer that grows up to {@link #IN_HEAP_BYTES}
 * until {@link #spill} moves it to a temporary file; from then on the buffer holds the tail of the
 * log not yet written (at most {@link #WRITE_BUFFER} bytes), and earlier strings are read back
 * with positional reads, a chunk at a time. Not thread-safe; no allocation per call once spilled.
 */
final class StringLog {
  static final int PREFIX = 4;

  /** The most bytes of log held in heap before spilling: one string of the longest size fits. */
  static final int IN_HEAP_BYTES = 4 << 20;

  static final int WRITE_BUFFER = 64 << 10;
  static final int READ_CHUNK = 8 << 10;
  private static final int FIRST_BUFFER = 256;

  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] buffer = new byte[FIRST_BUFFER];
  private ByteBuffer writeView = ByteBuffer.wrap(buffer);
  private int buffered;
  private long flushed;
  private @Nullable OnDisk disk;

  /** What the log needs once spilled: its file, and a chunk to read strings back into. */
  private static final class OnDisk {
    final TemporaryFile file;
    final byte[] chunk = new byte[READ_CHUNK];
    final ByteBuffer readView = ByteBuffer.wrap(chunk);

    OnDisk(TemporaryFile file) {
      this.file = file;
    }
  }

  /** The length of the log in bytes, which is the offset of the next string appended. */
  long length() {
    return flushed + buffered;
  }

  /**
   * Appends a string.
   *
   * @return the offset where it starts
   * @throws IllegalStateException before spilling, when the heap buffer cannot take it
   */
  long append(byte[] bytes, int offset, int length) {
    long start = length();
    OnDisk onDisk = disk;
    if (onDisk == null) {
      int end = buffered + PREFIX + length;
      if (end > IN_HEAP_BYTES) {
        throw new IllegalStateException("the log must spill before it passes its heap bound");
      }
      if (end > buffer.length) {
        resize(Math.min(IN_HEAP_BYTES, Math.max(end, 2 * buffer.length)));
      }
    } else if (buffer.length - buffered < PREFIX) {
      flush(onDisk);
    }
    INTS.set(buffer, buffered, length);
    buffered += PREFIX;
    int done = 0;
    while (done < length) {
      // Only a spilled log fills up: in heap, the buffer was sized for the string above.
      if (buffered == buffer.length && onDisk != null) {
        flush(onDisk);
      }
      int piece = Math.min(length - done, buffer.length - buffered);
      System.arraycopy(bytes, offset + done, buffer, buffered, piece);
      buffered += piece;
      done += piece;
    }
    return start;
  }

  /**
   * Moves the log to a new temporary file in {@code directory} and shrinks the heap buffer to
   * {@link #WRITE_BUFFER}; does nothing once spilled.
   *
   * @throws UncheckedIOException naming the file
   */
  void spill(Path directory) {
    if (disk != null) {
      return;
    }
    OnDisk onDisk = new OnDisk(TemporaryFile.create(directory, ".log"));
    disk = onDisk;
    flush(onDisk);
    resize(WRITE_BUFFER);
  }

  /** Whether the string at {@code position} (an offset {@link #append} gave) equals the given. */
  boolean equalsAt(long position, byte[] bytes, int offset, int length) {
    OnDisk onDisk = disk;
    if (position >= flushed || onDisk == null) {
      int at = (int) (position - flushed);
      return (int) INTS.get(buffer, at) == length
          && Arrays.equals(buffer, at + PREFIX, at + PREFIX + length, bytes, offset, offset + length);
    }
    byte[] chunk = onDisk.chunk;
    // A stored string that is shorter may be the last one: read no further than the log's end.
    int first = (int) Math.min(Math.min(PREFIX + (long) length, chunk.length), length() - position);
    read(onDisk, position, first);
    if ((int) INTS.get(chunk, 0) != length) {
      return false;
    }
    int done = first - PREFIX;
    if (!Arrays.equals(chunk, PREFIX, first, bytes, offset, offset + done)) {
      return false;
    }
    while (done < length) {
      int piece = Math.min(length - done, chunk.length);
      read(onDisk, position + PREFIX + done, piece);
      if (!Arrays.equals(chunk, 0, piece, bytes, offset + done, offset + done + piece)) {
        return false;
      }
      done += piece;
    }
    return true;
  }

  /** The bytes of the arrays this log holds in heap (object headers not counted). */
  long heapBytes() {
    OnDisk onDisk = disk;
    return buffer.length + (onDisk == null ? 0 : onDisk.chunk.length);
  }

  /**
   * Closes and so deletes the file, if any.
   *
   * @throws UncheckedIOException naming the file
   */
  void close() {
    OnDisk onDisk = disk;
    if (onDisk != null) {
      try {
        onDisk.file.channel().close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the temporary file " + onDisk.file.path(), e);
      }
    }
  }

  private void resize(int size) {
    buffer = Arrays.copyOf(buffer, size);
    writeView = ByteBuffer.wrap(buffer);
  }

  /** Writes the buffer at the end of the file and empties it. */
  private void flush(OnDisk onDisk) {
    writeView.limit(buffered).position(0);
    try {
      while (writeView.hasRemaining()) {
        onDisk.file.channel().write(writeView, flushed + writeView.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file " + onDisk.file.path(), e);
    }
    flushed += buffered;
    buffered = 0;
  }

  /**
   * Reads {@code count} bytes of the log from {@code position} into the chunk: from the file up
   * to what was flushed, from the buffer beyond.
   */
  private void read(OnDisk onDisk, long position, int count) {
    int fromFile = (int) Math.max(0, Math.min(count, flushed - position));
    ByteBuffer view = onDisk.readView;
    view.limit(fromFile).position(0);
    try {
      while (view.hasRemaining()) {
        if (onDisk.file.channel().read(view, position + view.position()) < 0) {
          throw new EOFException("the file ends before offset " + (position + fromFile));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the temporary file " + onDisk.file.path(), e);
    }
    if (fromFile < count) {
      System.arraycopy(
          buffer, (int) (position + fromFile - flushed), onDisk.chunk, fromFile, count - fromFile);
    }
  }
}
