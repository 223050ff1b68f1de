package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.AUDIT;
import static io.github.indiko.core.validation.Fixtures.audits;
import static io.github.indiko.core.validation.Fixtures.reject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.CriterionId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every reject reason of {@code audits.jsonl}, with formats.md's messages. */
class AuditChecksTest {
  private static final DataValidator VALIDATOR = Fixtures.validator(false);

  private static String observations(String observations) {
    return AUDIT.replace("{\"phone_rings\":4,\"phone_greeting\":\"met\"}", observations);
  }

  private static String inPerson(String observations) {
    return observations(observations).replace("\"channel\":\"phone\"", "\"channel\":\"in_person\"");
  }

  private static AuditRecord accepted(String line) {
    List<LineResult<AuditRecord>> results = audits(VALIDATOR, line);
    assertThat(results).hasSize(1);
    assertThat(reject(results.get(0))).as("reject of %s", line).isNull();
    return ((LineResult.Accepted<AuditRecord>) results.get(0)).record();
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("42", null, "malformed", "not a JSON object"),
        Arguments.of(
            AUDIT.replace("\"observations\"", "\"auditeur\":\"x\",\"observations\""),
            "a-1",
            "malformed",
            "unknown member \"auditeur\""),
        Arguments.of(
            AUDIT.replace(",\"performedAt\":\"2017-09-12T10:05:00+02:00\"", ""),
            "a-1",
            "malformed",
            "missing member 'performedAt'"),
        Arguments.of(
            AUDIT.replace("\"observations\"", "\"comment\":7,\"observations\""),
            "a-1",
            "malformed",
            "member 'comment' is not a string: 7"),
        Arguments.of(
            AUDIT.replace("+02:00", "+2:00"),
            "a-1",
            "malformed",
            "member 'performedAt' is not a valid instant: \"2017-09-12T10:05:00+2:00\""),
        Arguments.of(
            AUDIT.replace("\"version\":1", "\"version\":2"),
            "a-1",
            "unknown_grid",
            "grid \"audit-accueil\" v2 is not the edition's"),
        Arguments.of(
            AUDIT.replace("mairie-a", "prefecture-de-nulle-part"),
            "a-1",
            "unknown_structure",
            "unknown structure \"prefecture-de-nulle-part\""),
        Arguments.of(
            AUDIT.replace("mairie-a", "mairie-c"),
            "a-1",
            "not_enrolled",
            "structure mairie-c is not enrolled"),
        Arguments.of(
            AUDIT.replace("\"channel\":\"phone\"", "\"channel\":\"fax\""),
            "a-1",
            "unknown_channel",
            "unknown channel \"fax\""),
        Arguments.of(
            observations("{}")
                .replace("\"channel\":\"phone\"", "\"channel\":\"social\"")
                .replace("mairie-a", "mairie-b"),
            "a-1",
            "unknown_channel",
            "mairie-b does not offer channel social"),
        Arguments.of(
            AUDIT.replace("2017-09-12T10:05:00+02:00", "2018-03-15T10:00:00+01:00"),
            "a-1",
            "outside_collection",
            "2018-03-15T10:00:00+01:00 is outside the collection period 2017-09-01..2017-11-30"),
        Arguments.of(
            observations("{\"phone_rings\":4,\"phone_greeting\":\"met\",\"desk_smile\":\"met\"}"),
            "a-1",
            "unknown_criterion",
            "unknown criterion \"desk_smile\""),
        Arguments.of(
            observations("{\"phone_rings\":4,\"phone_greeting\":\"missed\"}"),
            "a-1",
            "invalid_observation",
            "criterion phone_greeting: \"missed\" is not met, not_met or na"),
        Arguments.of(
            observations("{\"phone_rings\":4,\"phone_greeting\":null}"),
            "a-1",
            "invalid_observation",
            "criterion phone_greeting: null is not met, not_met or na"),
        Arguments.of(
            observations("{\"phone_rings\":2.5,\"phone_greeting\":\"met\"}"),
            "a-1",
            "invalid_observation",
            "criterion phone_rings: 2.5 is not an integer"),
        Arguments.of(
            observations("{\"phone_rings\":-3,\"phone_greeting\":\"met\"}"),
            "a-1",
            "invalid_observation",
            "criterion phone_rings: -3 is below the minimum 0"),
        Arguments.of(
            observations("{\"phone_rings\":\"met\",\"phone_greeting\":\"met\"}"),
            "a-1",
            "invalid_observation",
            "criterion phone_rings: \"met\" is not a number, missed or na"),
        Arguments.of(
            observations("{\"phone_rings\":null,\"phone_greeting\":\"met\"}"),
            "a-1",
            "invalid_observation",
            "criterion phone_rings: null is not a number, missed or na"),
        Arguments.of(
            observations("{\"phone_rings\":4,\"phone_greeting\":\"met\",\"desk_signage\":\"met\"}"),
            "a-1",
            "observed_hidden",
            "criterion desk_signage is of channel in_person, not phone"),
        Arguments.of(
            inPerson("{\"desk_signage\":\"not_met\",\"desk_wait\":3,\"desk_docs\":\"met\"}"),
            "a-1",
            "observed_hidden",
            "criterion desk_docs is observed but hidden"),
        Arguments.of(
            observations("{\"phone_rings\":4}"),
            "a-1",
            "missing_observation",
            "criterion phone_greeting is not observed"),
        Arguments.of(
            inPerson("{\"desk_signage\":\"met\",\"desk_wait\":3}"),
            "a-1",
            "missing_observation",
            "criterion desk_docs is not observed"),
        Arguments.of(
            inPerson("{\"desk_signage\":\"na\",\"desk_wait\":3,\"desk_docs\":\"met\"}"),
            "a-1",
            "observed_hidden",
            "criterion desk_docs is observed but hidden"));
  }

  @ParameterizedTest
  @MethodSource
  void rejected(String line, String id, String reason, String message) {
    List<LineResult<AuditRecord>> results = audits(VALIDATOR, line);

    assertThat(results).hasSize(1);
    assertThat(reject(results.get(0)))
        .isEqualTo(new Reject("audits.jsonl", 1, id, RejectReason.fromCode(reason), message));
  }

  @Test
  void check_acceptedRecordIsTyped() {
    AuditRecord record =
        accepted(
            observations("{\"phone_greeting\":\"na\",\"phone_rings\":\"missed\"}")
                .replace("\"observations\"", "\"auditor\":\"aud-07\",\"observations\"")
                .replace("}}", "},\"comment\":\"Accueil aimable\"}"));

    assertThat(record.id().value()).isEqualTo("a-1");
    assertThat(record.channel()).isEqualTo(Channel.PHONE);
    assertThat(record.auditor()).isEqualTo("aud-07");
    assertThat(record.comment()).isEqualTo("Accueil aimable");
    assertThat(record.observations())
        .containsExactly(
            Map.entry(new CriterionId("phone_greeting"), Observation.NOT_APPLICABLE),
            Map.entry(new CriterionId("phone_rings"), Observation.MISSED));
  }

  @Test
  void check_measureAndCheckValues() {
    AuditRecord record = accepted(inPerson("{\"desk_signage\":\"not_met\",\"desk_wait\":12.0}"));

    assertThat(record.observations())
        .containsExactly(
            Map.entry(new CriterionId("desk_signage"), Observation.NOT_MET),
            Map.entry(new CriterionId("desk_wait"), new Observation.Measured(12)));
  }

  @Test
  void check_offeredChannelWithoutCriteria() {
    AuditRecord record =
        accepted(observations("{}").replace("\"channel\":\"phone\"", "\"channel\":\"kiosk\""));

    assertThat(record.observations()).isEmpty();
  }

  @Test
  void check_naIsUnansweredForConditions() {
    AuditRecord record = accepted(inPerson("{\"desk_signage\":\"na\",\"desk_wait\":\"na\"}"));

    assertThat(record.observations()).hasSize(2);
  }

  @Test
  void check_conditionalCriterionShownAndObserved() {
    AuditRecord record =
        accepted(inPerson("{\"desk_signage\":\"met\",\"desk_wait\":3,\"desk_docs\":\"not_met\"}"));

    assertThat(record.observations()).containsKey(new CriterionId("desk_docs"));
  }

  @Test
  void check_naCountsAsObserved() {
    AuditRecord record =
        accepted(observations("{\"phone_rings\":\"na\",\"phone_greeting\":\"na\"}"));

    assertThat(record.observations()).hasSize(2);
  }

  @Test
  void check_duplicateId() {
    List<LineResult<AuditRecord>> results = audits(VALIDATOR, AUDIT, AUDIT);

    assertThat(results)
        .extracting(Fixtures::reject)
        .containsExactly(
            null,
            new Reject(
                "audits.jsonl", 2, "a-1", RejectReason.DUPLICATE_ID, "id a-1 was accepted before"));
  }
}
