package io.github.indiko.scoring;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of one scoring of an edition folder by {@link ScoringEngine} (docs/logging.md): a line at
 * INFO when it starts and one when it ends, the time of each phase at DEBUG, and at WARN what an
 * operator must act on. It names the edition, files, strategies and structures by their ids, which
 * are public, and gives counts and times: never a datum of a line. Not thread-safe: the thread
 * that scores uses it.
 */
final class ScoringRun {
  private static final Logger LOG = LoggerFactory.getLogger(ScoringRun.class);

  /** The structure ids a warning lists at most. */
  static final int LISTED = 20;

  private static final double NANOS_PER_SECOND = 1e9;
  private static final long NANOS_PER_MILLI = 1_000_000;

  private final String edition;
  private final long started;
  private long phaseStarted;

  private ScoringRun(String edition, long started) {
    this.edition = edition;
    this.started = started;
    this.phaseStarted = started;
  }

  /**
   * Logs the start of a scoring: the edition, its data ({@link EditionData#describe}: a folder's
   * data files and their sizes), the threads, the strategies and ranking policy; and warns of a
   * disclosure threshold below its default.
   *
   * @param definitions the edition's definitions
   * @param data its data lines
   * @param threads the engine's worker threads
   * @param pseudonymised whether respondents are pseudonymised as they are read
   * @return the run, its clock started
   */
  static ScoringRun start(
      EditionDefinitions definitions, EditionData data, int threads, boolean pseudonymised) {
    ScoringSettings scoring = definitions.edition().scoring();
    ScoringRun run = new ScoringRun(definitions.edition().id().value(), System.nanoTime());
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "Scoring edition {}: {}, {} threads, survey strategy {}, audit strategy {},"
              + " ranking policy {}, respondents {}",
          run.edition,
          data.describe(),
          threads,
          scoring.survey().name(),
          scoring.audit().name(),
          scoring.ranking().name(),
          pseudonymised ? "pseudonymised" : "as read");
    }
    int threshold = scoring.disclosureThreshold();
    int standard = ScoringSettings.defaults().disclosureThreshold();
    if (threshold < standard) {
      LOG.warn(
          "Edition {}: disclosureThreshold {} is below its default {}, near its minimum: survey"
              + " breakdowns of as few as {} responses are published (scoring.md §6)",
          run.edition,
          threshold,
          standard,
          threshold);
    }
    return run;
  }

  /**
   * Logs at DEBUG the time since the previous phase ended (or the run started).
   *
   * @param phase what was done, e.g. {@code responses.jsonl read}
   */
  void phase(String phase) {
    long now = System.nanoTime();
    LOG.debug("Edition {}: {} in {} ms", edition, phase, (now - phaseStarted) / NANOS_PER_MILLI);
    phaseStarted = now;
  }

  /**
   * Logs the end of the scoring: the lines read, accepted and rejected per reason for each source,
   * the time since the start and the lines read per second; and warns of enrolled structures
   * without an accepted line and of a source whose every line was rejected.
   *
   * @param results the results
   */
  void end(Results results) {
    long elapsed = Math.max(1, System.nanoTime() - started);
    SourceCounts responses = results.responses();
    SourceCounts audits = results.audits();
    if (LOG.isInfoEnabled()) {
      double seconds = elapsed / NANOS_PER_SECOND;
      LOG.info(
          "Scored edition {} in {} s: {} read {}, accepted {}, rejected {} {}; {} read {},"
              + " accepted {}, rejected {} {}; {} lines/s",
          edition,
          String.format(Locale.ROOT, "%.3f", seconds),
          DataValidator.RESPONSES,
          responses.read(),
          responses.accepted(),
          responses.rejected(),
          reasons(responses),
          DataValidator.AUDITS,
          audits.read(),
          audits.accepted(),
          audits.rejected(),
          reasons(audits),
          Math.round((responses.read() + audits.read()) / seconds));
    }
    warnAllRejected(DataValidator.RESPONSES, responses);
    warnAllRejected(DataValidator.AUDITS, audits);
    List<String> silent =
        results.structures().stream()
            .filter(s -> s.enrolled() && s.responses() == 0 && s.audits() == 0)
            .map(s -> s.id().value())
            .toList();
    if (!silent.isEmpty()) {
      LOG.warn(
          "Edition {}: enrolled structures without an accepted line, response or audit ({}): {}",
          edition,
          silent.size(),
          listed(silent));
    }
  }

  private void warnAllRejected(String source, SourceCounts counts) {
    if (counts.read() > 0 && counts.accepted() == 0) {
      LOG.warn(
          "Edition {}: every one of the {} lines of {} was rejected {}",
          edition,
          counts.read(),
          source,
          reasons(counts));
    }
  }

  /** The rejects per reason, by code: {@code {invalid_answer=9, outside_collection=4}}. */
  static String reasons(SourceCounts counts) {
    StringJoiner joined = new StringJoiner(", ", "{", "}");
    for (var entry : counts.byReason().entrySet()) {
      RejectReason reason = entry.getKey();
      joined.add(reason.code() + "=" + entry.getValue());
    }
    return joined.toString();
  }

  /** The first {@value #LISTED} ids, and how many more. */
  private static String listed(List<String> ids) {
    if (ids.size() <= LISTED) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, LISTED))
        + " and "
        + (ids.size() - LISTED)
        + " more";
  }
}
