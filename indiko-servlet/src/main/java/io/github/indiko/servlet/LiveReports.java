package io.github.indiko.servlet;

import io.github.indiko.reports.ReportSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports of the results pages, scored again once they are older than a maximum age (zero:
 * on every request). One scoring at a time: a request that comes while the reports are being
 * scored waits for that scoring and gets its reports, instead of starting its own. A scoring that
 * fails is logged at WARN (its exception's class, never a message that could quote a line) and
 * answered as empty to every request that waited for it; it is not kept, so the next request
 * scores again. Thread-safe.
 */
final class LiveReports {
  private static final Logger LOG = LoggerFactory.getLogger(LiveReports.class);

  private final String edition;
  private final Supplier<ReportSet> scorer;
  private final Clock clock;
  private final Duration maxAge;
  private final Object lock = new Object();
  private @Nullable ReportSet latest;
  private Instant scoredAt = Instant.MIN;
  private @Nullable CompletableFuture<Optional<ReportSet>> scoring;

  /**
   * @param edition the edition's id, for the log
   * @param scorer scores the store and makes its reports; may throw
   * @param clock when a scoring starts, from which the age of its reports is counted
   * @param maxAge how long reports are served before the store is scored again
   */
  LiveReports(String edition, Supplier<ReportSet> scorer, Clock clock, Duration maxAge) {
    this.edition = Objects.requireNonNull(edition, "edition");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
  }

  /**
   * @return the reports scored less than the maximum age ago, scored now when there are none;
   *     empty when that scoring failed
   */
  Optional<ReportSet> current() {
    CompletableFuture<Optional<ReportSet>> pending;
    Instant start;
    boolean scores;
    synchronized (lock) {
      start = clock.instant();
      if (latest != null && Duration.between(scoredAt, start).compareTo(maxAge) < 0) {
        return Optional.of(latest);
      }
      scores = scoring == null;
      if (scores) {
        scoring = new CompletableFuture<>();
      }
      pending = scoring;
    }
    if (scores) {
      score(pending, start);
    }
    return pending.join();
  }

  /** Scores, keeps the reports when the scoring succeeded, and answers every waiting request. */
  private void score(CompletableFuture<Optional<ReportSet>> pending, Instant start) {
    Optional<ReportSet> outcome = Optional.empty();
    try {
      outcome = Optional.of(scorer.get());
    } catch (RuntimeException e) {
      LOG.warn(
          "Results of edition {} could not be scored ({}): results pages answered 503",
          edition,
          e.getClass().getName());
    } finally {
      synchronized (lock) {
        if (outcome.isPresent()) {
          latest = outcome.get();
          scoredAt = start;
        }
        scoring = null;
      }
      pending.complete(outcome);
    }
  }
}
