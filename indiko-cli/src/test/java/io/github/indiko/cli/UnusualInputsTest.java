package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are files of an unusual kind or shape (formats.md, Common rules; cli.md, Settled
 * readings): a byte order mark at the start of a file is skipped; a FIFO, a device or a folder in
 * place of a file ends with exit 4 before anything is read; a key file is bounded; a last line over
 * the limit of a line is refused as too long with or without its line end, never taken for a file
 * cut short.
 */
class UnusualInputsTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String KEY = "0123456789abcdef0123456789abcdef";
  private static final String NOT_REGULAR =
      " is not a regular file (%s): Indiko reads only regular files";

  @TempDir Path tmp;

  private static void mkfifo(Path file) throws IOException, InterruptedException {
    Files.deleteIfExists(file);
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assumeThat(mkfifo.waitFor()).as("mkfifo makes a FIFO on this system").isZero();
  }

  private static Path devZero() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists on this system").isTrue();
    return zero;
  }

  /** Runs a command that must end on its own, a FIFO notwithstanding. */
  private static CliRun ending(String... args) {
    Supplier<CliRun> run = () -> CliRun.run(args);
    return assertTimeoutPreemptively(Duration.ofSeconds(60), run::get);
  }

  private static void prependBom(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(BOM);
      out.write(bytes);
    }
  }

  /** The text of a file, every byte a character: some sample lines are not UTF-8 on purpose. */
  private static String latin1(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }

  private static String notRegular(Path file, String kind) {
    return "indiko: " + file + String.format(NOT_REGULAR, kind) + "\n";
  }

  @Test
  void score_responsesAreAFifo_exit4BeforeReadingOrWriting() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    mkfifo(responses);
    Path out = tmp.resolve("out");

    CliRun run = ending("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(responses, "a FIFO"));
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_auditsAreAFifo_exit4() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path audits = edition.resolve("audits.jsonl");
    mkfifo(audits);

    CliRun run = ending("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(audits, "a FIFO"));
  }

  @Test
  void validate_editionIsAFifo_exit4() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path definitions = edition.resolve("edition.json");
    mkfifo(definitions);

    CliRun run = ending("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(definitions, "a FIFO"));
  }

  @Test
  void score_responsesLinkedToDevZero_exit4() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    Files.delete(responses);
    Files.createSymbolicLink(responses, devZero());
    Path out = tmp.resolve("out");

    CliRun run = ending("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(responses, "a character device"));
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_keyFileIsDevZero_exit4NamingIt() {
    Path edition = CliRun.sample(tmp);
    Path zero = devZero();

    CliRun run = ending("validate", edition.toString(), "--pseudonymise-key", zero.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(zero, "a character device"));
  }

  @Test
  void score_keyFileIsAFifo_exit4NamingIt() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path key = tmp.resolve("key");
    mkfifo(key);
    Path out = tmp.resolve("out");

    CliRun run =
        ending(
            "score", edition.toString(), "--out", out.toString(), "--pseudonymise-key",
            key.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).isEqualTo(notRegular(key, "a FIFO"));
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_keyOf1024Bytes_isAKey_1025AreBadUsage() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path key = Files.writeString(tmp.resolve("key"), KEY.repeat(32));

    CliRun longest = ending("validate", edition.toString(), "--pseudonymise-key", key.toString());
    Files.writeString(key, KEY.repeat(32) + "x");
    CliRun tooLong = ending("validate", edition.toString(), "--pseudonymise-key", key.toString());

    assertThat(longest.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(tooLong.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(tooLong.err())
        .startsWith(
            "indiko: --pseudonymise-key: the key file "
                + key
                + " holds more than 1024 bytes (1 KiB), the most a key may have\n")
        .doesNotContain(KEY);
  }

  @Test
  void validate_byteOrderMarkAtTheStartOfEveryFile_changesNothing() throws IOException {
    Path plain = CliRun.sample(tmp.resolve("plain"));
    Path marked = CliRun.sample(tmp.resolve("marked"));
    for (String name :
        List.of(
            "edition.json",
            "structures.json",
            "enrolments.json",
            "questionnaire.json",
            "grid.json",
            "responses.jsonl",
            "audits.jsonl")) {
      prependBom(marked.resolve(name));
    }
    Path plainRejects = tmp.resolve("plain.jsonl");
    Path markedRejects = tmp.resolve("marked.jsonl");

    CliRun expected =
        ending("validate", plain.toString(), "--rejects", plainRejects.toString());
    CliRun run = ending("validate", marked.toString(), "--rejects", markedRejects.toString());

    assertThat(run.exitCode()).isEqualTo(expected.exitCode()).isEqualTo(Indiko.REJECTED);
    assertThat(run.out().replace(markedRejects.toString(), "REJECTS"))
        .isEqualTo(expected.out().replace(plainRejects.toString(), "REJECTS"));
    assertThat(CliRun.read(markedRejects)).isEqualTo(CliRun.read(plainRejects)).isNotEmpty();
  }

  @Test
  void validateAndScore_oneLineAfterAByteOrderMarkWithoutLineEnd_isNotCutShort()
      throws IOException {
    Path edition = CliRun.sample(tmp);
    for (String name : List.of("responses.jsonl", "audits.jsonl")) {
      Path file = edition.resolve(name);
      String first = latin1(file).lines().findFirst().orElseThrow();
      Files.write(file, BOM);
      Files.writeString(file, first, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
    }

    CliRun validate = ending("validate", edition.toString());
    CliRun score = ending("score", edition.toString(), "--out", tmp.resolve("out").toString());

    assertThat(validate.exitCode()).isEqualTo(Indiko.OK);
    assertThat(validate.out()).containsPattern("responses.jsonl +1 +1 +0");
    assertThat(validate.out()).containsPattern("audits.jsonl +1 +1 +0");
    assertThat(score.exitCode()).isEqualTo(Indiko.OK);
  }

  @Test
  void validate_byteOrderMarkBeforeALastLineThatIsNotTheFirst_isNotSkipped() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    String text = latin1(responses);
    String first = text.lines().findFirst().orElseThrow();
    Files.writeString(responses, text, StandardCharsets.ISO_8859_1);
    Files.write(responses, BOM, StandardOpenOption.APPEND);
    Files.writeString(
        responses,
        first.replace("\"id\":\"r-", "\"id\":\"x-"),
        StandardCharsets.ISO_8859_1,
        StandardOpenOption.APPEND);
    long lines = text.lines().count() + 1;

    CliRun run = ending("validate", edition.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(run.err()).contains(responses + " ends inside line " + lines + ",");
  }

  @Test
  void validateAndScore_lastLineOverTheLimit_isTooLongWithOrWithoutLineEnd() throws IOException {
    String huge = "{\"id\": \"r-huge\", \"pad\": \"" + "x".repeat(1_150_000) + "\"}";
    String cut = huge.substring(0, 1_100_000);
    List<String> rejects = null;
    for (String last : List.of(huge + "\n", huge, cut + "\n", cut)) {
      Path edition = CliRun.sample(tmp.resolve("e" + last.length()));
      Path responses = edition.resolve("responses.jsonl");
      String text = latin1(responses);
      long line = text.chars().filter(c -> c == '\n').count() + 1;
      Files.writeString(responses, text + last, StandardCharsets.ISO_8859_1);
      Path validated = tmp.resolve("validated-" + last.length() + ".jsonl");
      Path out = tmp.resolve("out-" + last.length());

      CliRun validate = ending("validate", edition.toString(), "--rejects", validated.toString());
      CliRun score = ending("score", edition.toString(), "--out", out.toString());

      assertThat(validate.exitCode()).as(validate.err()).isEqualTo(Indiko.REJECTED);
      assertThat(score.exitCode()).as(score.err()).isEqualTo(Indiko.OK);
      List<String> lines = CliRun.read(validated).lines().toList();
      assertThat(CliRun.read(out.resolve("rejects.jsonl")).lines().toList()).isEqualTo(lines);
      assertThat(lines)
          .contains(
              "{\"source\": \"responses.jsonl\", \"line\": "
                  + line
                  + ", \"id\": null, \"reason\": \"malformed\", \"message\":"
                  + " \"line longer than 1 MiB\"}");
      if (rejects != null) {
        assertThat(lines).isEqualTo(rejects);
      }
      rejects = lines;
    }
  }
}
