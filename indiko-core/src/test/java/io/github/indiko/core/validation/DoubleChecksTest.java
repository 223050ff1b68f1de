package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.AUDIT;
import static io.github.indiko.core.validation.Fixtures.audits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The checks of a double (analysis.md §A5): {@code unknown_original}, then {@code same_auditor},
 * after {@code duplicate_id}, with their messages, which name the original and never an auditor.
 */
class DoubleChecksTest {
  private static final DataValidator VALIDATOR = Fixtures.validator(false);

  /** An auditor's name, as a person's name could be one: it never appears in a message. */
  private static final String NAMED = "Jeanne Martin";

  /**
   * @return the fixture's audit record (phone, mairie-a) with this id, auditor and {@code of}
   */
  private static String audit(String id, @Nullable String auditor, @Nullable String of) {
    String line = AUDIT.replace("\"a-1\"", "\"" + id + "\"");
    if (auditor != null) {
      line = line.replace("\"performedAt\"", "\"auditor\":\"" + auditor + "\",\"performedAt\"");
    }
    if (of != null) {
      line = line.substring(0, line.length() - 1) + ",\"of\":\"" + of + "\"}";
    }
    return line;
  }

  /** The same record on another channel (in person) of the same structure. */
  private static String inPerson(String id, String auditor, String of) {
    return audit(id, auditor, of)
        .replace("\"channel\":\"phone\"", "\"channel\":\"in_person\"")
        .replace(
            "{\"phone_rings\":4,\"phone_greeting\":\"met\"}",
            "{\"desk_signage\":\"met\",\"desk_wait\":3,\"desk_docs\":\"met\"}");
  }

  /** The rejects of the lines, null for an accepted line. */
  private static List<@Nullable Reject> rejects(String... lines) {
    List<@Nullable Reject> rejects = new ArrayList<>();
    audits(VALIDATOR, lines).forEach(result -> rejects.add(Fixtures.reject(result)));
    return rejects;
  }

  private static Reject reject(long line, String id, RejectReason reason, String message) {
    return new Reject(DataValidator.AUDITS, line, id, reason, message);
  }

  @Test
  void admit_doubleByAnotherAuditor_acceptedNamingItsOriginal() {
    List<LineResult<AuditRecord>> results =
        audits(VALIDATOR, audit("a-1", "aud-1", null), audit("a-2", "aud-2", "a-1"));

    assertThat(results).allMatch(result -> result instanceof LineResult.Accepted);
    AuditRecord twice = ((LineResult.Accepted<AuditRecord>) results.get(1)).record();
    assertThat(twice.of()).isEqualTo(new AuditId("a-1"));
    assertThat(twice.isDouble()).isTrue();
    assertThat(((LineResult.Accepted<AuditRecord>) results.get(0)).record().isDouble()).isFalse();
  }

  @Test
  void admit_severalDoublesOfOneOriginal_eachByItsOwnAuditor() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-2", "aud-2", "a-1"),
                audit("a-3", "aud-3", "a-1"),
                audit("a-4", "aud-3", "a-1"),
                audit("a-5", "aud-1", "a-1")))
        .containsExactly(
            null,
            null,
            null,
            reject(
                4,
                "a-4",
                RejectReason.SAME_AUDITOR,
                "same auditor as an earlier double of \"a-1\""),
            reject(5, "a-5", RejectReason.SAME_AUDITOR, "same auditor as its original \"a-1\""));
  }

  @Test
  void admit_noOriginalAcceptedBefore_unknownOriginal() {
    assertThat(
            rejects(
                audit("a-2", "aud-2", "a-1"),
                audit("a-1", "aud-1", null),
                audit("a-3", "aud-2", "a-3")))
        .containsExactly(
            reject(
                1,
                "a-2",
                RejectReason.UNKNOWN_ORIGINAL,
                "of \"a-1\" names no record accepted before"),
            null,
            reject(
                3,
                "a-3",
                RejectReason.UNKNOWN_ORIGINAL,
                "of \"a-3\" names no record accepted before"));
  }

  @Test
  void admit_originalRejected_unknownOriginal() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null).replace("\"phone_rings\":4", "\"phone_rings\":-4"),
                audit("a-2", "aud-2", "a-1")))
        .extracting(r -> r == null ? null : r.reason())
        .containsExactly(RejectReason.INVALID_OBSERVATION, RejectReason.UNKNOWN_ORIGINAL);
  }

  @Test
  void admit_doubleOfADouble_unknownOriginal() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-2", "aud-2", "a-1"),
                audit("a-3", "aud-3", "a-2")))
        .containsExactly(
            null,
            null,
            reject(
                3,
                "a-3",
                RejectReason.UNKNOWN_ORIGINAL,
                "of \"a-2\" names a double, not an original"));
  }

  @Test
  void admit_anotherStructureOrChannel_unknownOriginal() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-2", "aud-2", "a-1").replace("mairie-a", "mairie-b"),
                inPerson("a-3", "aud-2", "a-1")))
        .containsExactly(
            null,
            reject(
                2,
                "a-2",
                RejectReason.UNKNOWN_ORIGINAL,
                "of \"a-1\" names a record of structure mairie-a, not mairie-b"),
            reject(
                3,
                "a-3",
                RejectReason.UNKNOWN_ORIGINAL,
                "of \"a-1\" names a record of channel phone, not in_person"));
  }

  @Test
  void admit_missingAuditors_sameAuditorNamingNoAuditor() {
    assertThat(
            rejects(
                audit("a-1", NAMED, null),
                audit("a-2", null, "a-1"),
                audit("a-3", null, null),
                audit("a-4", NAMED, "a-3"),
                audit("a-5", NAMED, "a-1")))
        .containsExactly(
            null,
            reject(2, "a-2", RejectReason.SAME_AUDITOR, "the double names no auditor"),
            null,
            reject(4, "a-4", RejectReason.SAME_AUDITOR, "its original \"a-3\" names no auditor"),
            reject(5, "a-5", RejectReason.SAME_AUDITOR, "same auditor as its original \"a-1\""))
        .allSatisfy(r -> assertThat(r == null ? "" : r.message()).doesNotContain("Jeanne"));
  }

  @Test
  void admit_duplicateIdOfADouble_duplicateIdFirst() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-1", "aud-1", "a-9"),
                audit("a-1", "aud-1", "a-1")))
        .extracting(r -> r == null ? null : r.reason())
        .containsExactly(null, RejectReason.DUPLICATE_ID, RejectReason.DUPLICATE_ID);
  }

  @Test
  void admit_rejectedDouble_itsIdNotAccepted() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-2", "aud-1", "a-1"),
                audit("a-2", "aud-2", "a-1"),
                audit("a-3", "aud-2", "a-1")))
        .extracting(r -> r == null ? null : r.reason())
        .containsExactly(null, RejectReason.SAME_AUDITOR, null, RejectReason.SAME_AUDITOR);
  }

  @Test
  void admit_rejectedDouble_itsAuditorNotTakenForAnEarlierDouble() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", null),
                audit("a-2", "aud-2", "a-1").replace("mairie-a", "mairie-b"),
                audit("a-3", "aud-2", "a-1")))
        .extracting(r -> r == null ? null : r.reason())
        .containsExactly(null, RejectReason.UNKNOWN_ORIGINAL, null);
  }

  @Test
  void check_ofNotAnIdentifier_malformed() {
    assertThat(
            rejects(
                audit("a-1", "aud-1", "A-1"),
                audit("a-2", "aud-1", null).replace("}}", "},\"of\":7}")))
        .containsExactly(
            reject(
                1,
                "a-1",
                RejectReason.MALFORMED,
                "member 'of' is not a valid identifier: \"A-1\""),
            reject(2, "a-2", RejectReason.MALFORMED, "member 'of' is not a string: 7"));
  }

  @Test
  void check_ofNull_anOriginal() {
    List<LineResult<AuditRecord>> results =
        audits(VALIDATOR, audit("a-1", "aud-1", null).replace("}}", "},\"of\":null}"));

    assertThat(((LineResult.Accepted<AuditRecord>) results.get(0)).record().of()).isNull();
  }

  @Test
  void admit_longOf_messageCutAsAValue() {
    String long64 = "a".repeat(64);

    Reject reject = rejects(audit("a-1", "aud-1", long64)).get(0);

    assertThat(reject.message())
        .isEqualTo("of \"" + "a".repeat(59) + "… names no record accepted before");
  }

  @Test
  void admit_sameLinesTwice_sameVerdictsEachRead() {
    String[] lines = {
      audit("a-1", "aud-1", null), audit("a-2", "aud-2", "a-1"), audit("a-3", "aud-2", "a-1")
    };

    List<@Nullable Reject> first = rejects(lines);

    assertThat(rejects(lines)).isEqualTo(first);
    assertThat(first)
        .extracting(r -> r == null ? null : r.reason())
        .containsExactly(null, null, RejectReason.SAME_AUDITOR);
  }
}
