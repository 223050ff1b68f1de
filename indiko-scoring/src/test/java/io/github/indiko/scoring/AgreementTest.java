package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.scoring.Agreement.CriterionAgreement;
import io.github.indiko.scoring.Agreement.Level;
import io.github.indiko.scoring.Agreement.Reliability;
import io.github.indiko.scoring.internal.Krippendorff;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agreement of auditors through the whole engine (analysis.md §A5): the 2017 sample with, on
 * the phone of one structure, the reliability data of Krippendorff's "Computing Krippendorff's
 * alpha-reliability" (2011) as calibration audits. Each of the twelve units is an original by
 * observer A ({@code na} where A gave no value) and three doubles by B, C and D, each its own
 * auditor, in the measure {@code phone_rings}; the check {@code phone_hours} is met for the values
 * 1 and 2, not met above.
 */
class AgreementTest {
  private static final double NA = Double.NaN;

  /** Krippendorff's data, observer by observer (A to D), unit by unit (1 to 12). */
  private static final double[][] OBSERVERS = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
    {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}
  };

  private static final ScoringEngine ENGINE =
      ScoringEngine.builder().builtIns().asOf(LocalDate.of(2018, 1, 15)).build();

  @TempDir static Path dir;

  private static String structure;
  private static Results originals;
  private static Results doubled;
  private static Tally tally;

  @BeforeAll
  static void score() throws IOException {
    EditionDefinitions sample = EditionFolder.load(Samples.edition());
    List<StructureId> enrolled = sample.enrolments().stream().map(Enrolment::structure).toList();
    structure =
        sample.structures().stream()
            .filter(s -> enrolled.contains(s.id()) && s.offers(Channel.PHONE))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    List<String> first = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      first.add(line(u, 0));
      all.add(line(u, 0));
      for (int observer = 1; observer < 4; observer++) {
        all.add(line(u, observer));
      }
    }
    originals = ENGINE.score(edition("originals", first), reject -> {});
    Path doubledFolder = edition("doubled", all);
    doubled = ENGINE.score(doubledFolder, reject -> {});
    tally = ENGINE.tally(EditionFolder.load(doubledFolder), doubledFolder, reject -> {});
  }

  /** The sample edition with these lines after its own audits. */
  private static Path edition(String name, List<String> lines) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    try (var files = Files.list(Samples.edition())) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
    }
    Files.writeString(
        folder.resolve("audits.jsonl"),
        String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    return folder;
  }

  /** Observer {@code observer}'s audit of unit {@code u}: the original for A, else a double. */
  private static String line(int u, int observer) {
    double value = OBSERVERS[observer][u];
    String observations =
        Double.isNaN(value)
            ? "\"phone_hours\":\"na\",\"phone_rings\":\"na\""
            : "\"phone_hours\":\""
                + (value <= 2 ? "met" : "not_met")
                + "\",\"phone_rings\":"
                + (int) value
                + ",\"phone_greeting\":\"na\",\"phone_answer\":\"na\"";
    String id = "k-" + u + (observer == 0 ? "" : "-" + "abcd".charAt(observer));
    return "{\"id\":\""
        + id
        + "\",\"grid\":\"audit-accueil\",\"version\":1,\"structure\":\""
        + structure
        + "\",\"channel\":\"phone\",\"auditor\":\"observer-"
        + "abcd".charAt(observer)
        + "\",\"performedAt\":\"2017-10-04T11:05:55+02:00\",\"observations\":{"
        + observations
        + "}"
        + (observer == 0 ? "" : ",\"of\":\"k-" + u + "\"")
        + "}";
  }

  private static Reliability reliability(String criterion) {
    return doubled.agreement().criteria().stream()
        .filter(c -> c.criterion().equals(new CriterionId(criterion)))
        .findFirst()
        .orElseThrow()
        .reliability();
  }

  @Test
  void results_measure_krippendorffsIntervalAlpha() {
    assertThat(reliability("phone_rings"))
        .isEqualTo(new Reliability(12, 40, Level.INTERVAL, 951.0 / 1120));
  }

  @Test
  void results_check_nominalAlphaOfItsValuesAndTheChecksPooled() {
    Krippendorff nominal = Krippendorff.nominal();
    for (int u = 0; u < 12; u++) {
      double[] unit = new double[4];
      int count = 0;
      for (double[] observer : OBSERVERS) {
        if (!Double.isNaN(observer[u])) {
          unit[count++] = observer[u] <= 2 ? 1 : 0;
        }
      }
      nominal.add(unit, count);
    }
    Reliability hours = new Reliability(12, 40, Level.NOMINAL, nominal.alpha());

    assertThat(nominal.alpha()).isNotNull().isBetween(0.0, 1.0);
    assertThat(reliability("phone_hours")).isEqualTo(hours);
    // phone_greeting and phone_answer are na throughout: no value, no unit.
    assertThat(doubled.agreement().checks()).isEqualTo(hours);
    assertThat(reliability("phone_greeting"))
        .isEqualTo(new Reliability(0, 0, Level.NOMINAL, null));
  }

  @Test
  void results_everyCriterionInGridOrder() {
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());

    assertThat(doubled.agreement().criteria())
        .extracting(CriterionAgreement::criterion)
        .containsExactlyElementsOf(
            definitions.grid().criteria().stream().map(c -> c.id()).toList());
    assertThat(doubled.agreement().criteria())
        .filteredOn(c -> !c.criterion().value().startsWith("phone_"))
        .allSatisfy(c -> assertThat(c.reliability().units()).isZero());
    assertThat(reliability("desk_wait").level()).isEqualTo(Level.INTERVAL);
    assertThat(originals.agreement()).isNull();
  }

  @Test
  void results_doublesCountedApart_countsReconcile() {
    StructureResult with = doubled.structure(structure).orElseThrow();
    StructureResult without = originals.structure(structure).orElseThrow();

    assertThat(doubled.agreement().doubles()).isEqualTo(36);
    assertThat(with.doubles()).isEqualTo(36);
    assertThat(with.audits()).isEqualTo(without.audits());
    assertThat(doubled.audits().accepted()).isEqualTo(originals.audits().accepted() + 36);
    assertThat(doubled.audits().read())
        .isEqualTo(doubled.audits().accepted() + doubled.audits().rejected())
        .isEqualTo(originals.audits().read() + 36);
    assertThat(doubled.audits().byReason()).isEqualTo(originals.audits().byReason());
    assertThat(doubled.audits().byReason())
        .doesNotContainKeys(RejectReason.UNKNOWN_ORIGINAL, RejectReason.SAME_AUDITOR);
  }

  @Test
  void results_doublesChangeNoScoreOfAnyStructure() {
    assertThat(doubled.structures().stream().map(AgreementTest::withoutDoubles).toList())
        .isEqualTo(originals.structures());
    assertThat(doubled.structures())
        .filteredOn(s -> !s.id().value().equals(structure))
        .allSatisfy(s -> assertThat(s.doubles()).isZero());
    assertThat(doubled.trophies()).isEqualTo(originals.trophies());
  }

  @Test
  void resultsJson_doublesAfterAuditsAgreementAfterStructures_readBackEqual() {
    byte[] bytes = written(doubled);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Results read = ResultsJson.read(new ByteArrayInputStream(bytes));

    long audits = doubled.structure(structure).orElseThrow().audits();
    assertThat(text)
        .contains("\"audits\": " + audits + ",\n      \"doubles\": 36,\n      \"survey\"")
        .containsOnlyOnce("\"doubles\": 36,\n      \"survey\"")
        .contains(
            "\n  \"agreement\": {\n    \"doubles\": 36,\n    \"criteria\": [\n      {\n",
            "        \"id\": \"phone_rings\",\n        \"units\": 12,\n        \"values\": 40,\n"
                + "        \"level\": \"interval\",\n        \"alpha\": 0.8491071428571428\n");
    assertThat(text.indexOf("\"agreement\""))
        .isGreaterThan(text.lastIndexOf("\"structures\""))
        .isLessThan(text.indexOf("\"trophies\""));
    assertThat(read.agreement()).isEqualTo(doubled.agreement());
    assertThat(read.structures()).isEqualTo(doubled.structures());
    assertThat(SchemaCheck.errors(SchemaCheck.JSON.readTree(bytes))).isEmpty();
    assertThat(written(read)).isEqualTo(bytes);
  }

  @Test
  void resultsJson_noDouble_noMemberOfTheAgreement() {
    String text = new String(written(originals), StandardCharsets.UTF_8);

    assertThat(text).doesNotContain("\"doubles\"").doesNotContain("\"agreement\"");
  }

  @Test
  void explain_structureWithDoubles_itsDoublesAndTheEditionsAgreement() {
    Explanation explanation = ENGINE.explain(tally, structure);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExplanationJson.write(explanation, out);
    String text = out.toString(StandardCharsets.UTF_8);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaCheck.JSON.readTree(ExplanationJson.schema()));

    assertThat(explanation.doubles()).isEqualTo(36);
    assertThat(explanation.agreement()).isEqualTo(doubled.agreement());
    assertThat(text)
        .contains("\"doubles\": 36,\n  \"confidence\"")
        .endsWith(
            "    \"checks\": {\n      \"units\": 12,\n      \"values\": 40,\n"
                + "      \"level\": \"nominal\",\n      \"alpha\": "
                + doubled.agreement().checks().alpha()
                + "\n    }\n  }\n}\n");
    assertThat(text.indexOf("\"agreement\"")).isGreaterThan(text.indexOf("\"ranking\""));
    assertThat(schema.validate(SchemaCheck.JSON.readTree(text))).isEmpty();
  }

  @Test
  void explain_otherStructure_doublesZeroWithTheAgreement() {
    String other =
        doubled.structures().stream()
            .map(s -> s.id().value())
            .filter(id -> !id.equals(structure))
            .findFirst()
            .orElseThrow();

    Explanation explanation = ENGINE.explain(tally, other);

    assertThat(explanation.doubles()).isZero();
    assertThat(explanation.agreement()).isEqualTo(doubled.agreement());
  }

  private static StructureResult withoutDoubles(StructureResult r) {
    return new StructureResult(
        r.id(),
        r.category(),
        r.enrolled(),
        r.level(),
        r.responses(),
        r.audits(),
        r.survey(),
        r.audit(),
        r.composite(),
        r.partial(),
        r.eligible(),
        r.satisfaction(),
        r.net(),
        r.nps(),
        r.rank(),
        r.of(),
        r.percentile(),
        r.items(),
        r.segments(),
        r.weighting());
  }

  private static byte[] written(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }
}
