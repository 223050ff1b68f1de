package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiseOptionTest {
  /** 32 bytes; the pseudonym below is from {@code openssl dgst -sha256 -hmac} under it. */
  private static final String KEY = "0123456789abcdef0123456789abcdef";

  /** HMAC-SHA-256 of the sample's repeated respondent, 8d1e31d9 (line 679), under {@link #KEY}. */
  private static final String PSEUDONYM_8D1E31D9 =
      "e73ff61a1b565f98e28e90f200c8d2a735f821099d0ffa077867c7adf6b81a76";

  private static final Pattern RESPONDENT = Pattern.compile("\"respondent\": *\"([^\"]*)\"");

  @TempDir Path tmp;

  @Test
  void score_withAKey_writesNoRawTokenAndTheSameResults() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path key = Files.writeString(tmp.resolve("key"), KEY);
    Path plain = tmp.resolve("plain");
    Path out = tmp.resolve("out");
    assertThat(CliRun.run("score", edition.toString(), "--out", plain.toString()).exitCode())
        .isEqualTo(Indiko.OK);

    CliRun run = scoreWithKey(edition, out, key);

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    Set<String> tokens = tokens(edition.resolve("responses.jsonl"));
    assertThat(tokens).hasSize(1689).contains("8d1e31d9");
    assertThat(tokensIn(out, tokens)).isEmpty();
    assertThat(run.out() + run.err()).doesNotContain(KEY).doesNotContain("8d1e31d9");
    // Messages show at most 59 characters of a value, then an ellipsis.
    assertThat(CliRun.read(out.resolve("rejects.jsonl")))
        .contains(
            "\"line\": 679, \"id\": \"r-x00020\", \"reason\": \"duplicate_respondent\","
                + " \"message\": \"respondent \\\""
                + PSEUDONYM_8D1E31D9.substring(0, 59)
                + "… already answered for mairie-ezanville\"}");
    assertThat(CliRun.read(out.resolve("results.json")))
        .isEqualTo(CliRun.read(plain.resolve("results.json")));
  }

  @Test
  void validate_withAKey_writesNoRawTokenInTheRejects() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path key = Files.writeString(tmp.resolve("key"), KEY);
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun run =
        CliRun.run(
            "validate",
            edition.toString(),
            "--rejects",
            rejects.toString(),
            "--pseudonymise-key",
            key.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(run.out()).containsPattern("responses.jsonl +2000 +1940 +60");
    String written = CliRun.read(rejects);
    assertThat(written)
        .contains("respondent \\\"" + PSEUDONYM_8D1E31D9.substring(0, 59))
        .doesNotContain("8d1e31d9");
    assertThat(written.lines()).hasSize(78);
  }

  @Test
  void score_shortKey_isBadUsage() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path key = Files.writeString(tmp.resolve("key"), KEY.substring(1));
    Path out = tmp.resolve("out");

    CliRun run = scoreWithKey(edition, out, key);

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .startsWith(
            "indiko: --pseudonymise-key: the key file "
                + key
                + " holds 31 bytes; at least 32 are needed\n")
        .doesNotContain(KEY.substring(1));
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_missingKeyFile_isAnInputError() {
    Path edition = CliRun.sample(tmp);
    Path key = tmp.resolve("no-such-key");

    CliRun run = CliRun.run("validate", edition.toString(), "--pseudonymise-key", key.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo("indiko: missing file " + key + "\n");
  }

  private static CliRun scoreWithKey(Path edition, Path out, Path key) {
    return CliRun.run(
        "score", edition.toString(), "--out", out.toString(), "--pseudonymise-key", key.toString());
  }

  /** The distinct respondent tokens of a responses file, found with a pattern of their own. */
  private static Set<String> tokens(Path responses) throws IOException {
    Set<String> tokens = new HashSet<>();
    Matcher matcher = RESPONDENT.matcher(Files.readString(responses, StandardCharsets.ISO_8859_1));
    while (matcher.find()) {
      tokens.add(matcher.group(1));
    }
    return tokens;
  }

  /**
   * @return the tokens found in any file under the folder, as substrings of the lengths tokens have
   */
  private static Set<String> tokensIn(Path folder, Set<String> tokens) throws IOException {
    Set<Integer> lengths = new HashSet<>();
    tokens.forEach(token -> lengths.add(token.length()));
    Set<String> found = new HashSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      for (int length : lengths) {
        for (int i = 0; i + length <= text.length(); i++) {
          String window = text.substring(i, i + length);
          if (tokens.contains(window)) {
            found.add(window);
          }
        }
      }
    }
    return found;
  }
}
