package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link ByteKeys#findQuoted}, the one-pass lookup of a quoted key, against scanning the string
 * to its closing quote and then {@link ByteKeys#find}: it answers the same or leaves the string
 * undecided, and decides every plain ASCII string that closes within 16 bytes.
 */
class ByteKeysProperties {
  private static final List<String> KEYS =
      List.of(
          "", "a", "phone", "website", "in_person", "mairie-lanvezec", "0123456789abcdef",
          "0123456789abcdefg", "caf\u00e9", "online_service", "x\ty");
  private static final ByteKeys SET = new ByteKeys(KEYS);

  /** Pieces of strings: keys, their prefixes and near misses, escapes, controls, UTF-8. */
  private static final String[] PIECES = {
    "a", "phone", "website", "in_", "person", "mairie-", "lanvezec", "0123456789", "abcdef", "g",
    "caf\u00e9", "\\\"", "\\u0061", "\t", "\u0000", "\u00e9", "\"", " ", "online_service",
  };

  @Test
  void findQuoted_answersAsScanAndFind() {
    Gen<String> content =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, PIECES.length - 1).map(i -> PIECES[i]))
            .ofSizeBetween(0, 4)
            .map(pieces -> String.join("", pieces));
    Gen<Integer> padding = SourceDSL.integers().between(0, 20);
    qt().withExamples(20_000)
        .forAll(content, padding)
        .checkAssert(
            (text, pad) -> {
              byte[] line = ("\"" + text + "\"" + ",".repeat(pad)).getBytes(StandardCharsets.UTF_8);
              int found = SET.findQuoted(line, 1, line.length);
              int close = indexOf(line, (byte) '"', 1);
              boolean plain = plain(line, 1, close);
              if (found == ByteKeys.UNDECIDED) {
                assertThat(plain && close <= 16 && 17 <= line.length)
                    .as("undecided although plain and short: %s", text)
                    .isFalse();
              } else {
                assertThat(plain).as("decided a string that is not plain: %s", text).isTrue();
                assertThat(found).isEqualTo(Math.max(-1, SET.find(line, 1, close)));
              }
            });
  }

  @Test
  void findQuoted_eachKeyWhereItCanRead() {
    for (int k = 0; k < KEYS.size(); k++) {
      byte[] key = KEYS.get(k).getBytes(StandardCharsets.UTF_8);
      byte[] line = new byte[key.length + 2 + 16];
      line[0] = '"';
      System.arraycopy(key, 0, line, 1, key.length);
      line[key.length + 1] = '"';
      int expected = plain(line, 1, key.length + 1) && key.length < 16 ? k : ByteKeys.UNDECIDED;
      assertThat(SET.findQuoted(line, 1, line.length)).as(KEYS.get(k)).isEqualTo(expected);
      assertThat(SET.findQuoted(line, 1, 16)).as("too near the end").isEqualTo(ByteKeys.UNDECIDED);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }

  /** No backslash, control or non-ASCII byte in {@code bytes[from..to)}. */
  private static boolean plain(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\\' || bytes[i] < 0x20) {
        return false;
      }
    }
    return true;
  }
}
