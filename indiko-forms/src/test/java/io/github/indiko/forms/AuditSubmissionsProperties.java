package io.github.indiko.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The auditors' form over every observation of the sample's in-person criteria and every minute of
 * the collection: what the auditor means is what the validator accepts; and any body made of the
 * form's field names and values never throws, is accepted only as a line the file validator
 * accepts, and else renders again with its errors.
 */
class AuditSubmissionsProperties {
  private static final List<String> CHECKS =
      List.of("desk_signage", "desk_greeting", "desk_answer", "desk_docs");
  private static final List<String> WORDS = List.of("met", "not_met", "na");
  private static final LocalDate FROM = LocalDate.of(2017, 9, 1);
  private static final int DAYS = 91;

  @Test
  void parse_intendedObservations_acceptedAsIntended() {
    Gen<List<Integer>> checks = lists().of(integers().between(0, 2)).ofSize(CHECKS.size());
    qt().forAll(checks, integers().between(-2, 240), integers().between(0, DAYS * 24 * 60 - 1))
        .checkAssert(
            (words, wait, minute) -> {
              List<String> pairs = new ArrayList<>();
              Map<CriterionId, Observation> intended = new LinkedHashMap<>();
              for (int i = 0; i < CHECKS.size(); i++) {
                pairs.addAll(List.of(CHECKS.get(i), WORDS.get(words.get(i))));
                intended.put(
                    new CriterionId(CHECKS.get(i)),
                    switch (words.get(i)) {
                      case 0 -> Observation.MET;
                      case 1 -> Observation.NOT_MET;
                      default -> Observation.NOT_APPLICABLE;
                    });
              }
              Observation measure =
                  wait == -2
                      ? Observation.MISSED
                      : wait == -1 ? Observation.NOT_APPLICABLE : new Observation.Measured(wait);
              pairs.addAll(
                  wait < 0
                      ? List.of("desk_wait", wait == -2 ? "missed" : "na")
                      : List.of("desk_wait:value", Integer.toString(wait)));
              LocalDate day = FROM.plusDays(minute / (24 * 60));
              LocalTime time = LocalTime.MIN.plusMinutes(minute % (24 * 60));
              pairs.addAll(List.of("ik:date", day.toString(), "ik:time", time.toString()));

              AuditRecord record =
                  AuditForms.accepted(
                          AuditForms.post(
                              Channel.IN_PERSON, Forms.body(pairs.toArray(String[]::new))))
                      .record();

              assertThat(record.performedAt().toLocalDateTime()).isEqualTo(day.atTime(time));
              assertThat(record.observations().get(new CriterionId("desk_wait")))
                  .isEqualTo(measure);
              intended.forEach(
                  (id, observation) ->
                      assertThat(record.observations()).containsEntry(id, observation));
            });
  }

  @Test
  void parse_anyBodyOfTheFormsFields_neverThrowsAndAcceptsOnlyValidLines() {
    List<String> names =
        List.of(
            "ik:date", "ik:time", "ik:comment", "ik:of", "phone_hours", "phone_rings",
            "phone_rings:value", "phone_greeting", "phone_answer", "phone_rings:from", "other");
    List<String> values =
        List.of(
            "", "met", "not_met", "na", "missed", "value", "3", "101", "-1", "4.5", "2017-09-12",
            "2017-12-01", "10:05", "25:00", "a-0001", "A b", "<script>", "\u0000");
    Gen<List<Integer>> fields =
        lists().of(integers().between(0, names.size() * values.size() - 1)).ofSizeBetween(0, 14);
    DataValidator validator = DataValidator.of(AuditForms.SAMPLE);
    AuditForm form = AuditForms.SUBMISSIONS.form(AuditForms.GRANDPRE, Channel.PHONE);
    qt().forAll(fields)
        .checkAssert(
            chosen -> {
              List<String> pairs = new ArrayList<>();
              for (int n : chosen) {
                pairs.add(names.get(n % names.size()));
                pairs.add(values.get(n / names.size()));
              }
              AuditSubmission submission =
                  AuditForms.SUBMISSIONS.parse(
                      Forms.body(pairs.toArray(String[]::new)),
                      AuditForms.context(Channel.PHONE, Locale.ENGLISH));
              if (submission instanceof AuditSubmission.Accepted accepted) {
                assertThat(AuditLines.line(accepted.record())).isEqualTo(accepted.line());
                byte[] line = (accepted.line() + "\n").getBytes(StandardCharsets.UTF_8);
                List<LineResult<AuditRecord>> results = new ArrayList<>();
                validator.validateAudits(
                    new ByteArrayInputStream(line), DataValidator.AUDITS, results::add);
                assertThat(results)
                    .containsExactly(new LineResult.Accepted<>(1, accepted.record()));
              } else {
                AuditState state = ((AuditSubmission.Rejected) submission).state();
                assertThat(form.render(state, FormOptions.of(Locale.ENGLISH, "/a")))
                    .startsWith("<form")
                    .contains("id=\"ik:errors\"");
              }
            });
  }
}
