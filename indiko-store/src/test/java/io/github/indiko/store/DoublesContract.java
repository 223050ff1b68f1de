package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Calibration doubles sent to a store one by one (analysis.md §A5), on every database: each is
 * decided as the file validator decides the last line of a file holding the store's kept audit
 * records in their order, then it, and two doubles sent at once are decided as if one came first.
 * Implemented by {@link StoreContract}, which opens the store on the sample edition.
 */
interface DoublesContract {
  /** An auditor of no record of the sample. */
  String CALIBRATOR = "aud-calibration";

  /** How many originals get two racing doubles each. */
  int RACES = 12;

  /** @return the store of the test */
  IndikoStore store();

  /** @return the sample's definitions */
  EditionDefinitions definitions();

  /** @return the test's copy of the sample edition */
  Path sample();

  /** @return the sample's audit records that the file validator accepts and that name an auditor */
  default List<AuditRecord> originals() throws IOException {
    List<AuditRecord> originals = new ArrayList<>();
    try (InputStream in = Files.newInputStream(sample().resolve(DataValidator.AUDITS))) {
      DataValidator.of(definitions())
          .validateAudits(
              in,
              DataValidator.AUDITS,
              result -> {
                if (result instanceof LineResult.Accepted<AuditRecord> accepted
                    && accepted.record().auditor() != null) {
                  originals.add(accepted.record());
                }
              });
    }
    return originals;
  }

  /** A double of a record, by an auditor, without comment. */
  static AuditRecord doubleOf(AuditRecord original, String id, @Nullable String auditor) {
    return new AuditRecord(
        new AuditId(id),
        original.grid(),
        original.structure(),
        original.channel(),
        auditor,
        original.performedAt(),
        original.observations(),
        null,
        original.id());
  }

  /** The reject the file validator gives the last of the records, written as a file. */
  default Reject fileReject(AuditRecord... records) {
    StringBuilder file = new StringBuilder();
    for (AuditRecord record : records) {
      file.append(AuditLines.line(record)).append('\n');
    }
    List<LineResult<AuditRecord>> results = new ArrayList<>();
    DataValidator.of(definitions())
        .validateAudits(
            new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
            DataValidator.AUDITS,
            results::add);
    LineResult<AuditRecord> last = results.get(results.size() - 1);
    assertThat(last).isInstanceOf(LineResult.Rejected.class);
    return Verifier.at(((LineResult.Rejected<AuditRecord>) last).reject(), 1);
  }

  private static Outcome send(EditionStore edition, AuditRecord record, String key) {
    return edition.acceptAudit(AuditLines.line(record), key);
  }

  @Test
  default void acceptAudit_doubleAfterItsOriginal_storedAndGivenBackWithIt() throws IOException {
    EditionStore edition = store().edition(definitions());
    AuditRecord original = originals().get(0);
    AuditRecord calibration = doubleOf(original, "a-calibration-1", CALIBRATOR);

    assertThat(send(edition, original, "k-original")).isInstanceOf(Outcome.Stored.class);
    Outcome outcome = send(edition, calibration, "k-double");

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Outcome.Stored.class,
            stored -> assertThat(stored.receipt().recordId()).isEqualTo("a-calibration-1"));
    assertThat(send(edition, calibration, "k-double"))
        .isEqualTo(new Outcome.Replayed(((Outcome.Stored) outcome).receipt()));
    assertThat(edition.auditWithDoubles(original.id())).containsExactly(original, calibration);
    assertThat(edition.auditWithDoubles(calibration.id())).containsExactly(calibration);
    assertThat(edition.auditWithDoubles(new AuditId("a-never-kept"))).isEmpty();
    assertThat(edition.count(DataValidator.AUDITS)).isEqualTo(2);
  }

  @Test
  default void acceptAudit_doubleOfNoKeptOriginal_refusedUnknownOriginalAsInAFile()
      throws IOException {
    EditionStore edition = store().edition(definitions());
    List<AuditRecord> originals = originals();
    AuditRecord original = originals.get(0);
    AuditRecord orphan = doubleOf(originals.get(1), "a-orphan", CALIBRATOR);
    AuditRecord first = doubleOf(original, "a-first", CALIBRATOR);
    AuditRecord ofADouble = doubleOf(first, "a-of-a-double", "aud-other");
    send(edition, original, "k-original");
    send(edition, first, "k-first");

    Outcome noOriginal = send(edition, orphan, "k-orphan");
    Outcome doubled = send(edition, ofADouble, "k-of-a-double");

    assertThat(noOriginal).isEqualTo(new Outcome.Refused(fileReject(orphan)));
    assertThat(doubled).isEqualTo(new Outcome.Refused(fileReject(original, first, ofADouble)));
    assertThat(((Outcome.Refused) doubled).reject().reason())
        .isEqualTo(RejectReason.UNKNOWN_ORIGINAL);
    assertThat(edition.count(DataValidator.AUDITS)).isEqualTo(2);
  }

  @Test
  default void acceptAudit_auditorOfTheOriginalOrOfAnEarlierDouble_refusedSameAuditorAsInAFile()
      throws IOException {
    EditionStore edition = store().edition(definitions());
    AuditRecord original = originals().get(0);
    AuditRecord first = doubleOf(original, "a-first", CALIBRATOR);
    AuditRecord again = doubleOf(original, "a-again", CALIBRATOR);
    AuditRecord sameAsOriginal = doubleOf(original, "a-same", original.auditor());
    AuditRecord anonymous = doubleOf(original, "a-anonymous", null);
    send(edition, original, "k-original");
    send(edition, first, "k-first");

    for (AuditRecord refused : List.of(again, sameAsOriginal, anonymous)) {
      Outcome outcome = send(edition, refused, "k-" + refused.id().value());
      assertThat(outcome).isEqualTo(new Outcome.Refused(fileReject(original, first, refused)));
      assertThat(((Outcome.Refused) outcome).reject().reason())
          .isEqualTo(RejectReason.SAME_AUDITOR);
    }
    assertThat(send(edition, doubleOf(original, "a-second", "aud-second"), "k-again"))
        .isInstanceOf(Outcome.Stored.class);
    assertThat(edition.count(DataValidator.AUDITS)).isEqualTo(3);
  }

  @Test
  default void acceptAudit_doubleWithTheIdOfAnotherStructuresRecord_refusedDuplicateId()
      throws IOException {
    EditionStore edition = store().edition(definitions());
    List<AuditRecord> originals = originals();
    AuditRecord original = originals.get(0);
    AuditRecord elsewhere =
        originals.stream()
            .filter(record -> !record.structure().equals(original.structure()))
            .findFirst()
            .orElseThrow();
    AuditRecord taken = doubleOf(original, elsewhere.id().value(), CALIBRATOR);
    send(edition, original, "k-original");
    send(edition, elsewhere, "k-elsewhere");

    assertThat(send(edition, taken, "k-taken"))
        .isEqualTo(new Outcome.Refused(fileReject(original, elsewhere, taken)));
    assertThat(fileReject(original, elsewhere, taken).reason())
        .isEqualTo(RejectReason.DUPLICATE_ID);
  }

  @Test
  default void acceptAudit_twoDoublesOfOneOriginalBySameAuditorAtOnce_oneStoredOneSameAuditor()
      throws Exception {
    EditionStore edition = store().edition(definitions());
    List<AuditRecord> originals = originals().subList(0, RACES);
    for (AuditRecord original : originals) {
      assertThat(send(edition, original, "k-" + original.id().value()))
          .isInstanceOf(Outcome.Stored.class);
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (AuditRecord original : originals) {
        CyclicBarrier race = new CyclicBarrier(2);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (String side : List.of("left", "right")) {
          AuditRecord calibration =
              doubleOf(original, original.id().value() + "-" + side, CALIBRATOR);
          outcomes.add(
              threads.submit(
                  () -> {
                    race.await(30, TimeUnit.SECONDS);
                    return send(edition, calibration, "k-" + calibration.id().value());
                  }));
        }
        List<Outcome> both = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
          both.add(outcome.get(60, TimeUnit.SECONDS));
        }
        assertThat(both).filteredOn(Outcome.Stored.class::isInstance).hasSize(1);
        assertThat(both)
            .filteredOn(Outcome.Refused.class::isInstance)
            .singleElement()
            .satisfies(
                refused ->
                    assertThat(((Outcome.Refused) refused).reject().reason())
                        .isEqualTo(RejectReason.SAME_AUDITOR));
        assertThat(edition.auditWithDoubles(original.id())).hasSize(2);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(edition.count(DataValidator.AUDITS)).isEqualTo(2L * RACES);
  }
}
