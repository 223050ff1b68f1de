package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteStringSetTest {
  private static final long COLLIDING = 7;

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  /** The hash of a set with a fixed seed, which never touches its directory. */
  private static long hash(byte[] bytes, int length) {
    try (ByteStringSet set =
        new ByteStringSet(Path.of("unused"), 0, 2017, SlotTable.Mapped.SEGMENT_SHIFT)) {
      return set.hash(bytes, 0, length);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean contains(ByteStringSet set, byte[] bytes) {
    return set.contains(set.hash(bytes, 0, bytes.length), bytes, 0, bytes.length);
  }

  private static void add(ByteStringSet set, byte[] bytes) {
    set.add(set.hash(bytes, 0, bytes.length), bytes, 0, bytes.length);
  }

  /** Adds {@code r0…r(count-1)} with one hash for all, then looks each up, and a few absent. */
  private static void assertExactUnderCollisions(ByteStringSet set, int count) {
    for (int i = 0; i < count; i++) {
      byte[] bytes = ascii("r" + i);
      assertThat(set.contains(COLLIDING, bytes, 0, bytes.length)).as("r%d before", i).isFalse();
      set.add(COLLIDING, bytes, 0, bytes.length);
    }
    for (int i = 0; i < count; i++) {
      byte[] bytes = ascii("r" + i);
      assertThat(set.contains(COLLIDING, bytes, 0, bytes.length)).as("r%d", i).isTrue();
    }
    for (String absent : List.of("r", "r" + count, "x0", "", "r00")) {
      byte[] bytes = ascii(absent);
      assertThat(set.contains(COLLIDING, bytes, 0, bytes.length)).as(absent).isFalse();
    }
    assertThat(set.size()).isEqualTo(count);
  }

  @Test
  void contains_allHashesCollideInHeap_exact(@TempDir Path directory) throws IOException {
    try (ByteStringSet set = new ByteStringSet(directory, 1000)) {
      assertExactUnderCollisions(set, 300);
      assertThat(set.spilled()).isFalse();
      assertThat(files(directory)).isEmpty();
    }
  }

  @Test
  void contains_allHashesCollideSpilled_exact(@TempDir Path directory) {
    try (ByteStringSet set = new ByteStringSet(directory, 10)) {
      assertExactUnderCollisions(set, 300);
      assertThat(set.spilled()).isTrue();
    }
  }

  @Test
  void add_missingDirectory_failsAtSpillThenRecovers(@TempDir Path directory)
      throws IOException {
    Path missing = directory.resolve("missing");
    try (ByteStringSet set = new ByteStringSet(missing, 2)) {
      add(set, ascii("a"));
      add(set, ascii("b"));
      assertThat(contains(set, ascii("a"))).isTrue();

      assertThatThrownBy(() -> add(set, ascii("c")))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining(missing.toString());
      assertThat(set.size()).isEqualTo(2);
      assertThat(contains(set, ascii("c"))).isFalse();

      Files.createDirectory(missing);
      add(set, ascii("c"));
      assertThat(set.spilled()).isTrue();
      for (String held : List.of("a", "b", "c")) {
        assertThat(contains(set, ascii(held))).as(held).isTrue();
      }
    }
  }

  @Test
  void new_inMemoryEntriesOutOfRange_refused(@TempDir Path directory) {
    assertThatThrownBy(() -> new ByteStringSet(directory, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inMemoryEntries must be within 0..16777216: -1");
    assertThatThrownBy(() -> new ByteStringSet(directory, (1 << 24) + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inMemoryEntries must be within 0..16777216: 16777217");
  }

  @Test
  void add_emptyString_heldApart(@TempDir Path directory) {
    try (ByteStringSet set = new ByteStringSet(directory, 0)) {
      byte[] none = new byte[0];
      assertThat(contains(set, none)).isFalse();
      add(set, none);
      add(set, new byte[] {0});

      assertThat(contains(set, none)).isTrue();
      assertThat(contains(set, new byte[] {0, 0})).isFalse();
      assertThat(set.size()).isEqualTo(2);
    }
  }

  @Test
  void add_longestStrings_stayInHeapAloneAndCompareToTheLastByte(@TempDir Path directory)
      throws IOException {
    byte[] longest = new byte[ByteStringSet.MAX_LENGTH];
    Arrays.fill(longest, (byte) 'x');
    byte[] other = longest.clone();
    other[other.length - 1] = 'y';
    try (ByteStringSet set = new ByteStringSet(directory, 1)) {
      set.add(COLLIDING, longest, 0, longest.length);
      assertThat(set.spilled()).isFalse();
      assertThat(files(directory)).isEmpty();
      assertThat(set.contains(COLLIDING, other, 0, other.length)).isFalse();

      set.add(COLLIDING, other, 0, other.length);

      assertThat(set.spilled()).isTrue();
      assertThat(set.contains(COLLIDING, longest, 0, longest.length)).isTrue();
      assertThat(set.contains(COLLIDING, other, 0, other.length)).isTrue();
      assertThat(set.contains(COLLIDING, other, 0, other.length - 1)).isFalse();
    }
  }

  @Test
  void add_longerThanTheBound_refused(@TempDir Path directory) {
    byte[] tooLong = new byte[ByteStringSet.MAX_LENGTH + 1];
    try (ByteStringSet set = new ByteStringSet(directory, 1)) {
      assertThatThrownBy(() -> set.add(1, tooLong, 0, tooLong.length))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a string must be at most 1048576 bytes long: 1048577");
      assertThatThrownBy(() -> set.contains(1, tooLong, 0, tooLong.length))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(set.size()).isZero();
    }
  }

  @Test
  void add_present_refused(@TempDir Path directory) {
    try (ByteStringSet set = new ByteStringSet(directory, 4)) {
      add(set, ascii("id-1"));

      assertThatThrownBy(() -> add(set, ascii("id-1")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the set already holds this string");
      assertThat(set.addIfAbsent(COLLIDING, ascii("id-2"), 0, 4)).isTrue();
      assertThat(set.addIfAbsent(COLLIDING, ascii("id-2"), 0, 4)).isFalse();
      assertThat(set.size()).isEqualTo(2);
    }
  }

  @Test
  void close_deletesTheFilesAndEndsUse(@TempDir Path directory) throws IOException {
    ByteStringSet set = new ByteStringSet(directory, 0);
    for (int i = 0; i < 10_000; i++) {
      add(set, ascii("line-" + i));
    }
    assertThat(set.spilled()).isTrue();

    set.close();
    set.close();

    assertThat(files(directory)).isEmpty();
    assertThatThrownBy(() -> contains(set, ascii("line-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the set is closed");
    assertThatThrownBy(() -> add(set, ascii("x"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(set::size).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void add_spilledOnUnix_filesGoneWhileOpen(@TempDir Path directory) throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the JDK unlinks a file opened with DELETE_ON_CLOSE at once on Unix only");
    try (ByteStringSet set = new ByteStringSet(directory, 0)) {
      for (int i = 0; i < 10_000; i++) {
        add(set, ascii("line-" + i));
      }
      assertThat(set.spilled()).isTrue();
      assertThat(files(directory)).isEmpty();
      assertThat(contains(set, ascii("line-9999"))).isTrue();
    }
  }

  /**
   * Two million ids in a 64 MiB heap (the {@code small-heap} execution): a {@code HashSet<String>}
   * of them takes over 100 MiB. The set's own accounting is exact and must not move as it grows
   * from 100 000 to 2 000 000 strings: a write buffer, a read chunk and the references to the
   * table's mappings.
   */
  @Test
  @Tag("small-heap")
  void add_twoMillionIds_heapStaysBounded(@TempDir Path directory) {
    int count = 2_000_000;
    byte[] id = ascii("response-0000000");
    int digits = 7;
    Runtime runtime = Runtime.getRuntime();
    try (ByteStringSet set = new ByteStringSet(directory, 1024)) {
      long heapAtStart = 0;
      long usedAtStart = 0;
      for (int i = 0; i < count; i++) {
        writeDigits(id, i, digits);
        set.add(set.hash(id, 0, id.length), id, 0, id.length);
        if (i == 100_000) {
          System.gc();
          usedAtStart = runtime.totalMemory() - runtime.freeMemory();
          heapAtStart = set.heapBytes();
        }
      }
      System.gc();
      long usedAtEnd = runtime.totalMemory() - runtime.freeMemory();

      assertThat(set.size()).isEqualTo(count);
      assertThat(set.heapBytes())
          .isEqualTo(heapAtStart)
          .isEqualTo(StringLog.WRITE_BUFFER + StringLog.READ_CHUNK + 8);
      assertThat(usedAtEnd - usedAtStart).isLessThan(16L << 20);
      for (int i = 0; i < count; i += 9973) {
        writeDigits(id, i, digits);
        assertThat(set.contains(set.hash(id, 0, id.length), id, 0, id.length)).isTrue();
      }
      byte[] absent = ascii("response-2000000");
      assertThat(contains(set, absent)).isFalse();
    }
  }

  /**
   * Flipping any one bit of the input changes each bit of the hash with probability 1/2: over all
   * the flips of inputs of every length that takes a path of its own through the hash (0 to 3, 4
   * to 16, 17 to 48, beyond 48), the mean number of changed bits stays within 32 ± 1.
   */
  @Test
  void hash_oneBitFlipped_halfTheBitsChange() {
    Random random = new Random(7);
    long changed = 0;
    long flips = 0;
    for (int length : new int[] {1, 2, 3, 4, 7, 8, 15, 16, 17, 32, 48, 49, 96, 97, 200}) {
      for (int trial = 0; trial < 20; trial++) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        long before = hash(bytes, length);
        for (int bit = 0; bit < 8 * length; bit++) {
          bytes[bit / 8] ^= (byte) (1 << (bit % 8));
          changed += Long.bitCount(before ^ hash(bytes, length));
          flips++;
          bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
      }
    }
    assertThat((double) changed / flips).isBetween(31.0, 33.0);
  }

  @Test
  void hash_millionIds_distinctAndSpreadOverLowBits() {
    int count = 1 << 20;
    long[] hashes = new long[count];
    int[] buckets = new int[1 << 10];
    byte[] id = ascii("response-0000000");
    for (int i = 0; i < count; i++) {
      writeDigits(id, i, 7);
      hashes[i] = hash(id, id.length);
      buckets[(int) hashes[i] & 1023]++;
    }
    assertThat(Arrays.stream(hashes).distinct().count()).isEqualTo(count);
    // 1024 ids expected per bucket, standard deviation 32: 6 deviations either way.
    assertThat(Arrays.stream(buckets).min().orElseThrow()).isGreaterThan(1024 - 6 * 32);
    assertThat(Arrays.stream(buckets).max().orElseThrow()).isLessThan(1024 + 6 * 32);
  }

  @Test
  void hash_seedsDiffer_hashesDifferAnswersAgree(@TempDir Path directory) {
    byte[] id = ascii("response-0000042");
    try (ByteStringSet first = new ByteStringSet(directory, 0);
        ByteStringSet second = new ByteStringSet(directory, 0)) {
      assertThat(first.hash(id, 0, id.length)).isNotEqualTo(second.hash(id, 0, id.length));
      add(first, id);
      add(second, id);
      assertThat(contains(first, id)).isEqualTo(contains(second, id)).isTrue();
    }
  }

  /**
   * Adds {@code line-0…line-(count-1)} to a set that spills beyond 100 strings and was told to
   * expect {@code hint} of them; gives the table's capacity just after the spill and at the end.
   */
  private static long[] capacitiesWithHint(Path directory, long hint, int count) {
    try (ByteStringSet hinted = new ByteStringSet(directory, 100);
        ByteStringSet plain = new ByteStringSet(directory, 100)) {
      hinted.expect(hint);
      long atSpill = 0;
      for (int i = 0; i < count; i++) {
        byte[] bytes = ascii("line-" + i);
        add(hinted, bytes);
        add(plain, bytes);
        if (i == 100) {
          assertThat(hinted.spilled()).isTrue();
          atSpill = hinted.capacity();
        }
      }
      for (int i = 0; i < count + 50; i += 7) {
        byte[] bytes = ascii("line-" + i);
        assertThat(contains(hinted, bytes)).as("line-%d", i).isEqualTo(contains(plain, bytes));
        assertThat(contains(hinted, bytes)).isEqualTo(i < count);
      }
      assertThat(hinted.size()).isEqualTo(plain.size()).isEqualTo(count);
      return new long[] {atSpill, hinted.capacity()};
    }
  }

  @Test
  void expect_theRealCount_tableMadeOnceAtItsFinalSize(@TempDir Path directory) {
    // 5000 strings at most half full: 10 000 slots, so 16 384; no hint starts at 4096.
    assertThat(capacitiesWithHint(directory, 5000, 5000)).containsExactly(16_384, 16_384);
    assertThat(capacitiesWithHint(directory, 0, 5000)).containsExactly(4096, 16_384);
  }

  @Test
  void expect_belowTheRealCount_doublesAsWithoutHint(@TempDir Path directory) {
    // 3000 expected need 6000 slots: 8192 at the spill, then doubled once at 4097 strings.
    assertThat(capacitiesWithHint(directory, 3000, 5000)).containsExactly(8192, 16_384);
    assertThat(capacitiesWithHint(directory, 1000, 5000)).containsExactly(4096, 16_384);
  }

  @Test
  void expect_aboveTheRealCount_sizedForTheHint(@TempDir Path directory) {
    // 20 000 expected need 40 000 slots: 65 536, though 5000 strings would fill 16 384.
    assertThat(capacitiesWithHint(directory, 20_000, 5000)).containsExactly(65_536, 65_536);
  }

  @Test
  void expect_huge_believedUpTo256TimesTheStringsHeld(@TempDir Path directory) {
    // At the spill the set holds 100 strings and adds one: 256 × 101 = 25 856 believed, which
    // need 51 712 slots: 65 536.
    assertThat(capacitiesWithHint(directory, Long.MAX_VALUE, 5000))
        .containsExactly(65_536, 65_536);
  }

  @Test
  void expect_raisedAfterTheSpill_usedWhenTheTableGrows(@TempDir Path directory) {
    try (ByteStringSet set = new ByteStringSet(directory, 0)) {
      for (int i = 0; i < 2048; i++) {
        add(set, ascii("line-" + i));
      }
      assertThat(set.capacity()).isEqualTo(4096);
      set.expect(30_000);
      add(set, ascii("line-2048"));
      // 30 000 expected need 60 000 slots.
      assertThat(set.capacity()).isEqualTo(65_536);
      for (int i = 0; i <= 2048; i++) {
        assertThat(contains(set, ascii("line-" + i))).as("line-%d", i).isTrue();
      }
    }
  }

  @Test
  void expect_negativeOrClosed_refused(@TempDir Path directory) {
    ByteStringSet set = new ByteStringSet(directory, 0);
    assertThatThrownBy(() -> set.expect(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strings must not be negative: -1");
    set.close();
    assertThatThrownBy(() -> set.expect(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> set.prefetch(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void prefetch_inHeapAndSpilled_changesNoAnswer(@TempDir Path directory) {
    try (ByteStringSet set = new ByteStringSet(directory, 50)) {
      for (int i = 0; i < 200; i++) {
        byte[] bytes = ascii("line-" + (i / 2));
        long hash = set.hash(bytes, 0, bytes.length);
        set.prefetch(hash);
        assertThat(set.addIfAbsent(hash, bytes, 0, bytes.length))
            .as("line %d", i)
            .isEqualTo(i % 2 == 0);
      }
      assertThat(set.spilled()).isTrue();
      assertThat(set.size()).isEqualTo(100);
    }
  }

  private static void writeDigits(byte[] into, int value, int digits) {
    int rest = value;
    for (int i = into.length - 1; i >= into.length - digits; i--) {
      into[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
