package io.github.indiko.forms;

import static io.github.indiko.forms.AuditForms.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.grid.CriterionId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a submission gives before the edition's validator reads it: the record and its line, with
 * the dated measures (analysis.md §A6) and the doubles (analysis.md §A5); {@link
 * AuditSubmissionsTest} takes submissions through the validator.
 */
class AuditReaderTest {
  private static final CriterionId REPLY_DAYS = new CriterionId("email_reply_days");
  private static final LocalDate REQUEST = LocalDate.of(2017, 10, 2);
  private static final LocalDate ANSWER = LocalDate.of(2017, 10, 10);

  private static AuditReader.Result read(AuditContext context, String body) {
    AuditForm form = AuditForms.DAY_SUBMISSIONS.form(AuditForms.GRANDPRE, context.channel());
    try {
      FormBody.Result fields =
          new FormBody(SubmissionLimits.defaults(), form.controls + 1)
              .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
      return new AuditReader(form, Messages.of(context.locale(), "fr")).read(fields, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AuditReader.Result email(String... pairs) {
    return read(AuditForms.context(Channel.EMAIL, Locale.FRENCH), visit(pairs));
  }

  private static AuditRecord record(AuditReader.Result result) {
    assertThat(result.errors()).isEmpty();
    assertThat(result.record()).isNotNull();
    return result.record();
  }

  @Test
  void read_measureInWorkingDays_theTwoDatesInTheRecordAndTheLine() {
    AuditRecord record =
        record(
            email(
                "email_delay", "value", "email_delay:value", "30",
                "email_reply_days", "dates",
                "email_reply_days:from", "2017-10-02",
                "email_reply_days:to", "2017-10-10",
                "email_complete", "met", "email_polite", "met"));

    Observation observation = record.observations().get(REPLY_DAYS);
    assertThat(observation).isInstanceOf(Observation.Measured.class);
    assertThat(((Observation.Measured) observation).dates())
        .isEqualTo(new DateSpan(REQUEST, ANSWER));
    assertThat(AuditLines.line(record))
        .contains(
            "\"email_delay\":30,"
                + "\"email_reply_days\":{\"from\":\"2017-10-02\",\"to\":\"2017-10-10\"},"
                + "\"email_complete\":\"met\"");
  }

  @Test
  void read_datesWithoutChoice_readAsTheDates() {
    AuditRecord record =
        record(
            email(
                "email_delay", "missed",
                "email_reply_days:from", "2017-10-02",
                "email_reply_days:to", "2017-10-02"));

    assertThat(record.observations().get(REPLY_DAYS))
        .isInstanceOfSatisfying(
            Observation.Measured.class,
            measured -> assertThat(measured.dates()).isEqualTo(new DateSpan(REQUEST, REQUEST)));
  }

  @Test
  void read_conditionOnTheDaysCounted_decidedOnTheWorkingDaysOfTheStructure() {
    // email_followup is observed only when email_reply_days > 10: from 2 to 30 October 2017 are
    // 20 working days in Finistère (Grandpré-sur-Vire), from 2 to 10 October 6.
    AuditReader.Result without =
        email(
            "email_delay", "missed",
            "email_reply_days:from", "2017-10-02", "email_reply_days:to", "2017-10-30");
    AuditReader.Result with =
        email(
            "email_delay", "missed",
            "email_reply_days:from", "2017-10-02", "email_reply_days:to", "2017-10-30",
            "email_followup", "met");
    AuditReader.Result fewDays =
        email(
            "email_delay", "missed",
            "email_reply_days:from", "2017-10-02", "email_reply_days:to", "2017-10-10",
            "email_followup", "met");

    assertThat(without.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.criterion()).isEqualTo(new CriterionId("email_followup"));
              assertThat(e.code()).isEqualTo(FieldError.Code.REQUIRED);
            });
    assertThat(record(with).observations())
        .containsEntry(new CriterionId("email_followup"), Observation.MET);
    assertThat(fewDays.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.code()).isEqualTo(FieldError.Code.OBSERVED_HIDDEN));
  }

  @Test
  void read_datesIncompleteReversedOrConflicting_refusedOnTheCriterion() {
    assertThat(errorCode("email_reply_days", "dates", "email_reply_days:from", "2017-10-02"))
        .isEqualTo(FieldError.Code.REQUIRED);
    assertThat(
            errorCode(
                "email_reply_days:from", "2017-10-10", "email_reply_days:to", "2017-10-02"))
        .isEqualTo(FieldError.Code.DATES_REVERSED);
    assertThat(
            errorCode(
                "email_reply_days:from", "2017-10-02", "email_reply_days:to", "02/10/2017"))
        .isEqualTo(FieldError.Code.NOT_A_DATE);
    assertThat(
            errorCode(
                "email_reply_days", "na",
                "email_reply_days:from", "2017-10-02", "email_reply_days:to", "2017-10-03"))
        .isEqualTo(FieldError.Code.CONFLICTING);
  }

  @Test
  void read_numberForAMeasureInDays_unknownField() {
    AuditReader.Result result =
        email(
            "email_delay", "missed",
            "email_reply_days", "missed", "email_reply_days:value", "5");

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo(AuditError.Field.FORM);
              assertThat(e.code()).isEqualTo(FieldError.Code.UNKNOWN_FIELD);
            });
  }

  @Test
  void read_double_ofAfterTheCommentInTheLine() {
    AuditRecord record =
        record(
            read(
                AuditForms.context(Channel.PHONE, Locale.FRENCH),
                visit(
                    "phone_hours", "met", "phone_rings", "missed",
                    "ik:comment", "Seconde visite", "ik:of", "a-0001")));

    assertThat(record.of()).isEqualTo(new AuditId("a-0001"));
    assertThat(record.auditor()).isEqualTo("aud-07");
    assertThat(AuditLines.line(record))
        .endsWith(",\"comment\":\"Seconde visite\",\"of\":\"a-0001\"}");
  }

  @Test
  void read_emptyOf_anOriginal() {
    AuditRecord record =
        record(
            read(
                AuditForms.context(Channel.PHONE, Locale.FRENCH),
                visit("phone_hours", "met", "phone_rings", "missed", "ik:of", "")));

    assertThat(record.isDouble()).isFalse();
    assertThat(AuditLines.line(record)).doesNotContain("\"of\"");
  }

  private static FieldError.Code errorCode(String... pairs) {
    String[] all = new String[pairs.length + 2];
    all[0] = "email_delay";
    all[1] = "missed";
    System.arraycopy(pairs, 0, all, 2, pairs.length);
    List<AuditError> errors = email(all).errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).criterion()).isEqualTo(REPLY_DAYS);
    return errors.get(0).code();
  }
}
