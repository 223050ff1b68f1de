package io.github.indiko.core.internal.data;

import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact set of byte strings, each of at most {@link #MAX_LENGTH} bytes, whose heap use is
 * bounded by a constant however many strings it holds: what the duplicate checks of data lines
 * remember of the lines accepted before.
 *
 * <p>While it holds at most {@code inMemoryEntries} strings and at most 4 MiB of their bytes, it
 * lives wholly in heap and touches no file (a string of {@link #MAX_LENGTH} bytes alone stays in
 * heap). Beyond, it moves to temporary files in the directory it was given: an open-addressing
 * table of 16-byte slots (a 64-bit hash and an offset), memory-mapped, made at once for as many
 * strings as {@link #expect} announced (within a bound) and doubled into a new file when more than
 * half full, and an append-only log of the strings, read back to confirm a match. In heap it takes
 * at most 64 bytes a string for its table, and 4 MiB for the strings' bytes; once spilled, a few
 * buffers (about 72 KiB) whatever the number of strings. The files are readable by their owner
 * only where the file system has POSIX permissions; they are deleted as soon as they are opened
 * where the platform allows it (Unix), else on {@link #close()}.
 *
 * <p>Answers are exact: a string is found only if the same bytes were added, whatever the hashes.
 * Each set hashes with its own random seed (from {@link SecureRandom}), so that strings crafted to
 * collide cannot slow the table down; the seed changes the layout, never the answers.
 *
 * <p>A caller that looks up many strings at once can {@link #prefetch} them all first: the reads of
 * the table that miss the processor's caches then overlap instead of following one another.
 * Neither that nor {@link #expect} changes an answer.
 *
 * <p>{@link #hash} is thread-safe, so that worker threads can compute hashes in parallel; the other
 * methods are not: one thread adds and looks up. They allocate nothing per call once the set has
 * spilled, except as the table or its heap buffer grows. An {@link UncheckedIOException} names the
 * temporary file that failed; after one, only {@link #close()} is sure to work.
 */
public final class ByteStringSet implements AutoCloseable {
  /** The longest string the set holds, in bytes: 1 MiB. */
  public static final int MAX_LENGTH = 1 << 20;

  /** The number of strings the no-argument constructor keeps in heap: 65 536. */
  public static final int DEFAULT_IN_MEMORY_ENTRIES = 1 << 16;

  /** The most strings that can be kept in heap (their table then takes 512 MiB of heap). */
  public static final int MAX_IN_MEMORY_ENTRIES = 1 << 24;

  private static final int FIRST_HEAP_SLOTS = 16;
  private static final long FIRST_MAPPED_SLOTS = 1 << 12;

  /** How many times the strings held an expectation is believed, at most, when a table is made. */
  static final long MOST_EXPECTED_PER_HELD = 256;

  // wyhash's default secret.
  private static final long S0 = 0x2d358dccaa6c78a5L;
  private static final long S1 = 0x8bb84b93962eacc9L;
  private static final long S2 = 0x4b33a62ed433d4a3L;
  private static final long S3 = 0x4d5a2da51de1aa47L;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private final Path directory;
  private final int inMemoryEntries;
  private final long seed;
  private final int segmentShift;
  private final StringLog log = new StringLog();
  private SlotTable slots = new SlotTable.OnHeap(FIRST_HEAP_SLOTS);
  private long size;
  private long expected;
  private boolean closed;

  /** What {@link #prefetch} read, added up: stored so that the compiler keeps the reads. */
  private long prefetched;

  /**
   * A set that keeps {@value #DEFAULT_IN_MEMORY_ENTRIES} strings in heap, then spills to the
   * directory named by the system property {@code java.io.tmpdir}.
   */
  public ByteStringSet() {
    this(Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_IN_MEMORY_ENTRIES);
  }

  /**
   * A set that keeps up to {@code inMemoryEntries} strings in heap, then spills to temporary files
   * in {@code temporaryDirectory}. Nothing is created or checked on disk until it spills.
   *
   * @param temporaryDirectory an existing writable directory
   * @param inMemoryEntries 0 to {@link #MAX_IN_MEMORY_ENTRIES}
   * @throws IllegalArgumentException when {@code inMemoryEntries} is out of range
   */
  public ByteStringSet(Path temporaryDirectory, int inMemoryEntries) {
    this(
        temporaryDirectory,
        inMemoryEntries,
        new SecureRandom().nextLong(),
        SlotTable.Mapped.SEGMENT_SHIFT);
  }

  /** A set with a given seed and mappings of {@code 2^segmentShift} slots, for tests. */
  ByteStringSet(Path temporaryDirectory, int inMemoryEntries, long seed, int segmentShift) {
    if (inMemoryEntries < 0 || inMemoryEntries > MAX_IN_MEMORY_ENTRIES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "inMemoryEntries must be within 0..%d: %d",
              MAX_IN_MEMORY_ENTRIES,
              inMemoryEntries));
    }
    this.directory = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
    this.inMemoryEntries = inMemoryEntries;
    this.seed = seed ^ mix(seed ^ S0, S1);
    this.segmentShift = segmentShift;
  }

  /**
   * This set's 64-bit hash of {@code bytes[offset, offset + length)}: a function of those bytes
   * and of the set's seed only, in the style of wyhash (final version 4, not claimed bit for bit).
   * Thread-safe and allocation-free; any length is accepted.
   *
   * @throws IndexOutOfBoundsException when the range is not within {@code bytes}
   */
  public long hash(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    long state = seed;
    long a;
    long b;
    int p = offset;
    if (length <= 16) {
      if (length >= 4) {
        int middle = (length >>> 3) << 2;
        a = (int32(bytes, p) << 32) | int32(bytes, p + middle);
        b = (int32(bytes, p + length - 4) << 32) | int32(bytes, p + length - 4 - middle);
      } else if (length > 0) {
        a =
            ((bytes[p] & 0xFFL) << 16)
                | ((bytes[p + (length >>> 1)] & 0xFFL) << 8)
                | (bytes[p + length - 1] & 0xFFL);
        b = 0;
      } else {
        a = 0;
        b = 0;
      }
    } else {
      int left = length;
      if (left > 48) {
        long state1 = state;
        long state2 = state;
        do {
          state = mix(int64(bytes, p) ^ S1, int64(bytes, p + 8) ^ state);
          state1 = mix(int64(bytes, p + 16) ^ S2, int64(bytes, p + 24) ^ state1);
          state2 = mix(int64(bytes, p + 32) ^ S3, int64(bytes, p + 40) ^ state2);
          p += 48;
          left -= 48;
        } while (left > 48);
        state ^= state1 ^ state2;
      }
      while (left > 16) {
        state = mix(int64(bytes, p) ^ S1, int64(bytes, p + 8) ^ state);
        p += 16;
        left -= 16;
      }
      a = int64(bytes, p + left - 16);
      b = int64(bytes, p + left - 8);
    }
    a ^= S1;
    b ^= state;
    return mix(a * b ^ S0 ^ length, multiplyHighUnsigned(a, b) ^ S1);
  }

  /**
   * Whether the set holds the string {@code bytes[offset, offset + length)}.
   *
   * @param hash the string's {@link #hash}; answers stay exact for any hash that is a function of
   *     the bytes alone (the tests pass a constant, so that every string collides), but a poorer
   *     one makes the set slower
   * @throws IllegalArgumentException when {@code length} exceeds {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException when the range is not within {@code bytes}
   * @throws IllegalStateException when the set is closed
   * @throws UncheckedIOException when a temporary file cannot be read
   */
  public boolean contains(long hash, byte[] bytes, int offset, int length) {
    checkArguments(bytes, offset, length);
    return find(hash, bytes, offset, length) >= 0;
  }

  /**
   * Reads the first slot that {@link #contains} probes for a hash, so that the memory holding it
   * is on its way to the processor's cache when the check comes; changes nothing. Calling it for
   * each of a batch of strings before checking them lets the processor wait for many reads of the
   * table at once, instead of one after the other, once the table is larger than its caches.
   *
   * @param hash a string's {@link #hash}
   * @throws IllegalStateException when the set is closed
   */
  public void prefetch(long hash) {
    checkOpen();
    SlotTable table = slots;
    prefetched += table.reference(table.home(hash));
  }

  /**
   * Adds the string {@code bytes[offset, offset + length)}, which the set must not hold yet.
   *
   * @param hash the string's {@link #hash} (see {@link #contains})
   * @throws IllegalArgumentException when the set holds the string already, or when {@code
   *     length} exceeds {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException when the range is not within {@code bytes}
   * @throws IllegalStateException when the set is closed
   * @throws UncheckedIOException when a temporary file cannot be made, written or read
   */
  public void add(long hash, byte[] bytes, int offset, int length) {
    if (!addIfAbsent(hash, bytes, offset, length)) {
      throw new IllegalArgumentException("the set already holds this string");
    }
  }

  /**
   * Adds the string {@code bytes[offset, offset + length)} unless the set holds it already.
   *
   * @param hash the string's {@link #hash} (see {@link #contains})
   * @return true if it was added, false if the set held it already
   * @throws IllegalArgumentException when {@code length} exceeds {@link #MAX_LENGTH}
   * @throws IndexOutOfBoundsException when the range is not within {@code bytes}
   * @throws IllegalStateException when the set is closed
   * @throws UncheckedIOException when a temporary file cannot be made, written or read
   */
  public boolean addIfAbsent(long hash, byte[] bytes, int offset, int length) {
    checkArguments(bytes, offset, length);
    long found = find(hash, bytes, offset, length);
    if (found >= 0) {
      return false;
    }
    boolean inHeap = slots instanceof SlotTable.OnHeap;
    if (inHeap
        && (size == inMemoryEntries
            || log.length() + StringLog.PREFIX + length > StringLog.IN_HEAP_BYTES)) {
      spill();
      place(slots, hash, log.append(bytes, offset, length) + 1);
    } else if (2 * (size + 1) > slots.capacity()) {
      long doubled = 2 * slots.capacity();
      rehash(
          inHeap
              ? new SlotTable.OnHeap(Math.toIntExact(doubled))
              : new SlotTable.Mapped(directory, mappedCapacity(doubled), segmentShift));
      place(slots, hash, log.append(bytes, offset, length) + 1);
    } else {
      // The table is the one searched: the empty slot that ended the probe is the string's.
      slots.set(-1 - found, hash, log.append(bytes, offset, length) + 1);
    }
    size++;
    return true;
  }

  /**
   * The number of strings in the set.
   *
   * @throws IllegalStateException when the set is closed
   */
  public long size() {
    checkOpen();
    return size;
  }

  /**
   * Tells the set how many strings it is expected to hold in the end, so that its table on disk
   * is made once at that size instead of doubling as it fills: a hint, which changes no answer.
   * Each time the set makes its memory-mapped table (when it spills, and when the table is more
   * than half full), it gives it the fewest slots, a power of two, that keep the most recent
   * expectation at most half full, believing it up to {@value #MOST_EXPECTED_PER_HELD} times the
   * strings held then; and never fewer than doubling would. A hint too low costs the doublings it
   * did not spare; a hint too high, a table larger than the strings need (16 bytes a slot, on
   * disk), within that bound.
   *
   * @param strings the number of strings expected, 0 for no expectation
   * @throws IllegalArgumentException when {@code strings} is negative
   * @throws IllegalStateException when the set is closed
   */
  public void expect(long strings) {
    checkOpen();
    if (strings < 0) {
      throw new IllegalArgumentException("strings must not be negative: " + strings);
    }
    expected = strings;
  }

  /**
   * Deletes the temporary files, if any, and releases the set; later calls to {@link #contains},
   * {@link #add}, {@link #addIfAbsent}, {@link #size}, {@link #expect} and {@link #prefetch} throw
   * {@link IllegalStateException} ({@link #hash}, a pure function that other threads may be
   * calling, still answers). Closing again does nothing.
   *
   * @throws UncheckedIOException when the log file cannot be closed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    SlotTable released = slots;
    // Drops the mappings, so that the garbage collector can unmap them.
    slots = new SlotTable.OnHeap(FIRST_HEAP_SLOTS);
    try {
      released.release();
    } finally {
      log.close();
    }
  }

  /** The bytes of the arrays this set holds in heap, object headers not counted. */
  long heapBytes() {
    return slots.heapBytes() + log.heapBytes();
  }

  /** The slots of the table in use. */
  long capacity() {
    return slots.capacity();
  }

  /**
   * @return whether the set has moved to temporary files
   */
  public boolean spilled() {
    return slots instanceof SlotTable.Mapped;
  }

  /**
   * Moves the log, then the table, to temporary files. Should the table fail, the set stays whole
   * (its table in heap refers to a log on disk) and the next addition tries again.
   */
  private void spill() {
    log.spill(directory);
    rehash(new SlotTable.Mapped(directory, mappedCapacity(FIRST_MAPPED_SLOTS), segmentShift));
  }

  /**
   * The slots of a new mapped table for one more string: at least {@code least}, and enough to
   * keep the strings held plus one, and the expectation as far as it is believed, at most half
   * full.
   */
  private long mappedCapacity(long least) {
    long needed = Math.max(size + 1, Math.min(expected, MOST_EXPECTED_PER_HELD * (size + 1)));
    long capacity = least;
    while (capacity < 2 * needed) {
      capacity *= 2;
    }
    return capacity;
  }

  private void rehash(SlotTable target) {
    for (long slot = 0; slot < slots.capacity(); slot++) {
      long reference = slots.reference(slot);
      if (reference != 0) {
        place(target, slots.hash(slot), reference);
      }
    }
    SlotTable released = slots;
    slots = target;
    released.release();
  }

  /** The slot that holds the string, or {@code -1 - slot} for the empty slot ending its probe. */
  private long find(long hash, byte[] bytes, int offset, int length) {
    long mask = slots.capacity() - 1;
    for (long slot = slots.home(hash); ; slot = (slot + 1) & mask) {
      long reference = slots.reference(slot);
      if (reference == 0) {
        return -1 - slot;
      }
      if (slots.hash(slot) == hash && log.equalsAt(reference - 1, bytes, offset, length)) {
        return slot;
      }
    }
  }

  /** Puts a string known to be absent from the table in the first empty slot of its probe. */
  private static void place(SlotTable table, long hash, long reference) {
    long mask = table.capacity() - 1;
    long slot = table.home(hash);
    while (table.reference(slot) != 0) {
      slot = (slot + 1) & mask;
    }
    table.set(slot, hash, reference);
  }

  private void checkArguments(byte[] bytes, int offset, int length) {
    checkOpen();
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "a string must be at most %d bytes long: %d", MAX_LENGTH, length));
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the set is closed");
    }
  }

  private static long int64(byte[] bytes, int at) {
    return (long) LONGS.get(bytes, at);
  }

  private static long int32(byte[] bytes, int at) {
    return (int) INTS.get(bytes, at) & 0xFFFF_FFFFL;
  }

  /** The two halves of the 128-bit product, folded: wyhash's mixing step. */
  private static long mix(long a, long b) {
    return a * b ^ multiplyHighUnsigned(a, b);
  }

  private static long multiplyHighUnsigned(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
