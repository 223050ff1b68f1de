package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.Reports;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.ScoringEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The age of the results pages' reports, and one scoring at a time. */
class LiveReportsTest {
  private static ReportSet sample;

  private final TestClock clock = new TestClock(Instant.parse("2017-09-14T08:32:00Z"));
  private final AtomicInteger scorings = new AtomicInteger();

  @BeforeAll
  static void score(@TempDir Path temp) throws Exception {
    Path folder = SampleEdition.copyTo(temp);
    ScoringEngine engine = ScoringEngine.builder().builtIns().build();
    sample =
        Reports.of(
            engine.scoreInFull(EditionFolder.load(folder), folder, reject -> {}),
            Reports.previous(EditionFolder.load(folder), folder).orElse(null));
  }

  @Test
  void current_withinMaxAge_theSameReportsWithoutScoring() {
    LiveReports live = live(Duration.ofMinutes(1), this::fresh);

    ReportSet first = live.current().orElseThrow();
    clock.advance(Duration.ofSeconds(59));
    ReportSet second = live.current().orElseThrow();

    assertThat(second).isSameAs(first);
    assertThat(scorings).hasValue(1);
  }

  @Test
  void current_maxAgeReached_scoredAgain() {
    LiveReports live = live(Duration.ofMinutes(1), this::fresh);

    ReportSet first = live.current().orElseThrow();
    clock.advance(Duration.ofMinutes(1));
    ReportSet second = live.current().orElseThrow();

    assertThat(second).isNotSameAs(first);
    assertThat(scorings).hasValue(2);
  }

  @Test
  void current_zeroMaxAge_scoredOnEveryCall() {
    LiveReports live = live(Duration.ZERO, this::fresh);

    live.current();
    live.current();
    live.current();

    assertThat(scorings).hasValue(3);
  }

  @Test
  void current_concurrentCallsDuringAScoring_allGetItsReportsFromOneScoring() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LiveReports live =
        live(
            Duration.ZERO,
            () -> {
              entered.countDown();
              await(release);
              return fresh();
            });
    List<Optional<ReportSet>> answers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread thread = new Thread(() -> add(answers, live.current()));
      thread.start();
      threads.add(thread);
    }

    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    awaitWaiting(threads, 7);
    release.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    assertThat(scorings).hasValue(1);
    assertThat(answers).hasSize(8);
    assertThat(answers.stream().map(Optional::orElseThrow).distinct()).hasSize(1);
  }

  @Test
  void current_scoringFails_emptyLoggedWithoutItsMessageAndScoredAgainNextTime() {
    AtomicInteger calls = new AtomicInteger();
    LiveReports live =
        live(
            Duration.ofMinutes(1),
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("answer: très mal reçu");
              }
              return fresh();
            });
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Optional<ReportSet> failed;
    try {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      failed = live.current();
    } finally {
      System.setErr(err);
    }
    Optional<ReportSet> next = live.current();

    assertThat(failed).isEmpty();
    assertThat(next).isPresent();
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("WARN", "Results of edition 2017 could not be scored")
        .contains("IllegalStateException")
        .doesNotContain("très mal reçu");
  }

  private LiveReports live(Duration maxAge, Supplier<ReportSet> scorer) {
    return new LiveReports("2017", scorer, clock, maxAge);
  }

  /** A report set of its own, counted as one scoring. */
  private ReportSet fresh() {
    scorings.incrementAndGet();
    return new ReportSet(sample.overview(), sample.structures());
  }

  private static synchronized void add(
      List<Optional<ReportSet>> answers, Optional<ReportSet> answer) {
    answers.add(answer);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code count} of the threads wait (for the scoring of another). */
  private static void awaitWaiting(List<Thread> threads, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < count) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
