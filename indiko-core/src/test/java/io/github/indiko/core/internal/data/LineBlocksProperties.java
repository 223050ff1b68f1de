package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link LineBlocks} splits any stream as a plain split on {@code \n} does, whatever the line
 * limit, the block size, the reads of the stream and the blocks held at once.
 */
class LineBlocksProperties {
  private static final int SHAPES = 13;

  /**
   * A line of a shape with its terminator: empty, blank, short, exactly at the limit, one byte over
   * it, far over any buffer, with {@code \n} or {@code \r\n}.
   */
  private static String line(int shape, int maxLineBytes, int capacity) {
    String atLimit = "x".repeat(maxLineBytes);
    String overLimit = "y".repeat(maxLineBytes + 1);
    switch (shape) {
      case 0:
        return "\n";
      case 1:
        return " \t\r \n";
      case 2:
        return "\r\n";
      case 3:
        return "ab\n";
      case 4:
        return atLimit + "\n";
      case 5:
        return atLimit + "\r\n";
      case 6:
        return overLimit + "\n";
      case 7:
        return overLimit + "\r\n";
      case 8:
        return "z".repeat(2 * capacity + 3) + "\n";
      case 9:
        return " ".repeat(2 * capacity + 3) + "\r\n";
      case 10:
        return "a\rb\n";
      case 11:
        return "\r\r\n";
      default:
        return "\t".repeat(maxLineBytes + 1) + "\n";
    }
  }

  /** The lines as a plain split gives them: number, blank or not, text or too long. */
  private static List<String> reference(String text, int maxLineBytes) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    String[] parts = text.split("\n", -1);
    int count = text.endsWith("\n") ? parts.length - 1 : parts.length;
    for (int i = 0; i < count; i++) {
      String line =
          parts[i].endsWith("\r") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      boolean blank = parts[i].chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r');
      lines.add(shown(i + 1, blank, line.length() > maxLineBytes ? null : line));
    }
    return lines;
  }

  private static String shown(long number, boolean blank, @Nullable String text) {
    return number + (blank ? " blank " : " ") + (text == null ? "TOO LONG" : text);
  }

  /**
   * Reads the blocks, holding up to {@code held} of them before going over the oldest and giving it
   * back, so that a block's bytes must survive the reads that follow it.
   */
  private static List<String> blocks(LineBlocks blocks, int held) throws IOException {
    List<String> lines = new ArrayList<>();
    ArrayDeque<Block> out = new ArrayDeque<>();
    long before = 0;
    Block block;
    while ((block = blocks.next()) != null) {
      out.add(block);
      if (out.size() > held) {
        before = drain(blocks, out.remove(), before, lines);
      }
    }
    while (!out.isEmpty()) {
      before = drain(blocks, out.remove(), before, lines);
    }
    return lines;
  }

  private static long drain(LineBlocks blocks, Block block, long before, List<String> lines) {
    // Every other block is counted before a cursor goes over it, so both ways are compared.
    long counted = before % 2 == 0 ? block.lineCount() : -1;
    Block.Lines cursor = block.lines();
    long last = 0;
    while (cursor.next()) {
      assertThat(cursor.number()).isEqualTo(last + 1);
      last = cursor.number();
      String text =
          cursor.isTooLong()
              ? null
              : new String(
                  cursor.bytes(), cursor.offset(), cursor.length(), StandardCharsets.ISO_8859_1);
      lines.add(shown(before + cursor.number(), cursor.isBlank(), text));
    }
    assertThat(block.lineCount()).isEqualTo(last).isPositive();
    if (counted >= 0) {
      assertThat(counted).isEqualTo(last);
    }
    blocks.recycle(block);
    return before + last;
  }

  @Test
  void next_anyStream_sameLinesAsPlainSplit() {
    qt().withExamples(3_000)
        .forAll(
            lists().of(integers().between(0, SHAPES - 1)).ofSizeBetween(0, 25),
            integers().between(0, 6),
            integers().between(1, 12),
            longs().all())
        .checkAssert(
            (shapes, maxLineBytes, blockBytes, seed) -> {
              Random random = new Random(seed);
              int capacity = Math.max(blockBytes, maxLineBytes + 2);
              StringBuilder text = new StringBuilder();
              shapes.forEach(shape -> text.append(line(shape, maxLineBytes, capacity)));
              if (random.nextBoolean() && text.length() > 0) {
                text.setLength(text.length() - 1);
              }
              byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
              LineBlocks blocks =
                  new LineBlocks(
                      new ShortReads(bytes, random.nextLong(), 1 + random.nextInt(2 * capacity)),
                      maxLineBytes,
                      blockBytes);
              try {
                assertThat(blocks(blocks, random.nextInt(4)))
                    .isEqualTo(reference(text.toString(), maxLineBytes));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
