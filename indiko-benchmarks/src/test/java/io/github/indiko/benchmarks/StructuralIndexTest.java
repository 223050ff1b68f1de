package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word-at-a-time structural index against a byte-by-byte scan. */
class StructuralIndexTest {
  @TempDir Path folder;

  @Test
  void index_findsTheSeparatorsOutsideStringsAndEveryQuote() {
    String line = "{\"a\":\"x,y:{}[]\",\"b\":[1,2],\"c\":{\"d\":null},\"yes\":true}\n";
    byte[] bytes = Arrays.copyOf(line.getBytes(StandardCharsets.UTF_8), 128);
    Arrays.fill(bytes, line.length(), bytes.length, (byte) ' ');

    assertThat(indexed(bytes)).containsExactly(scanned(bytes)).startsWith(0, 1, 3, 4, 5, 14, 15);
  }

  @Test
  void index_ofGeneratedLines_acrossWords() throws IOException {
    Path edition = Editions.ensure(folder, 200, new PrintStream(new ByteArrayOutputStream()));
    byte[] lines = Files.readAllBytes(edition.resolve(DataValidator.RESPONSES));
    byte[] bytes = Arrays.copyOf(lines, lines.length - lines.length % 64);

    assertThat(bytes.length).isGreaterThan(64 * 1000);
    assertThat(indexed(bytes)).containsExactly(scanned(bytes));
  }

  private static int[] indexed(byte[] bytes) {
    int[] positions = new int[bytes.length];
    int count = StructuralIndex.index(bytes, bytes.length, positions);
    return Arrays.copyOf(positions, count);
  }

  /** Byte by byte: every quote, and the separators and line ends outside strings. */
  private static int[] scanned(byte[] bytes) {
    List<Integer> positions = new ArrayList<>();
    boolean inside = false;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        positions.add(i);
        inside = !inside;
      } else if (!inside && ":,{}[]\n".indexOf(b) >= 0) {
        positions.add(i);
      }
    }
    return positions.stream().mapToInt(Integer::intValue).toArray();
  }
}
