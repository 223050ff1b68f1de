package io.github.indiko.benchmarks;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tool A: what {@code indiko score --threads N} does without its reports: load the definitions,
 * validate and tally every line of both data files, compute the results, and write {@code
 * results.json} (here into a SHA-256 digest instead of a file). Rejects are counted, not written.
 */
final class ScoreTool {
  private final ScoringEngine engine;

  /**
   * @param threads the engine's worker threads, at least 1
   */
  ScoreTool(int threads) {
    this.engine = ScoringEngine.builder().builtIns().threads(threads).build();
  }

  /**
   * What one run gives.
   *
   * @param results the results
   * @param rejected how many lines were refused
   * @param sha256 the SHA-256 of {@code results.json}, in hexadecimal
   */
  record Outcome(Results results, long rejected, String sha256) {}

  /**
   * @param edition the edition folder
   * @return the results, the number of refused lines and the hash of {@code results.json}
   */
  Outcome run(Path edition) {
    AtomicLong rejected = new AtomicLong();
    return outcome(engine.score(edition, reject -> rejected.incrementAndGet()), rejected);
  }

  /**
   * Scores an edition whose definitions are loaded, from a folder or a store.
   *
   * @param definitions the edition's definitions
   * @param data its data lines
   * @return the results, the number of refused lines and the hash of {@code results.json}
   */
  Outcome run(EditionDefinitions definitions, EditionData data) {
    AtomicLong rejected = new AtomicLong();
    return outcome(
        engine.score(definitions, data, reject -> rejected.incrementAndGet()), rejected);
  }

  private static Outcome outcome(Results results, AtomicLong rejected) {
    MessageDigest digest = sha256();
    ResultsJson.write(results, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    return new Outcome(results, rejected.get(), HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
