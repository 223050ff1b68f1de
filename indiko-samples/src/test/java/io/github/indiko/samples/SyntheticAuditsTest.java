package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.DateSpan;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.calendar.DayUnit;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated audits' working days observed as dates (analysis.md §A6) and calibration doubles
 * (analysis.md §A5).
 */
class SyntheticAuditsTest {
  private static final CriterionId MAIL_REPLY = new CriterionId("mail_reply");
  private static final Pattern OF = Pattern.compile(",\"of\":\"([a-z0-9-]+)\"}$");
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([a-z0-9-]+)\"");

  @TempDir Path dir;

  @Test
  void definitions_departments_alsaceMoselleAndOverseasAmongMailStructures() {
    EditionDefinitions definitions = SyntheticEdition.defaults().definitions();

    Set<String> departments =
        definitions.structures().stream()
            .map(s -> Objects.requireNonNull(s.territory()).department())
            .collect(Collectors.toSet());
    assertThat(departments).containsAnyOf("57", "67", "68").anyMatch(d -> d.startsWith("97"));
    List<String> mail =
        definitions.structures().stream()
            .filter(s -> s.offers(Channel.MAIL))
            .map(s -> s.territory().department())
            .toList();
    assertThat(mail).hasSizeGreaterThanOrEqualTo(3).containsAnyOf("57", "67", "68");
    assertThat(mail).anyMatch(d -> d.length() == 3);
  }

  @Test
  void write_mailReply_observedAsDatesCountedInTheStructuresDepartment() throws IOException {
    SyntheticEdition.defaults().withAudits(600).withPrevious(false).write(dir);
    EditionDefinitions definitions = EditionFolder.load(dir);
    DateRange collection = definitions.edition().collection();
    Map<StructureId, Structure> structures = new HashMap<>();
    definitions.structures().forEach(s -> structures.put(s.id(), s));

    List<AuditRecord> audits = accepted(definitions, Files.readAllLines(audits(dir)));
    int dated = 0;
    Set<String> departments = new TreeSet<>();
    for (AuditRecord audit : audits) {
      if (!(audit.observations().get(MAIL_REPLY) instanceof Observation.Measured measured)) {
        continue;
      }
      DateSpan dates = Objects.requireNonNull(measured.dates());
      String department = structures.get(audit.structure()).territory().department();
      assertThat(measured.value()).isEqualTo(DayUnit.WORKING_DAY.days(dates, department));
      assertThat(measured.value()).isBetween(0.0, 20.0);
      assertThat(collection.contains(dates.from())).as("%s", dates).isTrue();
      assertThat(collection.contains(dates.to())).as("%s", dates).isTrue();
      dated++;
      departments.add(department);
    }
    assertThat(dated).isGreaterThan(20);
    assertThat(departments).containsAnyOf("57", "67", "68").anyMatch(d -> d.startsWith("97"));
    assertThat(Files.readString(audits(dir))).contains("\"mail_reply\":{\"from\":\"2017-");
  }

  @Test
  void write_noDoubles_sameBytesAsWithout() throws IOException {
    SyntheticEdition options = SyntheticEdition.defaults().withAudits(200).withPrevious(false);
    options.write(dir.resolve("a"));
    options.withDoubles(0).write(dir.resolve("b"));

    assertThat(Files.readAllBytes(audits(dir.resolve("b"))))
        .isEqualTo(Files.readAllBytes(audits(dir.resolve("a"))));
    assertThat(Files.readString(audits(dir.resolve("a")))).doesNotContain("\"of\"");
  }

  @Test
  void write_doubles_afterTheirOriginalsAgreeingMostly() throws IOException {
    SyntheticEdition options = SyntheticEdition.defaults().withAudits(400).withPrevious(false);
    options.write(dir.resolve("plain"));
    options.withDoubles(0.3).write(dir.resolve("doubled"));
    EditionDefinitions definitions = EditionFolder.load(dir.resolve("doubled"));
    List<String> plain = Files.readAllLines(audits(dir.resolve("plain")));
    List<String> lines = Files.readAllLines(audits(dir.resolve("doubled")));

    List<String> originals = new ArrayList<>();
    int doubles = 0;
    int checks = 0;
    int agreeing = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher of = OF.matcher(lines.get(i));
      if (!of.find()) {
        originals.add(withoutId(lines.get(i)));
        continue;
      }
      doubles++;
      Matcher previous = ID.matcher(lines.get(i - 1));
      assertThat(previous.find()).isTrue();
      assertThat(of.group(1)).isEqualTo(previous.group(1));
      List<AuditRecord> pair =
          accepted(definitions, List.of(lines.get(i - 1), of.replaceFirst("}")));
      assertThat(pair).hasSize(2);
      AuditRecord original = pair.get(0);
      AuditRecord twin = pair.get(1);
      assertThat(twin.structure()).isEqualTo(original.structure());
      assertThat(twin.channel()).isEqualTo(original.channel());
      assertThat(twin.grid()).isEqualTo(original.grid());
      assertThat(twin.auditor()).isNotNull().isNotEqualTo(original.auditor());
      assertThat(twin.performedAt()).isAfter(original.performedAt());
      assertThat(twin.performedAt().toInstant())
          .isBefore(original.performedAt().toInstant().plusSeconds(3 * 24 * 3600 + 1));
      assertThat(twin.observations().keySet()).isEqualTo(original.observations().keySet());
      for (var entry : original.observations().entrySet()) {
        Observation seen = entry.getValue();
        Observation again = twin.observations().get(entry.getKey());
        if (seen instanceof Observation.Check) {
          checks++;
          agreeing += seen.equals(again) ? 1 : 0;
        } else if (seen instanceof Observation.Measured measured) {
          Observation.Measured other = (Observation.Measured) again;
          assertThat(other.dates() != null).isEqualTo(measured.dates() != null);
          assertThat(other.value())
              .isCloseTo(measured.value(), offset(0.2 * measured.value() + 1.01));
        } else {
          assertThat(again).isEqualTo(seen);
        }
      }
    }
    assertThat(doubles).isBetween(70, 160);
    assertThat((double) agreeing / checks).isBetween(0.8, 0.97);
    assertThat(originals)
        .as("the other lines are the plain file's, but for their ids")
        .isEqualTo(plain.stream().map(SyntheticAuditsTest::withoutId).toList());
  }

  @Test
  void new_doublesOutsideZeroToOne_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticEdition.defaults().withDoubles(1.5))
        .withMessageContaining("doubles");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticEdition.defaults().withDoubles(Double.NaN));
  }

  private static Path audits(Path folder) {
    return folder.resolve(DataValidator.AUDITS);
  }

  private static String withoutId(String line) {
    return ID.matcher(line).replaceFirst("{\"id\":\"\"");
  }

  /** The records of the lines the validator accepts, in order; a refused line has none. */
  private static List<AuditRecord> accepted(EditionDefinitions definitions, List<String> lines) {
    List<AuditRecord> records = new ArrayList<>();
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    DataValidator.of(definitions)
        .validateAudits(
            new ByteArrayInputStream(bytes),
            DataValidator.AUDITS,
            result -> {
              @Nullable AuditRecord record =
                  result instanceof LineResult.Accepted<AuditRecord> ok ? ok.record() : null;
              if (record != null) {
                records.add(record);
              }
            });
    return records;
  }
}
