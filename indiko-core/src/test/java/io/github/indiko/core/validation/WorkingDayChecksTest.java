package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.audits;
import static io.github.indiko.core.validation.Fixtures.reject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.AuditLines;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.structure.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measures in days observed as two dates (analysis.md §A6): counted with the structure's
 * department, checked like a number, and every way two dates are refused.
 */
class WorkingDayChecksTest {
  private static final DataValidator VALIDATOR = DataValidator.of(definitions());

  /**
   * The fixture edition collecting from 2026-03-01 to 2026-06-30, its grid with three measures on
   * the mail channel ({@code mail_reply} in working days, 0 to 20, integer; {@code mail_wait} in
   * calendar days, 1 to 40; {@code mail_pages} in pages) and a check shown when the reply took at
   * most 5 days; structures without territory, in Moselle, in Guadeloupe, and with a territory
   * without department.
   */
  static EditionDefinitions definitions() {
    EditionDefinitions plain = Fixtures.definitions(false);
    Edition e = plain.edition();
    Edition edition =
        new Edition(
            e.id(),
            e.name(),
            e.defaultLocale(),
            e.timeZone(),
            new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 20)),
            new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)),
            e.questionnaire(),
            e.grid(),
            e.scoring(),
            e.trophies(),
            null,
            e.channels(),
            null);
    Grid grid =
        new Grid(
            "audit-accueil",
            1,
            "fr",
            LocalizedText.of("fr", "Grille"),
            List.of(
                measure(
                    "mail_reply", new CriterionType.Measure(0.0, 20.0, true, "working_day", null)),
                measure(
                    "mail_wait", new CriterionType.Measure(1.0, 40.0, false, "calendar_day", null)),
                measure("mail_pages", new CriterionType.Measure(0.0, 50.0, true, "page", null)),
                new Criterion(
                    new CriterionId("mail_quick"),
                    Channel.MAIL,
                    new CriterionType.Check(),
                    LocalizedText.of("fr", "Réponse rapide"),
                    null,
                    1,
                    "mail_reply <= 5")));
    List<Structure> structures =
        List.of(
            structure("mairie-a", null),
            structure("mairie-m", new Territory("44", "57", null)),
            structure("mairie-g", new Territory("01", "971", null)),
            structure("mairie-x", new Territory("11", null, "75056")));
    List<Enrolment> enrolments =
        structures.stream()
            .map(s -> new Enrolment(s.id(), LocalDate.of(2026, 1, 10), Level.RAW))
            .toList();
    return new EditionDefinitions(edition, structures, enrolments, plain.questionnaire(), grid);
  }

  private static Criterion measure(String id, CriterionType.Measure type) {
    return new Criterion(
        new CriterionId(id), Channel.MAIL, type, LocalizedText.of("fr", id), null, 1, null);
  }

  private static Structure structure(String id, @Nullable Territory territory) {
    return new Structure(
        new StructureId(id), id, StructureType.COMMUNE, null, territory, List.of(Channel.MAIL));
  }

  /** A line of the structure whose reply is the given JSON, the other criteria observed. */
  private static String line(String structure, String reply, String quick) {
    return "{\"id\":\"a-1\",\"grid\":\"audit-accueil\",\"version\":1,\"structure\":\""
        + structure
        + "\",\"channel\":\"mail\",\"performedAt\":\"2026-04-15T10:00:00+02:00\","
        + "\"observations\":{\"mail_reply\":"
        + reply
        + ",\"mail_wait\":3,\"mail_pages\":2"
        + quick
        + "}}";
  }

  private static String dates(String from, String to) {
    return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
  }

  private static AuditRecord accepted(String line) {
    List<LineResult<AuditRecord>> results = audits(VALIDATOR, line);
    assertThat(results).hasSize(1);
    assertThat(reject(results.get(0))).as("reject of %s", line).isNull();
    return ((LineResult.Accepted<AuditRecord>) results.get(0)).record();
  }

  private static Observation reply(AuditRecord record) {
    return record.observations().get(new CriterionId("mail_reply"));
  }

  private static Observation.Measured measured(double days, String from, String to) {
    return new Observation.Measured(days, new DateSpan(LocalDate.parse(from), LocalDate.parse(to)));
  }

  @Test
  void check_workingDaysNationally_specReferenceFive() {
    AuditRecord record =
        accepted(line("mairie-a", dates("2026-04-02", "2026-04-10"), ",\"mail_quick\":\"met\""));

    assertThat(reply(record)).isEqualTo(measured(5, "2026-04-02", "2026-04-10"));
  }

  @Test
  void check_workingDaysInMoselle_goodFridayNotCounted() {
    AuditRecord record =
        accepted(line("mairie-m", dates("2026-04-02", "2026-04-10"), ",\"mail_quick\":\"met\""));

    assertThat(reply(record)).isEqualTo(measured(4, "2026-04-02", "2026-04-10"));
  }

  @Test
  void check_workingDaysInGuadeloupe_27MayNotCounted() {
    // 27 May 2026 is a Wednesday.
    String span = dates("2026-05-26", "2026-05-28");
    AuditRecord there = accepted(line("mairie-g", span, ",\"mail_quick\":\"met\""));
    AuditRecord national = accepted(line("mairie-a", span, ",\"mail_quick\":\"met\""));

    assertThat(reply(there)).isEqualTo(measured(1, "2026-05-26", "2026-05-28"));
    assertThat(reply(national)).isEqualTo(measured(2, "2026-05-26", "2026-05-28"));
  }

  @Test
  void check_territoryWithoutDepartment_nationalList() {
    AuditRecord record =
        accepted(line("mairie-x", dates("2026-04-02", "2026-04-10"), ",\"mail_quick\":\"met\""));

    assertThat(reply(record)).isEqualTo(measured(5, "2026-04-02", "2026-04-10"));
  }

  @Test
  void check_calendarDays_everyDayCounted() {
    AuditRecord record =
        accepted(
            line("mairie-m", "4", ",\"mail_quick\":\"met\"")
                .replace("\"mail_wait\":3", "\"mail_wait\":" + dates("2026-03-30", "2026-04-07")));

    assertThat(record.observations().get(new CriterionId("mail_wait")))
        .isEqualTo(measured(8, "2026-03-30", "2026-04-07"));
    assertThat(reply(record)).isEqualTo(new Observation.Measured(4));
  }

  @Test
  void check_datesAtTheReachOfTheCollection_accepted() {
    AuditRecord record =
        accepted(
            line("mairie-a", "6", "")
                .replace("\"mail_wait\":3", "\"mail_wait\":" + dates("2025-02-28", "2025-03-20")));
    assertThat(record.observations().get(new CriterionId("mail_wait")))
        .isEqualTo(measured(20, "2025-02-28", "2025-03-20"));

    record =
        accepted(
            line("mairie-a", "6", "")
                .replace("\"mail_wait\":3", "\"mail_wait\":" + dates("2027-06-25", "2027-07-01")));
    assertThat(record.observations().get(new CriterionId("mail_wait")))
        .isEqualTo(measured(6, "2027-06-25", "2027-07-01"));
  }

  @Test
  void check_conditionOnDatedMeasure_seesTheDayCount() {
    // Five working days: mail_quick is shown, so it must be observed.
    assertThat(
            reject(
                audits(VALIDATOR, line("mairie-a", dates("2026-04-02", "2026-04-10"), "")).get(0)))
        .isEqualTo(
            new Reject(
                "audits.jsonl",
                1,
                "a-1",
                RejectReason.MISSING_OBSERVATION,
                "criterion mail_quick is not observed"));
    // Four in Moselle: still shown. Six working days: hidden.
    accepted(line("mairie-m", dates("2026-04-02", "2026-04-10"), ",\"mail_quick\":\"not_met\""));
    accepted(line("mairie-a", dates("2026-04-02", "2026-04-13"), ""));
    assertThat(
            reject(
                audits(
                        VALIDATOR,
                        line(
                            "mairie-a",
                            dates("2026-04-02", "2026-04-13"),
                            ",\"mail_quick\":\"met\""))
                    .get(0)))
        .extracting(Reject::reason)
        .isEqualTo(RejectReason.OBSERVED_HIDDEN);
  }

  @Test
  void line_datedObservation_readsBackEqual() {
    AuditRecord record =
        accepted(
            line("mairie-m", dates("2026-04-02", "2026-04-10"), ",\"mail_quick\":\"met\"")
                .replace("\"mail_wait\":3", "\"mail_wait\":" + dates("2026-04-02", "2026-04-03")));
    String written = AuditLines.line(record);

    assertThat(written).contains("\"mail_reply\":{\"from\":\"2026-04-02\",\"to\":\"2026-04-10\"}");
    assertThat(accepted(written)).isEqualTo(record);
  }

  static Stream<Arguments> rejected() {
    String hint = " is not a number, two dates, missed or na";
    return Stream.of(
        Arguments.of(
            dates("2026-4-2", "2026-04-10"),
            "criterion mail_reply: from \"2026-4-2\" is not a date YYYY-MM-DD"),
        Arguments.of(
            dates("2026-04-02", "2026-02-30"),
            "criterion mail_reply: to \"2026-02-30\" is not a date YYYY-MM-DD"),
        Arguments.of(
            dates("2026-04-02", "2026-04-10T00:00"),
            "criterion mail_reply: to \"2026-04-10T00:00\" is not a date YYYY-MM-DD"),
        Arguments.of(
            dates("+2026-04-02", "2026-04-10"),
            "criterion mail_reply: from \"+2026-04-02\" is not a date YYYY-MM-DD"),
        Arguments.of(
            "{\"from\":20260402,\"to\":\"2026-04-10\"}",
            "criterion mail_reply: from 20260402 is not a date YYYY-MM-DD"),
        Arguments.of(
            "{\"from\":\"2026-04-02\",\"to\":null}",
            "criterion mail_reply: to null is not a date YYYY-MM-DD"),
        Arguments.of(
            dates("2026-04-10", "2026-04-02"),
            "criterion mail_reply: to 2026-04-02 is before from 2026-04-10"),
        Arguments.of(
            dates("2025-02-27", "2026-03-02"),
            "criterion mail_reply: from 2025-02-27 is more than 366 days before the collection's"
                + " start 2026-03-01"),
        Arguments.of(
            dates("2027-06-30", "2027-07-02"),
            "criterion mail_reply: to 2027-07-02 is more than 366 days after the collection's"
                + " end 2026-06-30"),
        Arguments.of(
            dates("2026-04-02", "2026-05-05"),
            "criterion mail_reply: 2026-04-02..2026-05-05 is 21 working days: 21 is above the"
                + " maximum 20"),
        Arguments.of(
            "{\"from\":\"2026-04-02\",\"to\":\"2026-04-10\",\"by\":\"x\"}",
            "criterion mail_reply: {\"from\": \"2026-04-02\", \"to\": \"2026-04-10\", \"by\":"
                + " \"x\"} is not two dates {\"from\": …, \"to\": …}"),
        Arguments.of(
            "{\"from\":\"2026-04-02\"}",
            "criterion mail_reply: {\"from\": \"2026-04-02\"} is not two dates {\"from\": …,"
                + " \"to\": …}"),
        Arguments.of("{}", "criterion mail_reply: {} is not two dates {\"from\": …, \"to\": …}"),
        Arguments.of(
            "[\"2026-04-02\",\"2026-04-10\"]",
            "criterion mail_reply: [\"2026-04-02\", \"2026-04-10\"]" + hint),
        Arguments.of("\"2026-04-10\"", "criterion mail_reply: \"2026-04-10\"" + hint),
        Arguments.of("2.5", "criterion mail_reply: 2.5 is not an integer"));
  }

  @ParameterizedTest
  @MethodSource
  void rejected(String reply, String message) {
    List<LineResult<AuditRecord>> results =
        audits(VALIDATOR, line("mairie-a", reply, ",\"mail_quick\":\"met\""));

    assertThat(reject(results.get(0)))
        .isEqualTo(new Reject("audits.jsonl", 1, "a-1", RejectReason.INVALID_OBSERVATION, message));
  }

  @Test
  void check_calendarDaysBelowMinimum_rejected() {
    String line =
        line("mairie-a", "4", ",\"mail_quick\":\"met\"")
            .replace("\"mail_wait\":3", "\"mail_wait\":" + dates("2026-04-02", "2026-04-02"));

    assertThat(reject(audits(VALIDATOR, line).get(0)))
        .extracting(Reject::message)
        .isEqualTo(
            "criterion mail_wait: 2026-04-02..2026-04-02 is 0 calendar days: 0 is below the"
                + " minimum 1");
  }

  @Test
  void check_datesForAnotherUnit_rejected() {
    String line =
        line("mairie-a", "4", ",\"mail_quick\":\"met\"")
            .replace("\"mail_pages\":2", "\"mail_pages\":" + dates("2026-04-02", "2026-04-10"));

    assertThat(reject(audits(VALIDATOR, line).get(0)))
        .isEqualTo(
            new Reject(
                "audits.jsonl",
                1,
                "a-1",
                RejectReason.INVALID_OBSERVATION,
                "criterion mail_pages: {\"from\": \"2026-04-02\", \"to\": \"2026-04-10\"} is not a"
                    + " number, missed or na (two dates need the unit working_day or"
                    + " calendar_day)"));
  }

  @Test
  void check_datesForACheck_rejected() {
    String line = line("mairie-a", "4", ",\"mail_quick\":" + dates("2026-04-02", "2026-04-10"));

    assertThat(reject(audits(VALIDATOR, line).get(0)))
        .extracting(Reject::reason, Reject::message)
        .containsExactly(
            RejectReason.INVALID_OBSERVATION,
            "criterion mail_quick: {\"from\": \"2026-04-02\", \"to\": \"2026-04-10\"} is not met,"
                + " not_met or na");
  }

  @Test
  void check_longDateText_messageBounded() {
    String from = "2026-04-02" + "x".repeat(100_000);
    List<LineResult<AuditRecord>> results =
        audits(VALIDATOR, line("mairie-a", dates(from, "2026-04-10"), ",\"mail_quick\":\"met\""));

    assertThat(reject(results.get(0)).message())
        .hasSizeLessThan(150)
        .endsWith("is not a date YYYY-MM-DD");
  }
}
