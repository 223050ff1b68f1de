package io.github.indiko.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.Property;
import io.github.indiko.testkit.property.PropertyViolation;
import io.github.indiko.testkit.property.Settings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The data generators: valid lines are accepted, invalid ones rejected for their reason. */
class DataGenProperties {
  private static final Settings SETTINGS = Settings.defaults();

  /** Definitions and something made for them. */
  record With<T>(EditionDefinitions definitions, T value) {}

  private static <T> Gen<With<T>> forDefinitions(
      Gen<EditionDefinitions> definitions,
      java.util.function.Function<EditionDefinitions, Gen<T>> made) {
    return definitions.flatMap(d -> made.apply(d).map(value -> new With<>(d, value)));
  }

  private static List<LineResult<?>> results(
      EditionDefinitions definitions, String lines, boolean responses) {
    DataValidator validator = DataValidator.of(definitions);
    ByteArrayInputStream in = new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8));
    List<LineResult<?>> results = new ArrayList<>();
    try (LineReader<?> reader =
        responses
            ? validator.responses(in, DataValidator.RESPONSES)
            : validator.audits(in, DataValidator.AUDITS)) {
      reader.forEachRemaining(results::add);
    }
    return results;
  }

  private static Object accepted(EditionDefinitions definitions, String line, boolean responses) {
    List<LineResult<?>> results = results(definitions, line, responses);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).as("%s", line).isInstanceOf(LineResult.Accepted.class);
    return ((LineResult.Accepted<?>) results.get(0)).record();
  }

  @Test
  void responses_acceptedAsGenerated() {
    Property.check(
        "generated responses are accepted",
        forDefinitions(DomainGen.definitions(), DataGen::responses),
        with ->
            assertThat(accepted(with.definitions(), DataGen.line(with.value()), true))
                .isEqualTo(with.value()),
        SETTINGS.withExamples(400));
  }

  @Test
  void responseLines_accepted() {
    Property.check(
        "generated response lines, with null answers, are accepted",
        forDefinitions(DomainGen.definitions(), DataGen::responseLines),
        with -> accepted(with.definitions(), with.value(), true),
        SETTINGS.withExamples(300));
  }

  @Test
  void audits_acceptedAsGenerated() {
    Property.check(
        "generated audits are accepted",
        forDefinitions(DomainGen.definitions(), DataGen::audits),
        with ->
            assertThat(accepted(with.definitions(), DataGen.line(with.value()), false))
                .isEqualTo(with.value()),
        SETTINGS.withExamples(400));
  }

  @Test
  void audits_observeNaAndMissed() {
    List<AuditRecord> audits =
        forDefinitions(DomainGen.definitions(), DataGen::audits)
            .samples(5)
            .limit(300)
            .map(With::value)
            .toList();
    assertThat(audits.stream().flatMap(audit -> audit.observations().values().stream()))
        .contains(
            io.github.indiko.core.audit.Observation.MISSED,
            io.github.indiko.core.audit.Observation.NOT_APPLICABLE,
            io.github.indiko.core.audit.Observation.MET);
  }

  static Stream<RejectReason> responseReasons() {
    return InvalidLines.responseReasons().stream();
  }

  static Stream<RejectReason> auditReasons() {
    return InvalidLines.auditReasons().stream();
  }

  @ParameterizedTest
  @MethodSource("responseReasons")
  void invalidResponses_rejectedForTheirReason(RejectReason reason) {
    checkRejected(reason, true, InvalidLines::responses);
  }

  @ParameterizedTest
  @MethodSource("auditReasons")
  void invalidAudits_rejectedForTheirReason(RejectReason reason) {
    checkRejected(reason, false, InvalidLines::audits);
  }

  private static void checkRejected(
      RejectReason reason,
      boolean responses,
      BiFunction<EditionDefinitions, RejectReason, Gen<String>> lines) {
    Gen<EditionDefinitions> definitions =
        switch (reason) {
          case DUPLICATE_RESPONDENT ->
              DomainGen.definitions()
                  .filter(d -> d.edition().scoring().oneResponsePerRespondent(), 100);
          case INVALID_SEGMENT ->
              DomainGen.definitions().filter(d -> !d.questionnaire().segments().isEmpty(), 100);
          default -> DomainGen.definitions();
        };
    boolean pair =
        reason == RejectReason.DUPLICATE_ID
            || reason == RejectReason.DUPLICATE_RESPONDENT
            || reason == RejectReason.SAME_AUDITOR;
    Property.check(
        reason.code() + " lines are rejected for it",
        forDefinitions(definitions, d -> lines.apply(d, reason)),
        with -> {
          List<LineResult<?>> results = results(with.definitions(), with.value(), responses);
          int count = with.value().split("\n", -1).length;
          assertThat(results).as("%s", with.value()).hasSize(count);
          if (reason == RejectReason.UNKNOWN_ORIGINAL) {
            assertThat(count).isBetween(1, 2);
          } else {
            assertThat(count).isEqualTo(pair ? 2 : 1);
          }
          if (count == 2) {
            assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
          }
          LineResult<?> last = results.get(results.size() - 1);
          assertThat(last).as("%s", with.value()).isInstanceOf(LineResult.Rejected.class);
          assertThat(((LineResult.Rejected<?>) last).reject().reason())
              .as("%s", with.value())
              .isEqualTo(reason);
        },
        SETTINGS.withExamples(100));
  }

  @Test
  void invalidSegment_withoutDeclaredSegments_isRefusedNamingTheReason() {
    EditionDefinitions definitions =
        DomainGen.definitions()
            .filter(d -> d.questionnaire().segments().isEmpty(), 100)
            .samples(1)
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> InvalidLines.responses(definitions, RejectReason.INVALID_SEGMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid_segment")
        .hasMessageContaining("declares no segment");
  }

  @Test
  void invalidLines_refuseAReasonOfTheOtherSource() {
    EditionDefinitions definitions = DomainGen.definitions().samples(1).findFirst().orElseThrow();
    assertThatThrownBy(() -> InvalidLines.responses(definitions, RejectReason.UNKNOWN_GRID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown_grid");
    assertThatThrownBy(() -> InvalidLines.audits(definitions, RejectReason.MISSING_REQUIRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing_required");
  }

  @Test
  void check_shrinksAFalsePropertyOnResponsesToASmallCounterexample() {
    Gen<With<Response>> responses = forDefinitions(DomainGen.definitions(), DataGen::responses);

    assertThatThrownBy(
            () ->
                Property.check(
                    "no response answers three questions",
                    responses,
                    with -> assertThat(with.value().answers()).hasSizeLessThan(3),
                    // Where the shrinker stops depends on the first failing example: on 8 seeds
                    // of 1 to 12 it reaches three answers (segments declared or not, one version
                    // of the questionnaire or several), on the others four or five. This test
                    // pins one of the eight.
                    SETTINGS.withSeed(7)))
        .isInstanceOfSatisfying(
            PropertyViolation.class,
            violation -> {
              @SuppressWarnings("unchecked")
              With<Response> shrunk = (With<Response>) violation.counterexample();
              assertThat(shrunk.value().answers()).hasSize(3);
              assertThat(shrunk.definitions().questionnaire().questions()).hasSizeLessThanOrEqualTo(8);
              assertThat(shrunk.definitions().structures()).hasSize(2);
              assertThat(shrunk.value().id().value()).isEqualTo("a");
            });
  }
}
