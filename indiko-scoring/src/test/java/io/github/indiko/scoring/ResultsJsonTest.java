package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.spi.Interval;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ResultsJsonTest {
  private static final String GOLDEN = "/io/github/indiko/samples/expected/results.json";

  private static final StructureResult MAIRIE =
      new StructureResult(
          new StructureId("mairie-lyon"),
          Category.parse("commune/xl"),
          true,
          Level.ANALYSIS,
          812,
          24,
          new SourceResult(
              71.3,
              true,
              Map.of(Theme.WAITING_TIME, 55.0, Theme.COURTESY, 80.2),
              Map.of(
                  Channel.WEBSITE, new ChannelScore(null, 3, true),
                  Channel.IN_PERSON, new ChannelScore(70.1, 400, false))),
          new SourceResult(
              66.0,
              true,
              Map.of(Theme.COURTESY, 75.0),
              Map.of(Channel.PHONE, new ChannelScore(61.2, 9, false))),
          68.65,
          false,
          true,
          new Indicator(64.2, 800, new Interval(60.8, 67.5)),
          new Indicator(40.1, 800, null),
          new Indicator(12.0, 790, new Interval(6.1, 17.9)),
          2,
          7,
          83.33,
          items(), Map.of());

  private static final Results RESULTS =
      new Results(
          new EditionId("2017"),
          new AsOf(LocalDate.of(2017, 12, 1), false),
          new SourceCounts(
              1200,
              1187,
              13,
              Map.of(RejectReason.OUTSIDE_COLLECTION, 4L, RejectReason.INVALID_ANSWER, 9L)),
          SourceCounts.empty(),
          List.of(MAIRIE),
          List.of(
              new Trophy.CategoryTrophy(
                  Category.parse("commune/xl"), new StructureId("mairie-x"), 82.3),
              new Trophy.Consultation(new StructureId("mairie-y"), 4.21, 800)),
          List.of(new NotAwarded(Category.parse("hospital/none"), "too_few_eligible", 2)),
          List.of(
              new Trophy.Consultation(new StructureId("mairie-y"), 4.21, 800),
              new Trophy.Consultation(new StructureId("mairie-lyon"), 1.5, 812)));

  private static Map<String, ItemResult> items() {
    Map<String, ItemResult> items = new LinkedHashMap<>();
    items.put(
        "phone_rings",
        new ItemResult(
            Source.AUDIT, Theme.WAITING_TIME, 57.0, 9, new Interval(31.0, 83.0), 57.0, 44.4, 11.1));
    items.put(
        "courtesy_staff",
        new ItemResult(
            Source.SURVEY, Theme.COURTESY, 80.2, 800, new Interval(78.9, 81.5), 80.2, 74.0, 60.0));
    items.put(
        "recommend",
        new ItemResult(Source.SURVEY, Theme.OVERALL, 12.0, 790, null, 12.0, null, null));
    return items;
  }

  @Test
  void read_golden_writesTheSameTree() throws IOException {
    byte[] golden = golden();

    byte[] written = written(ResultsJson.read(new ByteArrayInputStream(golden)));

    assertThat(canonical(SchemaCheck.JSON.readTree(written)))
        .isEqualTo(canonical(SchemaCheck.JSON.readTree(golden)));
  }

  @Test
  void read_fileStartingWithAByteOrderMark_skipsIt(@TempDir Path dir) throws IOException {
    byte[] golden = golden();
    Path file = dir.resolve("results.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write(golden);
    }

    assertThat(ResultsJson.read(file))
        .isEqualTo(ResultsJson.read(new ByteArrayInputStream(golden)));
  }

  @Test
  void read_golden_givesTheTypedResults() throws IOException {
    Results results = ResultsJson.read(new ByteArrayInputStream(golden()));

    assertThat(results.edition()).isEqualTo(new EditionId("2017"));
    assertThat(results.responses().byReason()).containsEntry(RejectReason.INVALID_ANSWER, 29L);
    assertThat(results.structures()).hasSize(12);
    StructureResult caf = results.structure("caf-lanvezec").orElseThrow();
    assertThat(caf.composite()).isEqualTo(77.35492589868862);
    assertThat(caf.survey().themes()).containsEntry(Theme.COURTESY, 84.0);
    assertThat(caf.survey().channels().get(Channel.EMAIL))
        .isEqualTo(new ChannelScore(null, 4, true));
    assertThat(caf.nps().ci()).isEqualTo(new Interval(-2.672329608801487, 41.80276439141018));
    assertThat(caf.items().keySet()).startsWith("hours_suitable", "signage_clear", "wait_minutes");
    assertThat(caf.items().get("recommend").satisfaction()).isNull();
    assertThat(results.structure("commissariat-lezignac").orElseThrow().enrolled()).isFalse();
    assertThat(results.trophies())
        .contains(
            new Trophy.CategoryTrophy(
                Category.parse("commune/m"),
                new StructureId("mairie-trevennec"),
                81.09024540841719));
    assertThat(results.consultation()).isEmpty();
  }

  @Test
  void schema_golden_validates() throws IOException {
    assertThat(SchemaCheck.errors(SchemaCheck.JSON.readTree(golden()))).isEmpty();
  }

  @Test
  void schema_unknownMember_fails() {
    String json = text(RESULTS).replace("\"rank\": 2,", "\"rank\": 2, \"extra\": 1,");

    assertThat(SchemaCheck.errors(json)).isNotEmpty();
  }

  @Test
  void schema_identifiesItself() {
    JsonNode schema = SchemaCheck.JSON.readTree(ResultsJson.schema());

    assertThat(schema.get("$id").stringValue())
        .isEqualTo("https://indiko.github.io/schema/v1/results.schema.json");
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void write_example_validatesAgainstSchema() {
    assertThat(SchemaCheck.errors(text(RESULTS))).isEmpty();
  }

  @Test
  void write_members_inTheOrderOfCliMd() {
    JsonNode root = SchemaCheck.JSON.readTree(text(RESULTS));

    assertThat(names(root))
        .containsExactly(
            "format",
            "edition",
            "asOf",
            "provisional",
            "counts",
            "structures",
            "trophies",
            "notAwarded");
    assertThat(names(root.get("counts"))).containsExactly("responses", "audits");
    assertThat(names(root.at("/counts/responses")))
        .containsExactly("read", "accepted", "rejected", "byReason");
    JsonNode structure = root.at("/structures/0");
    assertThat(names(structure))
        .containsExactly(
            "id",
            "category",
            "enrolled",
            "level",
            "responses",
            "audits",
            "survey",
            "audit",
            "composite",
            "partial",
            "eligible",
            "satisfaction",
            "net",
            "nps",
            "rank",
            "of",
            "percentile",
            "items");
    assertThat(names(structure.get("survey")))
        .containsExactly("score", "sufficient", "themes", "channels");
    assertThat(names(structure.at("/survey/channels/website")))
        .containsExactly("score", "n", "suppressed");
    assertThat(names(structure.get("satisfaction"))).containsExactly("value", "n", "ci");
    assertThat(names(structure.get("net"))).containsExactly("value", "n");
    assertThat(names(structure.get("nps"))).containsExactly("value", "n", "ci");
    assertThat(names(structure.at("/items/phone_rings")))
        .containsExactly("source", "theme", "value", "n", "ci", "mean", "satisfaction", "net");
    assertThat(names(root.at("/trophies/0")))
        .containsExactly("trophy", "category", "structure", "composite");
    assertThat(names(root.at("/trophies/1")))
        .containsExactly("trophy", "structure", "participation", "responses");
    assertThat(names(root.at("/notAwarded/0"))).containsExactly("category", "reason", "eligible");
  }

  @Test
  void write_maps_sortedByKeyButItemsInTheirOrder() {
    JsonNode structure = SchemaCheck.JSON.readTree(text(RESULTS)).at("/structures/0");

    assertThat(names(structure.at("/survey/themes"))).containsExactly("courtesy", "waiting_time");
    assertThat(names(structure.at("/survey/channels"))).containsExactly("in_person", "website");
    assertThat(names(SchemaCheck.JSON.readTree(text(RESULTS)).at("/counts/responses/byReason")))
        .containsExactly("invalid_answer", "outside_collection");
    assertThat(names(structure.get("items")))
        .containsExactly("phone_rings", "courtesy_staff", "recommend");
  }

  @Test
  void write_example_prettyWithTwoSpacesAndLineFeeds() {
    String text = text(RESULTS);

    assertThat(text)
        .startsWith(
            "{\n  \"format\": \"indiko.results/1\",\n  \"edition\": \"2017\",\n"
                + "  \"asOf\": \"2017-12-01\",\n  \"provisional\": false,\n  \"counts\": {\n");
    assertThat(text).endsWith("\n}\n").doesNotContain("\r").doesNotContain("\t");
    assertThat(text).contains("\n      \"id\": \"mairie-lyon\",\n");
    assertThat(text).contains("\"byReason\": {}");
  }

  @Test
  void write_numbers_unroundedIntegralDoublesWithPointCountsAsIntegers() {
    String text = text(RESULTS);

    assertThat(text)
        .contains("\"courtesy\": 80.2,")
        .contains("\"score\": 66.0,")
        .contains("\"responses\": 812,")
        .contains("\"read\": 1200,")
        .contains("\"rank\": 2,")
        .contains("\"percentile\": 83.33,")
        .contains("\"ci\": [\n")
        .contains("\"ci\": null");
  }

  @Test
  void write_awkwardDoubles_asDoubleToString() {
    Results results = withComposite(-0.0);
    Results tiny = withComposite(1.0E-5);

    assertThat(text(results)).contains("\"composite\": -0.0,");
    assertThat(text(tiny)).contains("\"composite\": 1.0E-5,");
    assertThat(ResultsJson.read(stream(text(results))).structures().get(0).composite())
        .isEqualTo(-0.0);
  }

  @Test
  void write_nonFiniteNumber_refused() {
    Results results = withComposite(Double.NaN);

    assertThatThrownBy(() -> text(results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN")
        .hasMessageContaining("/structures/0/composite");
  }

  @Test
  void write_notEnrolledStructure_asCliMdDescribes() {
    StructureResult absent =
        new StructureResult(
            new StructureId("commissariat-lezignac"),
            Category.parse("police/s"),
            false,
            null,
            0,
            0,
            SourceResult.empty(),
            SourceResult.empty(),
            null,
            true,
            false,
            Indicator.empty(),
            Indicator.empty(),
            Indicator.empty(),
            null,
            null,
            null,
            Map.of(), Map.of());
    Results results =
        new Results(
            new EditionId("2017"),
            new AsOf(LocalDate.of(2017, 10, 2), true),
            SourceCounts.empty(),
            SourceCounts.empty(),
            List.of(absent),
            List.of(),
            List.of(),
            List.of());

    JsonNode written = SchemaCheck.JSON.readTree(text(results)).at("/structures/0");

    String empty = "{\"score\": null, \"sufficient\": false, \"themes\": {}, \"channels\": {}}";
    JsonNode expected =
        SchemaCheck.JSON.readTree(
            "{\"id\": \"commissariat-lezignac\", \"category\": \"police/s\", \"enrolled\": false,"
                + " \"level\": null, \"responses\": 0, \"audits\": 0, \"survey\": "
                + empty
                + ", \"audit\": "
                + empty
                + ", \"composite\": null, \"partial\": true, \"eligible\": false,"
                + " \"satisfaction\": {\"value\": null, \"n\": 0, \"ci\": null},"
                + " \"net\": {\"value\": null, \"n\": 0},"
                + " \"nps\": {\"value\": null, \"n\": 0, \"ci\": null},"
                + " \"rank\": null, \"of\": null, \"percentile\": null, \"items\": {}}");
    assertThat(canonical(written)).isEqualTo(canonical(expected));
    assertThat(ResultsJson.read(stream(text(results)))).isEqualTo(results);
  }

  @Test
  void writeTrophies_example_trophiesNotAwardedAndTopTen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.writeTrophies(RESULTS, out);

    JsonNode trophies = SchemaCheck.JSON.readTree(out.toByteArray());
    assertThat(names(trophies)).containsExactly("trophies", "notAwarded", "consultation");
    JsonNode results = SchemaCheck.JSON.readTree(text(RESULTS));
    assertThat(trophies.get("trophies")).isEqualTo(results.get("trophies"));
    assertThat(trophies.get("notAwarded")).isEqualTo(results.get("notAwarded"));
    assertThat(canonical(trophies.get("consultation")))
        .isEqualTo(
            canonical(
                SchemaCheck.JSON.readTree(
                    "[{\"structure\": \"mairie-y\", \"participation\": 4.21, \"responses\": 800},"
                        + " {\"structure\": \"mairie-lyon\", \"participation\": 1.5,"
                        + " \"responses\": 812}]")));
    assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).endsWith("]\n}\n");
  }

  @Test
  void write_leavesTheStreamOpen() {
    ClosingStream out = new ClosingStream();

    ResultsJson.write(RESULTS, out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  @Test
  void read_unknownMember_namesItsPointer() {
    String json = text(RESULTS).replace("\"rank\": 2,", "\"rank\": 2, \"extra\": 1,");

    assertProblem(json, "/structures/0/extra", "unknown member \"extra\"");
  }

  @Test
  void read_otherFormat_refused() {
    String json = text(RESULTS).replace("indiko.results/1", "indiko.results/2");

    assertProblem(json, "/format", "expected format indiko.results/1");
  }

  @Test
  void read_formatNotFirst_refused() {
    String json = "{\"edition\": \"2017\", \"format\": \"indiko.results/1\"}";

    assertProblem(json, "", "the first member must be \"format\"");
  }

  @Test
  void read_missingMember_namesTheObject() {
    String json = text(RESULTS).replace("\"percentile\": 83.33,", "");

    assertProblem(json, "/structures/0", "missing member \"percentile\"");
  }

  @Test
  void read_asOfAndProvisional_readBack() {
    Results provisional =
        new Results(
            RESULTS.edition(),
            new AsOf(LocalDate.of(2017, 10, 2), true),
            RESULTS.responses(),
            RESULTS.audits(),
            RESULTS.structures(),
            RESULTS.trophies(),
            RESULTS.notAwarded(),
            List.of());

    Results read = ResultsJson.read(stream(text(provisional)));

    assertThat(text(provisional)).contains("\"asOf\": \"2017-10-02\",\n  \"provisional\": true,");
    assertThat(read.asOf()).isEqualTo(new AsOf(LocalDate.of(2017, 10, 2), true));
  }

  @Test
  void read_asOfNotADate_refused() {
    assertProblem(
        text(RESULTS).replace("\"2017-12-01\"", "\"2017-02-30\""),
        "/asOf",
        "must be a date such as 2017-12-01: \"2017-02-30\"");
    assertProblem(
        text(RESULTS).replace("\"2017-12-01\"", "\"+2017-12-01\""),
        "/asOf",
        "must be a date such as 2017-12-01");
    assertProblem(
        text(RESULTS).replace("\"provisional\": false", "\"provisional\": \"no\""),
        "/provisional",
        "must be true or false");
  }

  @Test
  void read_withoutAsOf_refused() {
    assertProblem(
        text(RESULTS).replace("  \"asOf\": \"2017-12-01\",\n", ""),
        "",
        "missing member \"asOf\"");
  }

  @Test
  void read_fractionalCount_refused() {
    String json = text(RESULTS).replace("\"responses\": 812,", "\"responses\": 812.0,");

    assertProblem(json, "/structures/0/responses", "must be an integer");
  }

  @Test
  void read_countsThatDoNotReconcile_refused() {
    String json = text(RESULTS).replace("\"read\": 1200,", "\"read\": 1201,");

    assertProblem(json, "/counts/responses", "counts do not reconcile");
  }

  @Test
  void read_unknownReason_refused() {
    String json = text(RESULTS).replace("\"invalid_answer\": 9", "\"bad_luck\": 9");

    assertProblem(json, "/counts/responses/byReason/bad_luck", "unknown reject reason");
  }

  @Test
  void read_intervalInReverse_refused() {
    String json = text(RESULTS).replace("60.8,\n", "70.8,\n");

    assertProblem(json, "/structures/0/satisfaction/ci", "low <= high");
  }

  @Test
  void read_intervalOnNet_refused() {
    String json =
        text(RESULTS)
            .replace(
                "\"value\": 40.1,\n        \"n\": 800\n",
                "\"value\": 40.1, \"n\": 800, \"ci\": null\n");

    assertProblem(json, "/structures/0/net/ci", "unknown member \"ci\"");
  }

  @Test
  void read_unknownTrophy_refused() {
    String json = text(RESULTS).replace("\"trophy\": \"category\"", "\"trophy\": \"golden\"");

    assertProblem(json, "/trophies/0/trophy", "unknown trophy \"golden\"");
  }

  @Test
  void read_unknownLevel_refused() {
    String json = text(RESULTS).replace("\"level\": \"analysis\"", "\"level\": \"premium\"");

    assertProblem(json, "/structures/0/level", "unknown level \"premium\"");
  }

  /** An agreement of auditors (analysis.md §A5) with this criterion, before the trophies. */
  private static String withAgreement(long doubles, String criterion) {
    return text(RESULTS)
        .replace(
            "\"trophies\":",
            "\"agreement\": {\"doubles\": "
                + doubles
                + ", \"criteria\": ["
                + criterion
                + "], \"checks\": {\"units\": 0, \"values\": 0, \"level\": \"nominal\","
                + " \"alpha\": null}}, \"trophies\":");
  }

  @Test
  void read_agreementAndDoubles_readBack() {
    String json =
        withAgreement(
                3,
                "{\"id\": \"phone_rings\", \"units\": 2, \"values\": 5,"
                    + " \"level\": \"interval\", \"alpha\": 0.75}")
            .replace("\"audits\": 24,", "\"audits\": 24, \"doubles\": 3,");

    Results read = ResultsJson.read(stream(json));

    assertThat(read.structures().get(0).doubles()).isEqualTo(3);
    assertThat(read.agreement())
        .isEqualTo(
            new Agreement(
                3,
                List.of(
                    new Agreement.CriterionAgreement(
                        new CriterionId("phone_rings"),
                        new Agreement.Reliability(2, 5, Agreement.Level.INTERVAL, 0.75))),
                new Agreement.Reliability(0, 0, Agreement.Level.NOMINAL, null)));
  }

  @Test
  void read_doublesZero_refusedAsWrittenOnlyWhenSome() {
    String json = text(RESULTS).replace("\"audits\": 24,", "\"audits\": 24, \"doubles\": 0,");

    assertProblem(json, "/structures/0/doubles", "must be at least 1");
  }

  @Test
  void read_agreementWithoutDouble_refused() {
    assertProblem(withAgreement(0, ""), "/agreement/doubles", "must be at least 1");
  }

  @Test
  void read_agreementOfAnUnknownLevel_refused() {
    String criterion =
        "{\"id\": \"c\", \"units\": 1, \"values\": 2, \"level\": \"ordinal\", \"alpha\": 1.0}";

    assertProblem(
        withAgreement(1, criterion), "/agreement/criteria/0/level", "unknown level \"ordinal\"");
  }

  @Test
  void read_agreementMissingAlpha_refused() {
    String criterion = "{\"id\": \"c\", \"units\": 1, \"values\": 2, \"level\": \"nominal\"}";

    assertProblem(
        withAgreement(1, criterion), "/agreement/criteria/0", "missing member \"alpha\"");
  }

  @Test
  void read_wrongType_refused() {
    String json = text(RESULTS).replace("\"eligible\": true", "\"eligible\": \"yes\"");

    assertProblem(json, "/structures/0/eligible", "must be true or false");
  }

  @Test
  void read_duplicateMember_refused() {
    String json = text(RESULTS).replace("\"rank\": 2,", "\"rank\": 2, \"rank\": 3,");

    assertProblem(json, "/structures/0/rank", "duplicate member \"rank\"");
  }

  @Test
  void read_contentAfterTheDocument_refused() {
    assertProblem(text(RESULTS) + "{}", "", "content after the end of the document");
  }

  @Test
  void read_nonFiniteNumber_refused() {
    String json = text(RESULTS).replace("\"composite\": 68.65", "\"composite\": 1e400");

    assertProblem(json, "/structures/0/composite", "must be a finite number");
  }

  @Test
  void read_nan_refusedInTheWordsOfTheDefinitions() {
    String json = text(RESULTS).replace("\"composite\": 68.65", "\"composite\": NaN");

    assertProblem(
        json, "/structures/0/composite", "non-finite number NaN: numbers must be finite (line ");
  }

  @Test
  void read_notAnObject_refused() {
    assertProblem("[]", "", "must be a JSON object of format indiko.results/1");
  }

  @Test
  void read_emptyDocument_refused() {
    assertProblem("", "", "the document is empty");
  }

  @Test
  void read_withFileName_namesTheFile() {
    String json = text(RESULTS).replace("\"rank\": 2,", "\"rank\": 0,");

    assertThatThrownBy(() -> ResultsJson.read(stream(json), "../2016/results.json"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("../2016/results.json at /structures/0/rank: must be an integer ≥ 1");
  }

  private static void assertProblem(String json, String pointer, String message) {
    assertThatThrownBy(() -> ResultsJson.read(stream(json)))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              DefinitionProblem problem = e.problems().get(0);
              assertThat(problem.file()).isEqualTo("results.json");
              assertThat(problem.pointer()).isEqualTo(pointer);
              assertThat(problem.message()).contains(message);
            });
  }

  private static Results withComposite(double composite) {
    StructureResult s = MAIRIE;
    StructureResult changed =
        new StructureResult(
            s.id(),
            s.category(),
            s.enrolled(),
            s.level(),
            s.responses(),
            s.audits(),
            s.survey(),
            s.audit(),
            composite,
            s.partial(),
            s.eligible(),
            s.satisfaction(),
            s.net(),
            s.nps(),
            s.rank(),
            s.of(),
            s.percentile(),
            s.items(), Map.of());
    return new Results(
        RESULTS.edition(),
        RESULTS.asOf(),
        RESULTS.responses(),
        RESULTS.audits(),
        List.of(changed),
        RESULTS.trophies(),
        RESULTS.notAwarded(),
        List.of());
  }

  /** The tree as text with members in their order and every number as the double it reads as. */
  private static String canonical(JsonNode node) {
    if (node.isObject()) {
      List<String> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        members.add(
            SchemaCheck.JSON.writeValueAsString(member.getKey())
                + ":"
                + canonical(member.getValue()));
      }
      return "{" + String.join(",", members) + "}";
    }
    if (node.isArray()) {
      List<String> elements = new ArrayList<>();
      node.forEach(element -> elements.add(canonical(element)));
      return "[" + String.join(",", elements) + "]";
    }
    if (node.isFloatingPointNumber()) {
      return "double " + node.doubleValue();
    }
    if (node.isIntegralNumber()) {
      return "integer " + node.bigIntegerValue();
    }
    return node.toString();
  }

  private static List<String> names(JsonNode object) {
    assertThat(object.isObject()).as("an object").isTrue();
    return List.copyOf(object.propertyNames());
  }

  private static byte[] golden() throws IOException {
    try (InputStream in = ResultsJsonTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN).isNotNull();
      return in.readAllBytes();
    }
  }

  private static byte[] written(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }

  private static String text(Results results) {
    return new String(written(results), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static final class ClosingStream extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
