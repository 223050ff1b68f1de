package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The one-pass lookups of {@link ByteKeys} against scanning the string to its closing quote and
 * then {@link ByteKeys#find}: {@link ByteKeys#findQuoted} (a quoted value) answers the same or
 * leaves the string undecided, and decides every plain string that closes within 16 bytes; {@link
 * ByteKeys#nameAt} (a member name and its colon) finds a key only where it stands, and finds
 * every printable key of at least two bytes, also among keys that begin alike.
 */
class ByteKeysProperties {
  private static final List<String> KEYS =
      List.of(
          "", "a", "phone", "website", "in_person", "mairie-lanvezec", "0123456789abcdef",
          "0123456789abcdefg", "caf\u00e9", "online_service", "x\ty", "abcd", "abcde");
  private static final ByteKeys SET = new ByteKeys(KEYS);

  /** Pieces of strings: keys, their prefixes and near misses, escapes, controls, UTF-8. */
  private static final String[] PIECES = {
    "a", "phone", "website", "in_", "person", "mairie-", "lanvezec", "0123456789", "abcdef", "g",
    "caf\u00e9", "\\\"", "\\u0061", "\t", "\u0000", "\u00e9", "\"", " ", "online_service",
  };

  @Test
  void findQuoted_answersAsScanAndFind() {
    Gen<Integer> padding = SourceDSL.integers().between(0, 20);
    qt().withExamples(20_000)
        .forAll(content(), padding)
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

  @Test
  void nameAt_findsAKeyOnlyWhereItStands() {
    Gen<String> after =
        SourceDSL.integers().between(0, 3).map(i -> new String[] {"\":", "\" :", "\"", ":"}[i]);
    qt().withExamples(20_000)
        .forAll(content(), after, SourceDSL.integers().between(0, 20))
        .checkAssert(
            (text, colon, pad) -> {
              byte[] line = (text + colon + "1".repeat(pad)).getBytes(StandardCharsets.UTF_8);
              int found = SET.nameAt(line, 0, line.length);
              if (found != ByteKeys.UNDECIDED) {
                byte[] name = (KEYS.get(found) + "\":").getBytes(StandardCharsets.UTF_8);
                assertThat(Arrays.copyOf(line, Math.min(line.length, name.length)))
                    .as("%s found in %s", KEYS.get(found), text + colon)
                    .isEqualTo(name);
              }
            });
  }

  @Test
  void nameAt_eachPrintableKeyOfTwoBytesOrMore_evenSharingItsFirstBytes() {
    for (int k = 0; k < KEYS.size(); k++) {
      byte[] line = (KEYS.get(k) + "\":\"" + "x".repeat(16)).getBytes(StandardCharsets.UTF_8);
      String key = KEYS.get(k);
      boolean printable = key.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
      int expected = key.length() < 2 || !printable ? ByteKeys.UNDECIDED : k;
      assertThat(SET.nameAt(line, 0, line.length)).as(key).isEqualTo(expected);
      byte[] spaced = (key + "\" :1" + "x".repeat(16)).getBytes(StandardCharsets.UTF_8);
      assertThat(SET.nameAt(spaced, 0, spaced.length)).as(key).isEqualTo(ByteKeys.UNDECIDED);
    }
  }

  /** Up to four {@link #PIECES} one after the other. */
  private static Gen<String> content() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, PIECES.length - 1).map(i -> PIECES[i]))
        .ofSizeBetween(0, 4)
        .map(pieces -> String.join("", pieces));
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
