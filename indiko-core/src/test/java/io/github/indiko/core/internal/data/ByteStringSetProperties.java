package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class ByteStringSetProperties {
  private static final int JUNK = 3;

  /** What is done with a string: looked up, added if absent, or added (refused when present). */
  private enum Kind {
    CONTAINS,
    ADD_IF_ABSENT,
    ADD
  }

  private record Operation(Kind kind, byte[] bytes) {
    @Override
    public String toString() {
      return kind + " " + bytes.length + " bytes " + Arrays.hashCode(bytes);
    }
  }

  /** How the hashes handed to the set are made: the set's own, or colliding on purpose. */
  private enum Hashing {
    OWN,
    TWO_VALUES,
    CONSTANT
  }

  /**
   * @param expected what the set is told to expect before the operations, or -1 for nothing
   * @param prefetch whether each operation's hash is prefetched before it
   */
  private record Scenario(
      int inMemoryEntries,
      int segmentShift,
      Hashing hashing,
      long seed,
      long expected,
      boolean prefetch,
      List<Operation> operations) {}

  /**
   * Strings of one filler byte with one marked byte, or none, at the start, the middle or the end:
   * few enough that they repeat, at lengths that are tiny, that straddle the log's read chunk, and
   * that span several chunks and fill the write buffer in a few strings. Strings of equal length
   * differ at one place only, so that comparisons often fail late.
   */
  private static Gen<byte[]> strings() {
    Gen<Integer> tiny = integers().between(0, 6);
    Gen<Integer> aroundChunk =
        integers().between(StringLog.READ_CHUNK - StringLog.PREFIX - 2, StringLog.READ_CHUNK);
    Gen<Integer> severalChunks = integers().between(20_000, 20_001);
    Gen<Integer> lengths = tiny.mix(aroundChunk, 25).mix(severalChunks, 15);
    return lengths.zip(
        integers().between(0, 1),
        integers().between(0, 3),
        (length, filler, mark) -> {
          byte[] bytes = new byte[length];
          Arrays.fill(bytes, (byte) (filler == 0 ? 'a' : 0));
          if (mark > 0 && length > 0) {
            bytes[mark == 1 ? 0 : mark == 2 ? length / 2 : length - 1] = 7;
          }
          return bytes;
        });
  }

  private static Gen<Scenario> scenarios() {
    Gen<Operation> operations =
        integers()
            .between(0, 2)
            .zip(strings(), (kind, bytes) -> new Operation(Kind.values()[kind], bytes));
    Gen<Long> expected =
        longs().between(-1, 100).mix(longs().between(Long.MAX_VALUE - 1, Long.MAX_VALUE), 10);
    Gen<Integer> shifts =
        integers().between(0, 1).map(small -> small == 1 ? 8 : SlotTable.Mapped.SEGMENT_SHIFT);
    return integers()
        .between(0, 8)
        .zip(
            shifts,
            integers().between(0, 2).map(hashing -> Hashing.values()[hashing]),
            longs().all(),
            (inMemoryEntries, shift, hashing, seed) ->
                new Scenario(inMemoryEntries, shift, hashing, seed, -1, false, List.of()))
        .zip(
            expected,
            integers().between(0, 1),
            lists().of(operations).ofSizeBetween(0, 60),
            (scenario, hint, prefetch, list) ->
                new Scenario(
                    scenario.inMemoryEntries(),
                    scenario.segmentShift(),
                    scenario.hashing(),
                    scenario.seed(),
                    hint,
                    prefetch == 1,
                    list));
  }

  /** The bytes set among junk, so that a wrong offset shows. */
  private static byte[] embedded(byte[] bytes) {
    byte[] padded = new byte[JUNK + bytes.length + JUNK];
    Arrays.fill(padded, (byte) 0x55);
    System.arraycopy(bytes, 0, padded, JUNK, bytes.length);
    return padded;
  }

  private static long hash(ByteStringSet set, Hashing hashing, byte[] padded, int length) {
    long own = set.hash(padded, JUNK, length);
    return switch (hashing) {
      case OWN -> own;
      case TWO_VALUES -> own & 1;
      case CONSTANT -> 42;
    };
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  @Test
  void hash_sameBytesAtAnyOffset_sameHash(@TempDir Path directory) {
    ByteStringSet set = new ByteStringSet(directory, 0);
    qt().forAll(
            lists().of(integers().between(-128, 127)).ofSizeBetween(0, 120),
            integers().between(0, 9))
        .checkAssert(
            (values, offset) -> {
              byte[] bytes = new byte[values.size()];
              byte[] shifted = new byte[offset + values.size() + 9];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = values.get(i).byteValue();
                shifted[offset + i] = bytes[i];
              }
              assertThat(set.hash(shifted, offset, bytes.length))
                  .isEqualTo(set.hash(bytes, 0, bytes.length));
            });
  }

  @Test
  void operations_agreeWithHashSetOfByteBuffers(@TempDir Path directory) {
    qt().withExamples(150)
        .forAll(scenarios())
        .checkAssert(
            scenario -> {
              Set<ByteBuffer> model = new HashSet<>();
              try (ByteStringSet set =
                  new ByteStringSet(
                      directory,
                      scenario.inMemoryEntries(),
                      scenario.seed(),
                      scenario.segmentShift())) {
                if (scenario.expected() >= 0) {
                  set.expect(scenario.expected());
                }
                for (Operation operation : scenario.operations()) {
                  byte[] padded = embedded(operation.bytes());
                  int length = operation.bytes().length;
                  long hash = hash(set, scenario.hashing(), padded, length);
                  if (scenario.prefetch()) {
                    set.prefetch(hash);
                  }
                  boolean held = model.contains(ByteBuffer.wrap(operation.bytes()));
                  switch (operation.kind()) {
                    case CONTAINS -> assertThat(set.contains(hash, padded, JUNK, length))
                        .isEqualTo(held);
                    case ADD_IF_ABSENT -> assertThat(set.addIfAbsent(hash, padded, JUNK, length))
                        .isEqualTo(!held);
                    case ADD -> {
                      if (held) {
                        assertThatThrownBy(() -> set.add(hash, padded, JUNK, length))
                            .isInstanceOf(IllegalArgumentException.class);
                      } else {
                        set.add(hash, padded, JUNK, length);
                      }
                    }
                  }
                  if (operation.kind() != Kind.CONTAINS) {
                    model.add(ByteBuffer.wrap(operation.bytes()));
                  }
                  assertThat(set.size()).isEqualTo(model.size());
                }
                assertThat(set.spilled()).isEqualTo(model.size() > scenario.inMemoryEntries());
                for (ByteBuffer held : model) {
                  byte[] padded = embedded(held.array());
                  long hash = hash(set, scenario.hashing(), padded, held.array().length);
                  assertThat(set.contains(hash, padded, JUNK, held.array().length)).isTrue();
                }
              }
              try {
                assertThat(files(directory)).isEmpty();
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
