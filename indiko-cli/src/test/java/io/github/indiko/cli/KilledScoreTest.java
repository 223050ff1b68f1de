package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder survives {@code kill -9} (cli.md, What `score` writes): {@code indiko score}
 * of a generated edition of a million responses, run in a child JVM as a user runs it, is killed
 * at 10 random moments of its run; after each kill the output folder holds exactly the previous
 * complete set or exactly the new one, and the next complete run leaves no leftover beside it.
 *
 * <p>The previous set is written in English at the raw level, the new one in French at every
 * level, so that a mix of the two (pages of both languages, reports of one level but not another)
 * cannot pass for either.
 *
 * <p>About three minutes on two cores. CI runs it in its first pass only ({@value #TAG}): its
 * child JVMs take the machine's locale and time zone, not those the second pass gives the tests,
 * so a second run would check nothing new.
 */
@Tag(KilledScoreTest.TAG)
class KilledScoreTest {
  /** The tag CI's second pass leaves out. */
  static final String TAG = "killed-runs";

  private static final int KILLS = 10;

  @TempDir Path tmp;

  @Test
  void score_killedAtRandomMoments_leavesThePreviousSetOrTheNewOneWhole() throws Exception {
    Path edition = tmp.resolve("edition");
    assertThat(
            CliRun.run(
                    "generate",
                    "--out",
                    edition.toString(),
                    "--responses",
                    "1000000",
                    "--audits",
                    "5000",
                    "--structures",
                    "30",
                    "--invalid-ratio",
                    "0.01")
                .exitCode())
        .isZero();
    Path outputs = Files.createDirectories(tmp.resolve("outputs"));
    Path out = outputs.resolve("results");

    long started = System.nanoTime();
    assertThat(score(edition, out, "--level", "raw", "--locale", "en").waitFor()).isZero();
    long runNanos = System.nanoTime() - started;
    Map<String, String> previous = digests(out);

    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<Map<String, String>> afterKills = new ArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      long moment = (long) (runNanos * (0.05 + random.nextDouble()));
      Process process = score(edition, out, "--locale", "fr");
      if (!process.waitFor(moment, TimeUnit.NANOSECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
      afterKills.add(digests(out));
    }
    assertThat(score(edition, out, "--locale", "fr").waitFor()).isZero();
    Map<String, String> next = digests(out);

    assertThat(next).isNotEqualTo(previous);
    for (int kill = 0; kill < KILLS; kill++) {
      assertThat(afterKills.get(kill))
          .as("the output folder after kill %d of seed %d", kill, seed)
          .isIn(previous, next);
    }
    try (Stream<Path> siblings = Files.list(outputs)) {
      assertThat(siblings.map(path -> path.getFileName().toString()))
          .as("what is left beside the output folder, seed %d", seed)
          .containsExactlyInAnyOrder("results", ".results.indiko-lock");
    }
  }

  /** Starts {@code indiko score} in a child JVM, as the launcher does; its output is discarded. */
  private Process score(Path edition, Path out, String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("score", edition.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    return ChildIndiko.of("512m", args.toArray(String[]::new))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * @return every file under the folder, by relative path, with the SHA-256 of its bytes; a
   *     missing folder has none
   */
  private static Map<String, String> digests(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), sha256(file));
      }
    }
    return files;
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
