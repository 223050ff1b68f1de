package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines written by {@link AuditLines} read back, through the validator, to equal records. */
class AuditLinesTest {
  private static EditionDefinitions definitions;
  private static List<AuditRecord> accepted;
  private static List<String> acceptedLines;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    Path edition =
        Path.of(AuditLinesTest.class.getResource("/io/github/indiko/samples/edition-2017").toURI());
    definitions = EditionFolder.load(edition);
    List<String> lines = Files.readAllLines(edition.resolve("audits.jsonl"));
    accepted = new ArrayList<>();
    acceptedLines = new ArrayList<>();
    try (InputStream in = Files.newInputStream(edition.resolve("audits.jsonl"))) {
      DataValidator.of(definitions)
          .validateAudits(
              in,
              DataValidator.AUDITS,
              result -> {
                if (result instanceof LineResult.Accepted<AuditRecord> ok) {
                  accepted.add(ok.record());
                  acceptedLines.add(lines.get((int) ok.line() - 1));
                }
              });
    }
  }

  private static List<AuditRecord> readBack(List<String> lines) {
    List<AuditRecord> read = new ArrayList<>();
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    DataValidator.of(definitions)
        .validateAudits(
            new ByteArrayInputStream(bytes),
            DataValidator.AUDITS,
            result -> {
              assertThat(result).isInstanceOf(LineResult.Accepted.class);
              read.add(((LineResult.Accepted<AuditRecord>) result).record());
            });
    return read;
  }

  @Test
  void line_sampleAuditsReadBackEqual() {
    assertThat(accepted).hasSizeGreaterThan(100);
    List<String> lines = accepted.stream().map(AuditLines::line).toList();
    assertThat(lines).noneMatch(line -> line.contains("\n") || line.contains("\r"));
    assertThat(readBack(lines)).isEqualTo(accepted);
  }

  @Test
  void line_compactSampleLine_sameBytes() {
    assertThat(AuditLines.line(accepted.get(0))).isEqualTo(acceptedLines.get(0));
  }

  @Test
  void line_hostileTextsAndEveryObservation_readBackEqual() {
    AuditRecord first = accepted.get(0);
    Map<CriterionId, Observation> observations = new LinkedHashMap<>(first.observations());
    observations.put(new CriterionId("web_a11y"), new Observation.Measured(12.5));
    observations.put(new CriterionId("web_clicks"), Observation.NOT_APPLICABLE);
    observations.put(new CriterionId("web_procedures"), Observation.NOT_MET);
    AuditRecord record =
        new AuditRecord(
            new AuditId("a-hostile"),
            first.grid(),
            first.structure(),
            first.channel(),
            null,
            OffsetDateTime.parse("2017-09-14T10:32:00.123456789-03:30"),
            observations,
            "\"a\\b\"\n\r\t\u0000\u2028 <x> \ud800 😀");
    String line = AuditLines.line(record);
    assertThat(line)
        .startsWith("{\"id\":\"a-hostile\",\"grid\":\"audit-accueil\",\"version\":1,")
        .contains("12.5")
        .contains("\"not_met\"")
        .contains("\"na\"")
        .contains("\\u0000")
        .doesNotContain("auditor")
        .doesNotContain("\n");
    assertThat(readBack(List.of(line))).containsExactly(record);
  }

  @Test
  void line_doubleOfASampleRecord_readBackEqualAfterIt() {
    AuditRecord first = accepted.get(0);
    AuditRecord twice =
        new AuditRecord(
            new AuditId("a-twice"),
            first.grid(),
            first.structure(),
            first.channel(),
            first.auditor() + "-other",
            first.performedAt(),
            first.observations(),
            null,
            first.id());

    String line = AuditLines.line(twice);

    assertThat(line).endsWith(",\"of\":\"" + first.id().value() + "\"}");
    assertThat(readBack(List.of(AuditLines.line(first), line))).containsExactly(first, twice);
  }

  @Test
  void line_doubleWithDates_ofLastAndDatesAsObject() {
    AuditRecord first = accepted.get(0);
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    observations.put(
        new CriterionId("mail_delay"),
        new Observation.Measured(
            5, new DateSpan(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-10"))));
    observations.put(new CriterionId("mail_rings"), new Observation.Measured(5));
    AuditRecord record =
        new AuditRecord(
            new AuditId("a-2"),
            first.grid(),
            first.structure(),
            first.channel(),
            "x",
            OffsetDateTime.parse("2017-09-14T10:32:00Z"),
            observations,
            null,
            new AuditId("a-1"));
    assertThat(AuditLines.line(record))
        .endsWith(
            "\"observations\":{\"mail_delay\":{\"from\":\"2026-04-02\",\"to\":\"2026-04-10\"},"
                + "\"mail_rings\":5},\"of\":\"a-1\"}");
  }

  @Test
  void line_measureObservedAsDates_readsBackEqual() {
    EditionDefinitions inDays = withUnit(definitions, "email_delay", "working_day");
    AuditRecord email =
        accepted.stream()
            .filter(a -> a.observations().get(new CriterionId("email_delay")) != null)
            .findFirst()
            .orElseThrow();
    Structure structure =
        definitions.structures().stream()
            .filter(s -> s.id().equals(email.structure()))
            .findFirst()
            .orElseThrow();
    DateSpan span = new DateSpan(LocalDate.parse("2017-10-27"), LocalDate.parse("2017-11-13"));
    long days = DayUnit.WORKING_DAY.days(span, structure.territory().department());
    Map<CriterionId, Observation> observations = new LinkedHashMap<>(email.observations());
    observations.put(new CriterionId("email_delay"), new Observation.Measured(days, span));
    AuditRecord record =
        new AuditRecord(
            email.id(),
            email.grid(),
            email.structure(),
            email.channel(),
            email.auditor(),
            email.performedAt(),
            observations,
            email.comment());

    String line = AuditLines.line(record);
    assertThat(line).contains("\"email_delay\":{\"from\":\"2017-10-27\",\"to\":\"2017-11-13\"}");
    // 1 November 2017 is a Wednesday, 11 November a Saturday: 10 working days.
    assertThat(days).isEqualTo(10);
    List<AuditRecord> read = new ArrayList<>();
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    DataValidator.of(inDays)
        .validateAudits(
            new ByteArrayInputStream(bytes),
            DataValidator.AUDITS,
            result -> read.add(((LineResult.Accepted<AuditRecord>) result).record()));
    assertThat(read).containsExactly(record);
  }

  /** The definitions with one measure's unit replaced. */
  private static EditionDefinitions withUnit(
      EditionDefinitions definitions, String criterion, String unit) {
    Grid grid = definitions.grid();
    List<Criterion> criteria =
        grid.criteria().stream()
            .map(
                c ->
                    c.id().value().equals(criterion) && c.type() instanceof CriterionType.Measure m
                        ? new Criterion(
                            c.id(),
                            c.channel(),
                            new CriterionType.Measure(
                                m.min(), m.max(), m.integer(), unit, m.target()),
                            c.label(),
                            c.theme(),
                            c.weight(),
                            c.when())
                        : c)
            .toList();
    return new EditionDefinitions(
        definitions.edition(),
        definitions.structures(),
        definitions.enrolments(),
        definitions.questionnaire(),
        new Grid(grid.id(), grid.version(), grid.defaultLocale(), grid.title(), criteria),
        definitions.population());
  }
}
