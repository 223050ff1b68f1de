package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  /** Gives one byte per read, so every line crosses chunk boundaries. */
  private static InputStream trickle(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, 1));
      }
    };
  }

  private static List<String> lines(LineSplitter splitter) throws IOException {
    List<String> lines = new ArrayList<>();
    while (splitter.next()) {
      String text =
          splitter.isTooLong()
              ? "TOO LONG"
              : new String(
                  Arrays.copyOf(splitter.bytes(), splitter.length()), StandardCharsets.UTF_8);
      lines.add(splitter.number() + (splitter.isBlank() ? " blank " : " ") + text);
    }
    return lines;
  }

  @Test
  void next_splitsOnNewlineAndDropsCarriageReturn() throws IOException {
    LineSplitter splitter = new LineSplitter(trickle("ab\r\n\r\n  \ncdef\nx\ry\n"), 4);

    assertThat(lines(splitter))
        .containsExactly("1 ab", "2 blank ", "3 blank   ", "4 cdef", "5 x\ry");
  }

  @Test
  void next_longLineSkippedToItsEnd() throws IOException {
    LineSplitter splitter = new LineSplitter(trickle("abcd\r\nabcde\nab\r\r\nlast"), 4);

    assertThat(lines(splitter)).containsExactly("1 abcd", "2 TOO LONG", "3 ab\r", "4 last");
  }

  @Test
  void next_finalNewlineStartsNoLine() throws IOException {
    assertThat(lines(new LineSplitter(trickle("a\n"), 4))).containsExactly("1 a");
    assertThat(lines(new LineSplitter(trickle(""), 4))).isEmpty();
    assertThat(lines(new LineSplitter(trickle("\n"), 4))).containsExactly("1 blank ");
  }
}
