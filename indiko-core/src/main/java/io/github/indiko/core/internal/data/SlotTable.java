package io.github.indiko.core.internal.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The slots of an open-addressing table with linear probing: a power-of-two number of 16-byte
 * slots, each a 64-bit hash and a reference (a log offset plus one; 0 marks an empty slot, so that
 * a new table, all zeros, is empty). Knows nothing of probing or load: {@link ByteStringSet} does.
 */
abstract sealed class SlotTable {
  private final long capacity;
  private final int shift;

  SlotTable(long capacity) {
    this.capacity = capacity;
    this.shift = Long.numberOfLeadingZeros(capacity) + 1;
  }

  /** The number of slots, a power of two. */
  final long capacity() {
    return capacity;
  }

  /**
   * The first slot probed for a hash: its top bits after a Fibonacci multiplication, so that a
   * caller's hash with poor low or high bits still spreads.
   */
  final long home(long hash) {
    return (hash * 0x9E3779B97F4A7C15L) >>> shift;
  }

  abstract long hash(long slot);

  abstract long reference(long slot);

  abstract void set(long slot, long hash, long reference);

  /** The bytes of the arrays this table holds in heap (object headers not counted). */
  abstract long heapBytes();

  /** A table in two longs per slot of a heap array. */
  static final class OnHeap extends SlotTable {
    private final long[] slots;

    OnHeap(int capacity) {
      super(capacity);
      this.slots = new long[2 * capacity];
    }

    @Override
    long hash(long slot) {
      return slots[2 * (int) slot];
    }

    @Override
    long reference(long slot) {
      return slots[2 * (int) slot + 1];
    }

    @Override
    void set(long slot, long hash, long reference) {
      slots[2 * (int) slot] = hash;
      slots[2 * (int) slot + 1] = reference;
    }

    @Override
    long heapBytes() {
      return 8L * slots.length;
    }

    @Override
    void release() {
      // The collector takes the array.
    }
  }

  /**
   * Lets go of the table, which must not be used again: a mapped table frees its pages and its
   * file.
   *
   * @throws UncheckedIOException naming the file when it cannot be released
   */
  abstract void release();

  /**
   * A table in a memory-mapped temporary file, split over mappings of at most 1 GiB (a {@link
   * ByteBuffer} is indexed by {@code int}). The file is deleted when the table is made (see {@link
   * TemporaryFile}). Java 17 cannot unmap, so the mappings stay until the garbage collector takes
   * them; on {@link #release()}, where the file system is POSIX, the file is truncated to nothing,
   * which frees its pages at once instead of writing them back to disk.
   */
  static final class Mapped extends SlotTable {
    /** Slots per mapping by default: 2^26 slots of 16 bytes make 1 GiB. */
    static final int SEGMENT_SHIFT = 26;

    private static final int SLOT_SHIFT = 4;

    private final ByteBuffer[] segments;
    private final int segmentShift;
    private final int segmentMask;
    private final TemporaryFile file;

    /**
     * Creates an empty table in a new temporary file of {@code 16 × capacity} bytes.
     *
     * @param segmentShift the log2 of the slots per mapping, at most {@link #SEGMENT_SHIFT}
     * @throws UncheckedIOException naming the file when it cannot be made or mapped
     */
    Mapped(Path directory, long capacity, int segmentShift) {
      super(capacity);
      this.segmentShift = segmentShift;
      this.segmentMask = (1 << segmentShift) - 1;
      long segmentBytes = 1L << (segmentShift + SLOT_SHIFT);
      long bytes = capacity << SLOT_SHIFT;
      this.segments = new ByteBuffer[(int) ((bytes + segmentBytes - 1) / segmentBytes)];
      this.file = TemporaryFile.create(directory, ".table");
      // Mapping read-write past the end grows the file (ftruncate, SetEndOfFile): the new bytes
      // read as zeros, so every slot starts empty.
      try {
        for (int i = 0; i < segments.length; i++) {
          long position = i * segmentBytes;
          segments[i] =
              file.channel()
                  .map(
                      FileChannel.MapMode.READ_WRITE,
                      position,
                      Math.min(segmentBytes, bytes - position))
                  .order(ByteOrder.nativeOrder());
        }
      } catch (IOException e) {
        UncheckedIOException failure =
            new UncheckedIOException("cannot map the temporary file " + file.path(), e);
        try {
          file.channel().close();
        } catch (IOException suppressed) {
          failure.addSuppressed(suppressed);
        }
        throw failure;
      }
    }

    private int position(long slot) {
      return ((int) slot & segmentMask) << SLOT_SHIFT;
    }

    private ByteBuffer segment(long slot) {
      return segments[(int) (slot >>> segmentShift)];
    }

    @Override
    long hash(long slot) {
      return segment(slot).getLong(position(slot));
    }

    @Override
    long reference(long slot) {
      return segment(slot).getLong(position(slot) + 8);
    }

    @Override
    void set(long slot, long hash, long reference) {
      ByteBuffer segment = segment(slot);
      int position = position(slot);
      segment.putLong(position, hash);
      segment.putLong(position + 8, reference);
    }

    @Override
    long heapBytes() {
      return 8L * segments.length;
    }

    @Override
    void release() {
      // Touching a mapping of a truncated file faults, but no access follows a release. Windows
      // refuses to truncate a mapped file: there the pages wait for the collector.
      try (FileChannel channel = file.channel()) {
        if (file.path().getFileSystem().supportedFileAttributeViews().contains("posix")) {
          channel.truncate(0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the temporary file " + file.path(), e);
      }
    }
  }
}
