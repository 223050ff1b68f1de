package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBlocksTest {
  /** Gives at most one byte per read, so every line crosses read boundaries. */
  private static InputStream trickle(String text) {
    return new ShortReads(text.getBytes(StandardCharsets.UTF_8), 0, 1);
  }

  private static List<String> lines(LineBlocks blocks) throws IOException {
    List<String> lines = new ArrayList<>();
    long before = 0;
    Block block;
    while ((block = blocks.next()) != null) {
      Block.Lines cursor = block.lines();
      while (cursor.next()) {
        String text =
            cursor.isTooLong()
                ? "TOO LONG"
                : new String(
                    cursor.bytes(), cursor.offset(), cursor.length(), StandardCharsets.UTF_8);
        lines.add(before + cursor.number() + (cursor.isBlank() ? " blank " : " ") + text);
      }
      before += block.lineCount();
      blocks.recycle(block);
    }
    return lines;
  }

  @Test
  void next_splitsOnNewlineAndDropsCarriageReturn() throws IOException {
    for (int blockBytes : new int[] {1, 3, 1_000}) {
      LineBlocks blocks = new LineBlocks(trickle("ab\r\n\r\n  \ncdef\nx\ry\n"), 4, blockBytes);

      assertThat(lines(blocks))
          .as("blocks of %d bytes", blockBytes)
          .containsExactly("1 ab", "2 blank ", "3 blank   ", "4 cdef", "5 x\ry");
    }
  }

  @Test
  void next_byteOrderMarkAtTheStart_isSkipped_elsewhereKept() throws IOException {
    for (int blockBytes : new int[] {1, 3, 1_000}) {
      assertThat(lines(new LineBlocks(trickle("\uFEFFab\n\uFEFFcd\nef\uFEFF"), 5, blockBytes)))
          .as("blocks of %d bytes", blockBytes)
          .containsExactly("1 ab", "2 \uFEFFcd", "3 ef\uFEFF");
      assertThat(lines(new LineBlocks(trickle("\uFEFF\uFEFF\n"), 4, blockBytes)))
          .containsExactly("1 \uFEFF");
      assertThat(lines(new LineBlocks(trickle("\uFEFF"), 4, blockBytes))).isEmpty();
      assertThat(lines(new LineBlocks(trickle("\uFEFF\n\n"), 4, blockBytes)))
          .containsExactly("1 blank ", "2 blank ");
    }
  }

  @Test
  void next_lineAfterAByteOrderMark_isMeasuredWithoutIt() throws IOException {
    for (int blockBytes : new int[] {1, 3, 1_000}) {
      LineBlocks blocks = new LineBlocks(trickle("\uFEFFabcd\nabcde\n\uFEFFab"), 4, blockBytes);

      assertThat(lines(blocks))
          .as("blocks of %d bytes", blockBytes)
          .containsExactly("1 abcd", "2 TOO LONG", "3 TOO LONG");
    }
  }

  @Test
  void next_firstBytesLikeAByteOrderMarkButNotOne_areKept() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, 'x', '\n'};

    LineBlocks blocks = new LineBlocks(new ShortReads(bytes, 0, 1), 4, 1);

    Block block = blocks.next();
    assertThat(block).isNotNull();
    Block.Lines line = block.lines();
    assertThat(line.next()).isTrue();
    assertThat(Arrays.copyOfRange(line.bytes(), line.offset(), line.offset() + line.length()))
        .containsExactly((byte) 0xEF, (byte) 0xBB, 'x');
  }

  @Test
  void next_longLineSkippedToItsEnd() throws IOException {
    for (int blockBytes : new int[] {1, 3, 1_000}) {
      LineBlocks blocks = new LineBlocks(trickle("abcd\r\nabcde\nab\r\r\nlast"), 4, blockBytes);

      assertThat(lines(blocks))
          .as("blocks of %d bytes", blockBytes)
          .containsExactly("1 abcd", "2 TOO LONG", "3 ab\r", "4 last");
    }
  }

  @Test
  void next_finalNewlineStartsNoLine() throws IOException {
    assertThat(lines(new LineBlocks(trickle("a\n"), 4, 8))).containsExactly("1 a");
    assertThat(lines(new LineBlocks(trickle(""), 4, 8))).isEmpty();
    assertThat(lines(new LineBlocks(trickle("\n"), 4, 8))).containsExactly("1 blank ");
    assertThat(lines(new LineBlocks(trickle("a\r"), 4, 8))).containsExactly("1 a");
  }

  @Test
  void next_blocksOfAboutBlockBytes() throws IOException {
    // Ten lines of 4 bytes with their \n; blocks of 8 bytes hold two each.
    LineBlocks blocks =
        new LineBlocks(new ByteArrayInputStream("abc\n".repeat(10).getBytes()), 3, 8);
    List<Long> counts = new ArrayList<>();
    Block block;
    while ((block = blocks.next()) != null) {
      counts.add(block.lineCount());
      blocks.recycle(block);
    }

    assertThat(counts).containsExactly(2L, 2L, 2L, 2L, 2L);
  }

  /** A stream of {@code size} bytes {@code z}, made as they are read. */
  private static InputStream zs(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'z' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int count = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + count, (byte) 'z');
        left -= count;
        return count;
      }
    };
  }

  @Test
  void next_hugeLine_oneBlockInABoundedBuffer() throws IOException {
    InputStream in =
        new SequenceInputStream(zs(50L << 20), new ByteArrayInputStream("\nnext".getBytes()));
    LineBlocks blocks = new LineBlocks(in, 4, 16);

    Block first = blocks.next();
    assertThat(first).isNotNull();
    assertThat(first.bytes()).hasSize(16);
    assertThat(first.lineCount()).isEqualTo(1);
    Block.Lines cursor = first.lines();
    assertThat(cursor.next()).isTrue();
    assertThat(cursor.isTooLong()).isTrue();
    assertThat(cursor.isBlank()).isFalse();
    assertThat(cursor.length()).isZero();
    assertThat(cursor.next()).isFalse();
    blocks.recycle(first);
    assertThat(lines(blocks)).containsExactly("1 next");
  }

  @Test
  void recycle_bufferReusedByTheNextBlock() throws IOException {
    LineBlocks blocks = new LineBlocks(new ByteArrayInputStream("ab\ncd\nef".getBytes()), 2, 3);
    Block first = blocks.next();
    Block second = blocks.next();
    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    assertThat(second.bytes()).isNotSameAs(first.bytes());

    blocks.recycle(first);
    Block third = blocks.next();

    assertThat(third).isNotNull();
    assertThat(third.bytes()).isSameAs(first.bytes());
    Block.Lines cursor = third.lines();
    assertThat(cursor.next()).isTrue();
    assertThat(new String(cursor.bytes(), cursor.offset(), cursor.length(), StandardCharsets.UTF_8))
        .isEqualTo("ef");
  }

  @Test
  void recycle_twiceOrByAnother_refused() throws IOException {
    LineBlocks blocks = new LineBlocks(new ByteArrayInputStream("a\n".getBytes()), 2, 3);
    LineBlocks other = new LineBlocks(new ByteArrayInputStream("a\n".getBytes()), 2, 3);
    Block block = blocks.next();
    assertThat(block).isNotNull();

    assertThatThrownBy(() -> other.recycle(block)).isInstanceOf(IllegalArgumentException.class);
    blocks.recycle(block);
    assertThatThrownBy(() -> blocks.recycle(block)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void new_sizesOutOfRange_refused() {
    InputStream in = new ByteArrayInputStream(new byte[0]);

    assertThatThrownBy(() -> new LineBlocks(in, -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new LineBlocks(in, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4, 0");
    assertThatThrownBy(() -> new LineBlocks(in, Integer.MAX_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
