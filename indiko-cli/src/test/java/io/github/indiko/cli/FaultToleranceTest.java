package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.indiko.samples.SampleEdition;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault tolerance (cli.md, What `score` writes): an interrupted write, a truncated input, an
 * unreadable file and a full disk each end with exit 4, a message naming the file and no stack
 * trace, and leave no partial {@code results.json}, the previous one as it was, and no temporary
 * file.
 */
class FaultToleranceTest {
  @TempDir Path tmp;

  @Test
  void score_interruptedWhileWritingResults_leavesThePreviousResultsAsTheyWere()
      throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");
    Previous previous = Previous.run(edition, out);
    // The write stops once 20 000 bytes of results.json (of about 133 000) went to the disk, as
    // an interruptible stream stops when its thread is interrupted.
    Io.Disk interrupting =
        (file, stream) ->
            file.getFileName().toString().equals("results.json")
                ? new Failing(stream, new AtomicLong(), 20_000, InterruptedIOException::new)
                : stream;

    CliRun run = CliRun.run(interrupting, "score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run)).isEqualTo(previous.cannotWriteResults("interrupted"));
    previous.assertLeftAsItWas();
  }

  @Test
  void score_truncatedInput_failsBeforeWritingAnything() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    String text = bytes(responses);
    long lineEnds = text.chars().filter(c -> c == '\n').count();
    // Cut inside the last line's "answers" object: no line end, and half a JSON value.
    int lastLine = text.lastIndexOf('\n', text.length() - 2) + 1;
    int cut = text.indexOf("\"answers\"", lastLine) + 20;
    write(responses, text.substring(0, cut));
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run))
        .isEqualTo(
            "indiko: "
                + responses
                + " ends inside line "
                + lineEnds
                + ", which has no line end and is not a whole JSON object: the file was cut short"
                + " (an interrupted copy or a full disk?)\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void validate_truncatedInput_isNotAReject() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path audits = edition.resolve("audits.jsonl");
    String text = bytes(audits);
    String cut = text.substring(0, text.length() - 30);
    long line = cut.chars().filter(c -> c == '\n').count() + 1;
    write(audits, cut);
    Path rejects = tmp.resolve("rejects.jsonl");

    CliRun run = CliRun.run("validate", edition.toString(), "--rejects", rejects.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run))
        .startsWith("indiko: " + audits + " ends inside line " + line + ", which has no line end")
        .doesNotContain("\tat ");
    assertThat(rejects).doesNotExist();
    assertThat(temporaryFiles(tmp)).isEmpty();
  }

  @Test
  void score_lastLineWithoutLineEnd_isRead() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    String text = bytes(responses);
    write(responses, text.substring(0, text.length() - 1));
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    assertThat(CliRun.json(CliRun.read(out.resolve("results.json"))).get("counts"))
        .isEqualTo(CliRun.json(CliRun.expected(SampleEdition.EXPECTED_RESULTS)).get("counts"));
  }

  @Test
  void score_lineCutShortThenEnded_isAnOrdinaryReject() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    String text = bytes(responses);
    int lastLine = text.lastIndexOf('\n', text.length() - 2) + 1;
    write(responses, text.substring(0, lastLine + 40) + "\n");
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.OK);
    List<String> rejects = Files.readAllLines(out.resolve("rejects.jsonl"));
    long lines = text.chars().filter(c -> c == '\n').count();
    assertThat(rejects)
        .anySatisfy(
            reject ->
                assertThat(reject)
                    .startsWith(
                        "{\"source\": \"responses.jsonl\", \"line\": "
                            + lines
                            + ", \"id\": null, \"reason\": \"malformed\""));
  }

  @Test
  void score_responsesFileIsAFolder_failsNamingIt() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    Files.delete(responses);
    Files.createDirectory(responses);
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run))
        .isEqualTo(
            "indiko: "
                + responses
                + " is not a regular file (a folder): Indiko reads only regular files\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void score_unreadableResponses_failsNamingThem() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path responses = edition.resolve("responses.jsonl");
    Files.setPosixFilePermissions(responses, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(responses))
        .as("permissions are not enforced for this user (root): see the folder case")
        .isFalse();
    Path out = tmp.resolve("out");

    CliRun run = CliRun.run("score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run))
        .isEqualTo(
            "indiko: cannot read " + responses + ": permission denied\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void score_fullDisk_leavesThePreviousResultsAsTheyWere() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");
    Previous previous = Previous.run(edition, out);
    // Room for this run's rejects and half its results.json, measured on a run elsewhere.
    Path scratch = tmp.resolve("scratch");
    assertThat(CliRun.run("score", edition.toString(), "--out", scratch.toString()).exitCode())
        .isEqualTo(Indiko.OK);
    long room =
        Files.size(scratch.resolve("rejects.jsonl"))
            + Files.size(scratch.resolve("results.json")) / 2;
    AtomicLong written = new AtomicLong();
    Io.Disk full = (file, stream) -> new Failing(stream, written, room, FaultToleranceTest::full);

    CliRun run = CliRun.run(full, "score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    assertThat(errors(run)).isEqualTo(previous.cannotWriteResults("No space left on device"));
    previous.assertLeftAsItWas();
  }

  @Test
  void score_fullDiskFromTheStart_writesNothing() throws IOException {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");
    Io.Disk full =
        (file, stream) -> new Failing(stream, new AtomicLong(), 0, FaultToleranceTest::full);

    CliRun run = CliRun.run(full, "score", edition.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.IO);
    // Which file meets the full disk first depends on buffers: the rejects are written as the
    // lines are read, results.json after.
    assertThat(errors(run))
        .matches(
            "indiko: cannot write "
                + Pattern.quote(out.toString())
                + "/(results\\.json|rejects\\.jsonl): No space left on device \\(.* is left as it"
                + " was\\)\n");
    assertThat(out).doesNotExist();
    assertThat(temporaryFiles(tmp)).isEmpty();
  }

  /**
   * The files of a first run that succeeded.
   *
   * @param out the output folder
   * @param results the bytes of its results.json
   * @param rejects the bytes of its rejects.jsonl
   */
  private record Previous(Path out, byte[] results, byte[] rejects) {
    /**
     * Scores the edition into the folder, then makes its data score differently (every "overall"
     * answer of 4 becomes 5), so that a later run would write other results.
     */
    static Previous run(Path edition, Path out) throws IOException {
      assertThat(CliRun.run("score", edition.toString(), "--out", out.toString()).exitCode())
          .isEqualTo(Indiko.OK);
      Previous previous =
          new Previous(
              out,
              Files.readAllBytes(out.resolve("results.json")),
              Files.readAllBytes(out.resolve("rejects.jsonl")));
      Path responses = edition.resolve("responses.jsonl");
      String text = bytes(responses);
      assertThat(text).contains("\"overall\":4");
      write(responses, text.replace("\"overall\":4", "\"overall\":5"));
      return previous;
    }

    /**
     * @return the whole standard error of a run that could not write results.json
     */
    String cannotWriteResults(String why) {
      Path file = out.resolve("results.json");
      return "indiko: cannot write " + file + ": " + why + " (" + out + " is left as it was)\n";
    }

    /**
     * Checks that results.json and rejects.jsonl are this run's, and that no temporary file or
     * folder is left.
     */
    void assertLeftAsItWas() throws IOException {
      assertThat(Files.readAllBytes(out.resolve("results.json"))).isEqualTo(results);
      assertThat(Files.readAllBytes(out.resolve("rejects.jsonl"))).isEqualTo(rejects);
      assertThat(temporaryFiles(out)).isEmpty();
      assertThat(temporaryFiles(out.getParent())).isEmpty();
    }
  }

  /**
   * @return the file's bytes, one character each: the sample holds lines that are not UTF-8
   */
  private static String bytes(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }

  private static void write(Path file, String bytes) throws IOException {
    Files.writeString(file, bytes, StandardCharsets.ISO_8859_1);
  }

  private static IOException full() {
    return new IOException("No space left on device");
  }

  private static List<Path> temporaryFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".tmp")
                    || name.contains(".indiko-new-")
                    || name.contains(".indiko-old-");
              })
          .toList();
    }
  }

  /**
   * @return standard error without the progress lines (a slow machine shows some), after checking
   *     that it holds no stack trace
   */
  private static String errors(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return run.err().replaceAll("(?m)^indiko: (scoring|validating)… [^\n]*\n", "");
  }

  /**
   * A stream to a disk with room for a number of bytes, shared by the streams that share the
   * counter; the write that goes beyond passes what fits, then fails.
   */
  private static final class Failing extends FilterOutputStream {
    private final AtomicLong written;
    private final long room;
    private final Supplier<IOException> failure;

    Failing(OutputStream out, AtomicLong written, long room, Supplier<IOException> failure) {
      super(out);
      this.written = written;
      this.room = room;
      this.failure = failure;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int passed = (int) Math.max(0, Math.min(len, room - written.get()));
      out.write(b, off, passed);
      written.addAndGet(passed);
      if (passed < len) {
        throw failure.get();
      }
    }
  }
}
