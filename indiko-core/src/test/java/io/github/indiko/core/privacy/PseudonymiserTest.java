package io.github.indiko.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
  /** 32 ASCII bytes; the expected pseudonyms below are from {@code openssl dgst -sha256 -hmac}. */
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private static final String PSEUDONYM_9F2C51D0 =
      "64ff74785544170a0820039746779e7f82d2e6e11f0f36c0fe8d7c1d3ce2aa2a";

  @Test
  void pseudonym_rfc4231TestCase6() {
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);

    String pseudonym =
        Pseudonymiser.of(key).pseudonym("Test Using Larger Than Block-Size Key - Hash Key First");

    assertThat(pseudonym)
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  void pseudonym_rfc4231TestCase7() {
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);

    String pseudonym =
        Pseudonymiser.of(key)
            .pseudonym(
                "This is a test using a larger than block-size key and a larger than block-size"
                    + " data. The key needs to be hashed before being used by the HMAC algorithm.");

    assertThat(pseudonym)
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  @Test
  void pseudonym_opensslVectors() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(KEY);

    assertThat(pseudonymiser.pseudonym("9f2c51d0")).isEqualTo(PSEUDONYM_9F2C51D0);
    // UTF-8 bytes of the token: printf 'répondant-é' | openssl dgst -sha256 -hmac …
    assertThat(pseudonymiser.pseudonym("répondant-é"))
        .isEqualTo("4bfe7fe3656e062fd5947743bb0804baab914f89f0d146fe8abdc2836f6b9093");
  }

  @Test
  void pseudonym_isAnIdentifier() {
    assertThat(Pseudonymiser.of(KEY).pseudonym(""))
        .matches("[a-z0-9][a-z0-9._-]{0,63}")
        .hasSize(64);
  }

  @Test
  void of_copiesTheKey() {
    byte[] key = KEY.clone();
    Pseudonymiser pseudonymiser = Pseudonymiser.of(key);

    Arrays.fill(key, (byte) 0);

    assertThat(pseudonymiser.pseudonym("9f2c51d0")).isEqualTo(PSEUDONYM_9F2C51D0);
  }

  @Test
  void of_shortKey_isRefused() {
    assertThatThrownBy(() -> Pseudonymiser.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the key must hold at least 32 bytes, not 31");
  }

  @Test
  void toString_showsNoPartOfTheKey() {
    String text = Pseudonymiser.of(KEY).toString();

    assertThat(text).doesNotContain("0123").doesNotContain(HexFormat.of().formatHex(KEY, 0, 4));
    assertThat(text).isEqualTo("Pseudonymiser[HMAC-SHA-256, key hidden]");
  }

  @Test
  void responses_replaceTopLevelRespondentsOnly_stringsByPseudonymsOthersByAnEmptyList()
      throws IOException {
    String lines =
        "{\"id\": \"r-1\", \"respondent\": \"9f2c51d0\", \"segment\": {\"respondent\":"
            + " \"9f2c51d0\"}}\n"
            + "\n"
            + "{\"id\": \"r-2\", \"respondent\": null}\r\n"
            + "{\"id\": \"r-3\", \"respondent\": \"9f2c\\u00351d0\", \"respondent\":"
            + " \"9f2c51d0\"}\n"
            + "{\"id\": \"r-4\", \"respondent\": \"9f2c51d0\", \"answers\": {oops\n"
            + "[\"respondent\", \"9f2c51d0\"]\n"
            + "{\"id\": \"r-6\", \"respondent\": 12345678, \"x\": 1}\n"
            + "{\"id\": \"r-7\", \"respondent\": [\"9f2c51d0\", {\"a\": 1}], \"x\": 1}\n"
            + "{\"id\": \"r-5\", \"respondent\": \"9f2c51d0\"}";

    String read = read(Pseudonymiser.of(KEY).responses(stream(lines)));

    String p = "\"" + PSEUDONYM_9F2C51D0 + "\"";
    assertThat(read)
        .isEqualTo(
            "{\"id\": \"r-1\", \"respondent\": "
                + p
                + ", \"segment\": {\"respondent\": \"9f2c51d0\"}}\n"
                + "\n"
                + "{\"id\": \"r-2\", \"respondent\": null}\r\n"
                + "{\"id\": \"r-3\", \"respondent\": "
                + p
                + ", \"respondent\": "
                + p
                + "}\n"
                + "{\"id\": \"r-4\", \"respondent\": "
                + p
                + ", \"answers\": {oops\n"
                + "[\"respondent\", \"9f2c51d0\"]\n"
                + "{\"id\": \"r-6\", \"respondent\": [], \"x\": 1}\n"
                + "{\"id\": \"r-7\", \"respondent\": [], \"x\": 1}\n"
                + "{\"id\": \"r-5\", \"respondent\": "
                + p
                + "}");
  }

  @Test
  void responses_multiByteTextBeforeTheRespondent_keepsItsBytes() throws IOException {
    String line = "{\"comment\": \"Très bon accueil ✓\", \"respondent\": \"9f2c51d0\"}\n";

    String read = read(Pseudonymiser.of(KEY).responses(stream(line)));

    assertThat(read)
        .isEqualTo(
            "{\"comment\": \"Très bon accueil ✓\", \"respondent\": \""
                + PSEUDONYM_9F2C51D0
                + "\"}\n");
  }

  @Test
  void responses_lineBeyondTheLimit_passesUnchanged() throws IOException {
    String padding = "x".repeat((1 << 20) + 10);
    String lines =
        "{\"respondent\": \"9f2c51d0\", \"pad\": \""
            + padding
            + "\"}\n"
            + "{\"respondent\": \"9f2c51d0\"}\n";

    String read = read(Pseudonymiser.of(KEY).responses(stream(lines)));

    // Compared by length and ends: a failure must not print two megabytes.
    String expected =
        "{\"respondent\": \"9f2c51d0\", \"pad\": \""
            + padding
            + "\"}\n"
            + "{\"respondent\": \""
            + PSEUDONYM_9F2C51D0
            + "\"}\n";
    assertThat(read.length()).isEqualTo(expected.length());
    assertThat(read.substring(0, 40)).isEqualTo(expected.substring(0, 40));
    assertThat(read.substring(read.length() - 100))
        .isEqualTo(expected.substring(expected.length() - 100));
    assertThat(read.equals(expected)).isTrue();
  }

  @Test
  void responses_readByteByByte_givesTheSameBytes() throws IOException {
    String lines = "{\"respondent\": \"a\"}\n{\"respondent\": \"b\"}";
    Pseudonymiser pseudonymiser = Pseudonymiser.of(KEY);
    StringBuilder oneByOne = new StringBuilder();

    try (InputStream in = pseudonymiser.responses(stream(lines))) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        oneByOne.append((char) b);
      }
    }

    assertThat(oneByOne.toString())
        .isEqualTo(
            "{\"respondent\": \""
                + pseudonymiser.pseudonym("a")
                + "\"}\n"
                + "{\"respondent\": \""
                + pseudonymiser.pseudonym("b")
                + "\"}");
  }

  @Test
  void responses_byteOrderMarkAtTheStart_isKept_andTheFirstLinePseudonymised() throws IOException {
    String lines = "\uFEFF{\"respondent\": \"9f2c51d0\"}\n\uFEFF{\"respondent\": \"9f2c51d0\"}\n";

    String read = read(Pseudonymiser.of(KEY).responses(stream(lines)));

    assertThat(read)
        .startsWith("\uFEFF{\"respondent\": \"" + PSEUDONYM_9F2C51D0 + "\"}\n\uFEFF{")
        .doesNotContain("9f2c51d0");
  }

  @Test
  void responses_onlyPartOfAByteOrderMark_givesTheSameBytes() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB};

    try (InputStream in = Pseudonymiser.of(KEY).responses(new ByteArrayInputStream(bytes))) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
