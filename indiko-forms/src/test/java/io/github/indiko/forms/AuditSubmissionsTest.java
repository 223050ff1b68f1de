package io.github.indiko.forms;

import static io.github.indiko.forms.AuditForms.accepted;
import static io.github.indiko.forms.AuditForms.inPerson;
import static io.github.indiko.forms.AuditForms.post;
import static io.github.indiko.forms.AuditForms.rejected;
import static io.github.indiko.forms.AuditForms.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.SourceCounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuditSubmissionsTest {
  private static final CriterionId DESK_WAIT = new CriterionId("desk_wait");

  /** The error of the only field in error. */
  private static AuditError onlyError(AuditSubmission submission) {
    List<AuditError> errors = rejected(submission).errors();
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  private static AuditError criterionError(AuditSubmission submission, String id) {
    return rejected(submission).errors().stream()
        .filter(e -> e.criterion() != null && e.criterion().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error of " + id));
  }

  @Test
  void parse_everyKindOfObservation_acceptedAsTheValidatorReadsTheLine() {
    AuditSubmission.Accepted accepted =
        accepted(post(Channel.IN_PERSON, inPerson("ik:comment", "Accueil\r\naimable")));

    assertThat(accepted.line())
        .isEqualTo(
            "{\"id\":\"a-web-1\",\"grid\":\"audit-accueil\",\"version\":1,"
                + "\"structure\":\"mairie-grandpre-sur-vire\",\"channel\":\"in_person\","
                + "\"auditor\":\"aud-07\",\"performedAt\":\"2017-09-12T10:05+02:00\","
                + "\"observations\":{\"desk_signage\":\"met\",\"desk_wait\":12,"
                + "\"desk_greeting\":\"not_met\",\"desk_answer\":\"na\",\"desk_docs\":\"met\"},"
                + "\"comment\":\"Accueil\\naimable\"}");
    AuditRecord record = accepted.record();
    assertThat(record.observations().get(DESK_WAIT)).isEqualTo(new Observation.Measured(12));
    assertThat(record.performedAt()).isEqualTo(OffsetDateTime.parse("2017-09-12T10:05+02:00"));
    assertThat(record.of()).isNull();
    assertThat(AuditLines.line(record)).isEqualTo(accepted.line());

    // The line, appended to audits.jsonl, is accepted by the file validator as it stands.
    List<LineResult<AuditRecord>> results = new ArrayList<>();
    SourceCounts counts =
        DataValidator.of(AuditForms.SAMPLE)
            .validateAudits(
                new ByteArrayInputStream(
                    (accepted.line() + "\n").getBytes(StandardCharsets.UTF_8)),
                DataValidator.AUDITS,
                results::add);
    assertThat(counts.accepted()).isEqualTo(1);
    assertThat(results.get(0)).isEqualTo(new LineResult.Accepted<>(1, record));
  }

  @Test
  void parse_missedAndHiddenCriteria_acceptedWithoutThem() {
    AuditSubmission.Accepted accepted =
        accepted(
            post(Channel.PHONE, visit("phone_hours", "not_met", "phone_rings", "missed")));

    assertThat(accepted.record().observations())
        .containsExactly(
            Map.entry(new CriterionId("phone_hours"), Observation.NOT_MET),
            Map.entry(new CriterionId("phone_rings"), Observation.MISSED));
  }

  @Test
  void parse_visitInWinter_readInTheEditionsTimeZone() {
    String body =
        Forms.body(
            "ik:date", "2017-11-30", "ik:time", "23:59:30",
            "phone_hours", "met", "phone_rings", "missed");
    AuditRecord record = accepted(post(Channel.PHONE, body)).record();

    assertThat(record.performedAt()).isEqualTo(OffsetDateTime.parse("2017-11-30T23:59:30+01:00"));
  }

  @Test
  void parse_visitAfterTheCollection_refusedOnTheVisitByTheValidator() {
    String body =
        Forms.body(
            "ik:date", "2017-12-01", "ik:time", "00:00",
            "phone_hours", "met", "phone_rings", "missed");
    AuditError error = onlyError(post(Channel.PHONE, body));

    assertThat(error.field()).isEqualTo(AuditError.Field.PERFORMED_AT);
    assertThat(error.code()).isEqualTo(FieldError.Code.OUTSIDE_COLLECTION);
    assertThat(error.message())
        .isEqualTo("La visite doit avoir lieu pendant le recueil, du 01/09/2017 au 30/11/2017.");
  }

  @Test
  void parse_visitMissingOrUnreadable_refusedOnTheVisit() {
    AuditError missing =
        onlyError(post(Channel.PHONE, Forms.body("phone_hours", "met", "phone_rings", "missed")));
    AuditError time =
        onlyError(
            post(
                Channel.PHONE,
                Forms.body(
                    "ik:date", "2017-09-12", "ik:time", "25:00",
                    "phone_hours", "met", "phone_rings", "missed")));

    assertThat(missing.field()).isEqualTo(AuditError.Field.PERFORMED_AT);
    assertThat(missing.code()).isEqualTo(FieldError.Code.REQUIRED);
    assertThat(time.field()).isEqualTo(AuditError.Field.PERFORMED_AT);
    assertThat(time.code()).isEqualTo(FieldError.Code.NOT_A_DATE);
  }

  @Test
  void parse_criterionShownNotObserved_required() {
    AuditSubmission.Rejected noValue = rejected(post(Channel.PHONE, visit("phone_rings", "value")));
    AuditSubmission.Rejected shownByTheValue =
        rejected(post(Channel.PHONE, visit("phone_hours", "met", "phone_rings:value", "3")));

    assertThat(noValue.errors())
        .extracting(AuditError::criterion, AuditError::code)
        .containsExactly(
            tuple(new CriterionId("phone_hours"), FieldError.Code.REQUIRED),
            tuple(new CriterionId("phone_rings"), FieldError.Code.REQUIRED));
    assertThat(noValue.errors().get(0).message()).isEqualTo("Observez ce critère.");
    assertThat(noValue.errors().get(1).message())
        .isEqualTo(
            "Saisissez la valeur, ou choisissez «\u00A0manqué\u00A0»"
                + " ou «\u00A0sans objet\u00A0».");
    assertThat(shownByTheValue.errors())
        .extracting(AuditError::criterion, AuditError::code)
        .containsExactly(
            tuple(new CriterionId("phone_greeting"), FieldError.Code.REQUIRED),
            tuple(new CriterionId("phone_answer"), FieldError.Code.REQUIRED));
  }

  @Test
  void parse_numberWithoutChoice_readAsTheValue() {
    AuditRecord record =
        accepted(
                post(
                    Channel.PHONE,
                    visit(
                        "phone_hours", "met", "phone_rings:value", "3",
                        "phone_greeting", "met", "phone_answer", "not_met")))
            .record();

    assertThat(record.observations().get(new CriterionId("phone_rings")))
        .isEqualTo(new Observation.Measured(3));
  }

  @Test
  void parse_numbersOutOfTheMeasuresRules_refusedWithItsBounds() {
    AuditError above =
        criterionError(
            post(Channel.PHONE, visit("phone_rings", "value", "phone_rings:value", "101")),
            "phone_rings");
    AuditError fraction =
        criterionError(
            post(Channel.PHONE, visit("phone_rings", "value", "phone_rings:value", "4.5")),
            "phone_rings");
    AuditError text =
        criterionError(
            post(Channel.PHONE, visit("phone_rings", "value", "phone_rings:value", "quatre")),
            "phone_rings");

    assertThat(above.code()).isEqualTo(FieldError.Code.OUT_OF_RANGE);
    assertThat(above.message()).isEqualTo("Choisissez une valeur entre 0 et 100.");
    assertThat(fraction.code()).isEqualTo(FieldError.Code.NOT_AN_INTEGER);
    assertThat(text.code()).isEqualTo(FieldError.Code.NOT_A_NUMBER);
  }

  @Test
  void parse_valueAndMissed_conflicting() {
    AuditError error =
        criterionError(
            post(Channel.PHONE, visit("phone_rings", "missed", "phone_rings:value", "3")),
            "phone_rings");

    assertThat(error.code()).isEqualTo(FieldError.Code.CONFLICTING);
  }

  @Test
  void parse_wordsNotOffered_notAnOption() {
    AuditError check =
        criterionError(post(Channel.PHONE, visit("phone_hours", "yes")), "phone_hours");
    AuditError measure =
        criterionError(post(Channel.PHONE, visit("phone_rings", "dates")), "phone_rings");

    assertThat(check.code()).isEqualTo(FieldError.Code.NOT_AN_OPTION);
    assertThat(measure.code()).isEqualTo(FieldError.Code.NOT_AN_OPTION);
  }

  @Test
  void parse_observationOfAHiddenCriterion_refusedAndDropped() {
    AuditSubmission.Rejected rejected =
        rejected(
            post(
                Channel.PHONE,
                visit(
                    "phone_hours", "met", "phone_rings", "missed",
                    "phone_greeting", "met", "phone_answer", "")));

    assertThat(rejected.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.criterion()).isEqualTo(new CriterionId("phone_greeting"));
              assertThat(error.code()).isEqualTo(FieldError.Code.OBSERVED_HIDDEN);
            });
    assertThat(rejected.state().values())
        .containsKeys("phone_hours", "phone_rings")
        .doesNotContainKeys("phone_greeting", "phone_answer");
  }

  @Test
  void parse_fieldsNotOfTheForm_unknown() {
    List<String> names = List.of("email_delay", "phone_hours:value", "phone_rings:from", "ik:x");
    for (String name : names) {
      AuditError error =
          onlyError(
              post(
                  Channel.PHONE,
                  visit("phone_hours", "met", "phone_rings", "missed", name, "x")));
      assertThat(error.field()).as(name).isEqualTo(AuditError.Field.FORM);
      assertThat(error.code()).as(name).isEqualTo(FieldError.Code.UNKNOWN_FIELD);
    }
  }

  @Test
  void parse_fieldSentTwice_repeated() {
    AuditError error =
        onlyError(
            post(
                Channel.PHONE,
                visit("phone_hours", "met", "phone_hours", "not_met", "phone_rings", "missed")));

    assertThat(error.criterion()).isEqualTo(new CriterionId("phone_hours"));
    assertThat(error.code()).isEqualTo(FieldError.Code.REPEATED);
    assertThat(error.message())
        .isEqualTo("Ce champ a été envoyé plusieurs fois\u00A0: n'en envoyez qu'un.");
  }

  @Test
  void parse_moreFieldsThanControls_refusedWhole() {
    StringBuilder body = new StringBuilder(visit("phone_hours", "met"));
    for (int i = 0; i < 20; i++) {
      body.append("&phone_rings=missed");
    }
    AuditError error = rejected(post(Channel.PHONE, body.toString())).errors().get(0);

    assertThat(error.field()).isEqualTo(AuditError.Field.FORM);
    assertThat(error.code()).isEqualTo(FieldError.Code.TOO_MANY_FIELDS);
  }

  @Test
  void parse_bodyOrCommentBeyondTheLimits_refused() {
    AuditSubmissions small =
        AuditSubmissions.of(AuditForms.SAMPLE, new SubmissionLimits(300, 60, 1000));
    String base = visit("phone_hours", "met", "phone_rings", "missed");
    AuditContext context = AuditForms.context(Channel.PHONE, Locale.FRENCH);
    String fields = "&ik:comment=" + "x".repeat(40) + "&ik:of=" + "y".repeat(40);

    AuditError body =
        rejected(small.parse(base + fields + fields + fields, context)).errors().get(0);
    AuditError comment = onlyError(small.parse(base + "&ik:comment=" + "x".repeat(60), context));

    assertThat(body.field()).isEqualTo(AuditError.Field.FORM);
    assertThat(body.code()).isEqualTo(FieldError.Code.BODY_TOO_LARGE);
    assertThat(comment.field()).isEqualTo(AuditError.Field.COMMENT);
    assertThat(comment.code()).isEqualTo(FieldError.Code.TOO_LARGE);
    assertThat(accepted(small.parse(base + "&ik:comment=" + "x".repeat(40), context)).line())
        .contains("\"comment\":\"" + "x".repeat(40) + "\"");
  }

  @Test
  void parse_csrfField_ignored() {
    AuditSubmission submission =
        post(Channel.PHONE, visit("phone_hours", "met", "phone_rings", "missed", Forms.CSRF, "t"));

    assertThat(accepted(submission).line()).doesNotContain("\"t\"");
  }

  @Test
  void parse_originNotAnIdentifier_refusedOnTheField() {
    AuditError error =
        onlyError(
            post(
                Channel.PHONE,
                visit("phone_hours", "met", "phone_rings", "missed", "ik:of", "A 0001")));

    assertThat(error.field()).isEqualTo(AuditError.Field.OF);
    assertThat(error.code()).isEqualTo(FieldError.Code.NOT_AN_IDENTIFIER);
  }

  @Test
  void parse_channelTheStructureDoesNotOffer_notAccepted() {
    AuditSubmission submission =
        AuditForms.SUBMISSIONS.parse(
            Forms.body("ik:date", "2017-09-12", "ik:time", "10:05"),
            AuditForms.context(Channel.MAIL, Locale.ENGLISH));

    AuditError error = onlyError(submission);
    assertThat(error.field()).isEqualTo(AuditError.Field.FORM);
    assertThat(error.code()).isEqualTo(FieldError.Code.NOT_ACCEPTED);
    assertThat(error.message())
        .isEqualTo("This audit cannot be recorded for this edition (reason: unknown_channel).");
  }

  @Test
  void parse_double_readsTheKeptRecordsOfItsOriginal() {
    List<AuditId> asked = new ArrayList<>();
    AuditContext context =
        new AuditContext(
            new AuditId("a-web-2"),
            AuditForms.GRANDPRE,
            Channel.PHONE,
            "aud-08",
            Locale.FRENCH,
            Forms.CSRF,
            original -> {
              asked.add(original);
              return List.of();
            });

    AuditForms.SUBMISSIONS.parse(
        visit("phone_hours", "met", "phone_rings", "missed", "ik:of", "a-0001"), context);

    assertThat(asked).containsExactly(new AuditId("a-0001"));
  }

  /** A phone visit of Grandpré-sur-Vire by an auditor, doubling {@code of} when not null. */
  private static AuditSubmission phone(
      String id, String auditor, @Nullable String of, KeptAudits kept) {
    AuditContext context =
        new AuditContext(
            new AuditId(id),
            AuditForms.GRANDPRE,
            Channel.PHONE,
            auditor,
            Locale.ENGLISH,
            Forms.CSRF,
            kept);
    String body =
        of == null
            ? visit("phone_hours", "met", "phone_rings", "missed")
            : visit("phone_hours", "not_met", "phone_rings", "missed", "ik:of", of);
    return AuditForms.SUBMISSIONS.parse(body, context);
  }

  private static String[] followedUp(String[] pairs) {
    String[] all = Arrays.copyOf(pairs, pairs.length + 2);
    all[pairs.length] = "email_followup";
    all[pairs.length + 1] = "met";
    return all;
  }

  private static AuditSubmission email(String... pairs) {
    return AuditForms.DAY_SUBMISSIONS.parse(
        visit(pairs), AuditForms.context(Channel.EMAIL, Locale.FRENCH));
  }

  @Test
  void parse_measureInWorkingDaysAsTwoDates_acceptedHoldingTheWorkingDays() {
    AuditSubmission.Accepted accepted =
        accepted(
            email(
                "email_delay", "missed",
                "email_reply_days", "dates",
                "email_reply_days:from", "2017-10-02",
                "email_reply_days:to", "2017-10-10"));

    DateSpan dates = new DateSpan(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 10));
    assertThat(accepted.record().observations().get(new CriterionId("email_reply_days")))
        .isEqualTo(new Observation.Measured(6, dates));
    assertThat(accepted.line())
        .contains("\"email_reply_days\":{\"from\":\"2017-10-02\",\"to\":\"2017-10-10\"}");
  }

  @Test
  void parse_conditionOverTheWorkingDays_requiredOnItsCriterionWhenTheyExceedIt() {
    String[] overTen = {
      "email_delay", "missed",
      "email_reply_days", "dates",
      "email_reply_days:from", "2017-10-02",
      "email_reply_days:to", "2017-10-20"
    };

    AuditError error = onlyError(email(overTen));
    AuditSubmission.Accepted followedUp =
        accepted(email(followedUp(overTen)));

    assertThat(error.field()).isEqualTo(AuditError.Field.CRITERION);
    assertThat(error.criterion()).isEqualTo(new CriterionId("email_followup"));
    assertThat(error.code()).isEqualTo(FieldError.Code.REQUIRED);
    assertThat(followedUp.record().observations())
        .containsEntry(
            new CriterionId("email_reply_days"),
            new Observation.Measured(
                14, new DateSpan(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 20))))
        .containsEntry(new CriterionId("email_followup"), Observation.MET);
  }

  @Test
  void parse_doubleOfAKeptOriginal_acceptedNamingIt() {
    AuditRecord original = accepted(phone("a-web-1", "aud-07", null, KeptAudits.none())).record();

    AuditSubmission.Accepted calibration =
        accepted(phone("a-web-2", "aud-08", "a-web-1", id -> List.of(original)));

    assertThat(calibration.record().of()).isEqualTo(original.id());
    assertThat(calibration.record().isDouble()).isTrue();
    assertThat(calibration.line()).endsWith(",\"of\":\"a-web-1\"}");
  }

  @Test
  void parse_doubleByTheOriginalsAuditorOrOfNothingKept_refusedOnTheDoublesField() {
    AuditRecord original = accepted(phone("a-web-1", "aud-07", null, KeptAudits.none())).record();
    AuditRecord earlier =
        accepted(phone("a-web-2", "aud-08", "a-web-1", id -> List.of(original))).record();

    AuditError sameAsOriginal =
        onlyError(phone("a-web-3", "aud-07", "a-web-1", id -> List.of(original)));
    AuditError sameAsEarlier =
        onlyError(phone("a-web-3", "aud-08", "a-web-1", id -> List.of(original, earlier)));
    AuditError nothingKept = onlyError(phone("a-web-3", "aud-09", "a-web-1", KeptAudits.none()));

    assertThat(List.of(sameAsOriginal, sameAsEarlier, nothingKept))
        .extracting(AuditError::field, AuditError::code)
        .containsExactly(
            tuple(AuditError.Field.OF, FieldError.Code.SAME_AUDITOR),
            tuple(AuditError.Field.OF, FieldError.Code.SAME_AUDITOR),
            tuple(AuditError.Field.OF, FieldError.Code.UNKNOWN_ORIGINAL));
    assertThat(nothingKept.message()).isNotBlank().isNotEqualTo(sameAsOriginal.message());
  }
}
