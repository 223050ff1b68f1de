package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.RejectReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Ten thousand submissions of one edition's responses, sent by 16 threads at once, and what a store
 * must have done with them. Of the submissions, 80 % are distinct lines; 10 % reuse the id (8 %) or
 * the respondent and structure (2 %) of one of them under a key of their own; 10 % replay a key
 * already used, with the same line. Half of each kind is sent at the same moment as the line it
 * conflicts with or replays (the two threads meet at a barrier); the other duplicates go at any
 * moment, and the other replays once the first sending was acknowledged.
 */
final class ConcurrentSubmissions {
  /** The threads sending. */
  static final int THREADS = 16;

  /** How long a thread waits for the other one of a race, or for an acknowledgement. */
  private static final long WAIT_SECONDS = 30;

  /** How two or more submissions relate. */
  enum Group {
    /** One line alone. */
    SINGLE,
    /** A line and another line with its id. */
    SAME_ID,
    /** A line and another line of its respondent and structure, with an id of its own. */
    SAME_RESPONDENT,
    /** A line sent twice under one key. */
    REPLAY
  }

  /**
   * One sending.
   *
   * @param key its submission key
   * @param line its line
   * @param race the barrier it meets its rival at before sending, or null
   * @param after the index of the submission whose acknowledgement it waits for, or -1
   */
  record Submission(String key, String line, @Nullable CyclicBarrier race, int after) {}

  /**
   * Submissions that are checked together: a distinct line and its rival, if any, in the order
   * the threads take them (which of two racing ones reaches the store first is unknown).
   *
   * @param group how they relate
   * @param indices their indices in {@link #submissions}
   */
  record Unit(Group group, List<Integer> indices) {}

  private final List<Submission> submissions = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  private final AtomicReferenceArray<Outcome> outcomes;
  private final List<CompletableFuture<Void>> acknowledged = new ArrayList<>();

  /**
   * @param distinct distinct accepted lines of the edition, of distinct respondents, at least an
   *     eighth of them naming one; the workload sends them and a quarter as many more
   * @param seed the seed of the order
   */
  ConcurrentSubmissions(List<String> distinct, long seed) {
    List<String> lines = new ArrayList<>(distinct);
    lines.sort(Comparator.comparing(line -> !line.contains("\"respondent\":\"")));
    int duplicates = lines.size() / 8;
    List<Group> groups = new ArrayList<>();
    List<List<Submission>> sent = new ArrayList<>();
    List<Submission> later = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String key = "o-" + i;
      Group group =
          i < duplicates - duplicates / 5
              ? Group.SAME_ID
              : i < duplicates
                  ? Group.SAME_RESPONDENT
                  : i < 2 * duplicates ? Group.REPLAY : Group.SINGLE;
      groups.add(group);
      Submission rival =
          switch (group) {
            case SAME_ID -> new Submission("d-" + i, otherRespondent(line), null, -1);
            case SAME_RESPONDENT -> new Submission("p-" + i, otherId(line), null, -1);
            case REPLAY -> new Submission(key, line, null, -1);
            case SINGLE -> null;
          };
      if (rival == null) {
        sent.add(List.of(new Submission(key, line, null, -1)));
      } else if (i % 2 == 0) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        sent.add(
            List.of(
                new Submission(key, line, barrier, -1),
                new Submission(rival.key(), rival.line(), barrier, -1)));
      } else {
        sent.add(List.of(new Submission(key, line, null, -1)));
        if (group == Group.REPLAY) {
          later.add(rival);
        } else {
          sent.add(List.of(rival));
        }
      }
    }
    // Rivals sent at any moment are shuffled with the rest (a racing pair stays together, so that
    // two threads take it); then come the replays that wait for an acknowledgement.
    Collections.shuffle(sent, new Random(seed));
    sent.forEach(submissions::addAll);
    List<List<Integer>> byLine = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      byLine.add(new ArrayList<>());
    }
    for (int i = 0; i < submissions.size(); i++) {
      byLine.get(lineOf(submissions.get(i))).add(i);
    }
    for (Submission replay : later) {
      List<Integer> indices = byLine.get(lineOf(replay));
      indices.add(submissions.size());
      submissions.add(new Submission(replay.key(), replay.line(), null, indices.get(0)));
    }
    for (int i = 0; i < lines.size(); i++) {
      units.add(new Unit(groups.get(i), List.copyOf(byLine.get(i))));
    }
    outcomes = new AtomicReferenceArray<>(submissions.size());
    for (int i = 0; i < submissions.size(); i++) {
      acknowledged.add(new CompletableFuture<>());
    }
  }

  /** The index of the distinct line a submission sends or rivals, from its key. */
  private static int lineOf(Submission submission) {
    return Integer.parseInt(submission.key().substring(2));
  }

  private static String otherRespondent(String line) {
    String other = line.replace("\"respondent\":\"", "\"respondent\":\"x-");
    assertThat(other).isNotEqualTo(line);
    return other;
  }

  private static String otherId(String line) {
    String other = line.replaceFirst("\"id\":\"([^\"]*)\"", "\"id\":\"$1-again\"");
    assertThat(other).isNotEqualTo(line);
    return other;
  }

  /**
   * @return every sending, in the order the threads take them
   */
  List<Submission> submissions() {
    return submissions;
  }

  /**
   * Sends every submission from {@link #THREADS} threads, each taking the next one.
   *
   * @param edition the store of the edition
   * @return what went wrong in the threads: nothing, when the store held up
   */
  List<Throwable> send(EditionStore edition) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      for (int t = 0; t < THREADS; t++) {
        threads.execute(
            () -> {
              for (int i = next.getAndIncrement();
                  i < submissions.size();
                  i = next.getAndIncrement()) {
                try {
                  outcomes.set(i, send(edition, i));
                } catch (Exception | AssertionError e) {
                  failures.add(e);
                } finally {
                  acknowledged.get(i).complete(null);
                }
              }
            });
      }
    } finally {
      threads.shutdown();
    }
    assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    return List.copyOf(failures);
  }

  private Outcome send(EditionStore edition, int index) throws Exception {
    Submission submission = submissions.get(index);
    if (submission.after() >= 0) {
      acknowledged.get(submission.after()).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    if (submission.race() != null) {
      submission.race().await(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    return edition.accept(submission.line(), submission.key());
  }

  /**
   * Checks each unit's outcomes: one line of each stored, its rival refused for the reason of its
   * kind or replayed with the first receipt.
   *
   * @return the stored lines by their receipts' seq, as the store must give them back
   */
  List<String> checkOutcomes() {
    List<Outcome.Stored> stored = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Unit unit : units) {
      List<Outcome> got = unit.indices().stream().map(outcomes::get).toList();
      assertThat(got).as("outcomes of %s", unit).doesNotContainNull();
      List<Integer> winners = new ArrayList<>();
      for (int i = 0; i < got.size(); i++) {
        if (got.get(i) instanceof Outcome.Stored) {
          winners.add(i);
        }
      }
      assertThat(winners).as("stored of %s: %s", unit, got).hasSize(1);
      int winner = winners.get(0);
      Outcome.Stored first = (Outcome.Stored) got.get(winner);
      Submission sent = submissions.get(unit.indices().get(winner));
      assertThat(first.receipt().submissionKey()).isEqualTo(sent.key());
      assertThat(sent.line()).contains("\"id\":\"" + first.receipt().recordId() + "\"");
      stored.add(first);
      lines.add(sent.line());
      for (int i = 0; i < got.size(); i++) {
        if (i != winner) {
          checkRival(unit, got.get(i), first);
        }
      }
      if (unit.group() == Group.REPLAY && submissions.get(unit.indices().get(1)).after() >= 0) {
        assertThat(winner).as("the replay sent after the acknowledgement").isZero();
      }
    }
    List<Integer> bySeq = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      bySeq.add(i);
    }
    bySeq.sort(Comparator.comparingLong(i -> stored.get(i).receipt().seq()));
    assertThat(bySeq.stream().map(i -> stored.get(i).receipt().seq()).distinct())
        .hasSize(stored.size());
    return bySeq.stream().map(lines::get).toList();
  }

  private void checkRival(Unit unit, Outcome rival, Outcome.Stored first) {
    if (unit.group() == Group.REPLAY) {
      assertThat(rival).as("replay in %s", unit).isEqualTo(new Outcome.Replayed(first.receipt()));
      return;
    }
    assertThat(rival).as("rival in %s", unit).isInstanceOf(Outcome.Refused.class);
    RejectReason reason =
        unit.group() == Group.SAME_ID
            ? RejectReason.DUPLICATE_ID
            : RejectReason.DUPLICATE_RESPONDENT;
    assertThat(((Outcome.Refused) rival).reject().reason()).as("rival in %s", unit)
        .isEqualTo(reason);
  }
}
