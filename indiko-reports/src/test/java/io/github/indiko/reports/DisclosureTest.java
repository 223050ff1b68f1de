package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.scoring.ChannelScore;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoredEdition;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.StructureResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Disclosure (scoring.md §6) in every renderer: JSON, CSV and HTML at the three levels and the
 * overview, and {@code results.json}. The sample edition is scored with {@code disclosureThreshold}
 * 5, 10 and 40; the reports are made with the threshold of the definitions, also from results
 * scored under a lower threshold (an operator re-rendering an older {@code results.json}), where
 * the channels below the published threshold carry numbers.
 *
 * <p>Every count is computed here from the data files: accepted survey lines per structure and
 * channel from {@code responses.jsonl} less the lines of the expected {@code rejects.jsonl};
 * eligible structures per category and theme scores per category from the expected {@code
 * results.json}. The scores a threshold hides are known from the results scored under threshold 5:
 * none may show in the channels' table or chart. Free-text answers appear only in the raw results
 * of the structures they were given in. Before {@code AnalysisBuilder} applied the threshold of the
 * definitions, the analyses made from lower-threshold results published those channels' scores.
 */
class DisclosureTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HtmlOptions ENGLISH = new HtmlOptions(Locale.ENGLISH, ScoreScale.HUNDRED);
  private static final String SURVEY_LABEL = "Online survey";
  private static final Pattern PLAIN = Pattern.compile("[\\p{L} !,.:;?()'0-9-]+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @TempDir static Path tmp;

  private static final Map<Integer, ScoredEdition> SCORED = new HashMap<>();
  private static final Map<Integer, EditionDefinitions> DEFINITIONS = new HashMap<>();

  /** Accepted survey lines by structure, then channel, from the data files. */
  private static Map<String, Map<String, Long>> surveyLines;

  /**
   * A rendering: reports made with the definitions of threshold {@code published} from results
   * scored with threshold {@code scoredAt}.
   */
  record Case(int published, int scoredAt) {
    ScoredEdition scored() {
      ScoredEdition scored = SCORED.get(scoredAt);
      return new ScoredEdition(DEFINITIONS.get(published), scored.results(), scored.details());
    }

    @Override
    public String toString() {
      return "threshold " + published + ", scored at " + scoredAt;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(new Case(10, 10), new Case(40, 40), new Case(10, 5), new Case(40, 10));
  }

  @BeforeAll
  static void score() throws IOException {
    for (int threshold : List.of(5, 10, 40)) {
      Path edition = tmp.resolve("threshold-" + threshold);
      Files.createDirectories(edition);
      try (Stream<Path> files = Files.list(SampleFixture.EDITION)) {
        for (Path file : files.toList()) {
          Files.copy(file, edition.resolve(file.getFileName().toString()));
        }
      }
      Path editionJson = edition.resolve(EditionFolder.EDITION);
      String text = Files.readString(editionJson);
      assertThat(text).contains("\"disclosureThreshold\": 10,");
      Files.writeString(
          editionJson,
          text.replace(
              "\"disclosureThreshold\": 10,", "\"disclosureThreshold\": " + threshold + ","));
      EditionDefinitions definitions = EditionFolder.load(edition);
      assertThat(definitions.edition().scoring().disclosureThreshold()).isEqualTo(threshold);
      DEFINITIONS.put(threshold, definitions);
      SCORED.put(
          threshold,
          ScoringEngine.builder().builtIns().build().scoreInFull(definitions, edition, r -> {}));
    }
    surveyLines = surveyLines();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void analysis_surveyChannelsUnderTheThreshold_areSuppressedInJsonCsvAndHtml(Case c) {
    ReportSet reports = Reports.of(c.scored(), null);
    int analyses = 0;
    int secondary = 0;
    for (StructureReports structure : reports.structures()) {
      AnalysisReport analysis = structure.analysis();
      if (analysis == null) {
        continue;
      }
      analyses++;
      String id = structure.structure().id().value();
      Map<String, Long> lines = surveyLines.getOrDefault(id, Map.of());
      Set<String> withheld = withheld(lines, c.published());
      secondary += (int) withheld.stream().filter(ch -> lines.get(ch) >= c.published()).count();

      JsonNode json = tree(out -> ReportJson.write(analysis, out));
      Map<String, JsonNode> channels = new TreeMap<>();
      for (JsonNode source : json.get("sources")) {
        for (Map.Entry<String, JsonNode> channel : source.get("channels").properties()) {
          if (source.get("source").asString().equals("survey")) {
            channels.put(channel.getKey(), channel.getValue());
          } else {
            assertThat(channel.getValue().get("suppressed").asBoolean()).isFalse();
          }
        }
      }
      assertThat(channels.keySet()).as(id).isEqualTo(lines.keySet());
      channels.forEach(
          (channel, node) -> {
            long n = lines.get(channel);
            boolean hidden = withheld.contains(channel);
            if (hidden) {
              assertThat(node.get("n").isNull()).as(id + " " + channel).isTrue();
            } else {
              assertThat(node.get("n").asLong()).as(id + " " + channel).isEqualTo(n);
            }
            assertThat(node.get("suppressed").asBoolean()).as(id + " " + channel).isEqualTo(hidden);
            assertThat(node.get("score").isNull()).as(id + " " + channel).isEqualTo(hidden);
          });

      List<List<String>> csv = csv(out -> ReportCsv.write(analysis, out));
      Map<String, Map<String, String>> csvChannels = new TreeMap<>();
      for (List<String> row : csv) {
        if (row.get(0).equals("channel") && row.get(2).equals("survey")) {
          csvChannels.computeIfAbsent(row.get(1), k -> new HashMap<>()).put(row.get(3), row.get(4));
        }
      }
      assertThat(csvChannels.keySet()).as(id).isEqualTo(lines.keySet());
      csvChannels.forEach(
          (channel, measures) -> {
            long n = lines.get(channel);
            boolean hidden = withheld.contains(channel);
            assertThat(measures.get("n")).isEqualTo(hidden ? "" : Long.toString(n));
            assertThat(measures.get("suppressed")).isEqualTo(Boolean.toString(hidden));
            assertThat(measures.get("score").isEmpty()).as(id + " " + channel).isEqualTo(hidden);
          });

      Document html =
          Jsoup.parse(
              text(out -> ReportHtml.write(analysis, c.scored().definitions(), ENGLISH, out)));
      List<Element> rows = new ArrayList<>();
      for (Element row : html.select("section[aria-labelledby=channels] table tbody tr")) {
        if (row.child(1).text().equals(SURVEY_LABEL)) {
          rows.add(row);
        }
      }
      // Rows come channel by channel in id order, as the JSON's sorted members.
      List<String> order = new ArrayList<>(lines.keySet());
      assertThat(rows).as(id).hasSameSizeAs(order);
      for (int i = 0; i < rows.size(); i++) {
        long n = lines.get(order.get(i));
        String value = rows.get(i).child(2).text();
        if (withheld.contains(order.get(i))) {
          assertThat(rows.get(i).child(3).text()).isEqualTo("suppressed");
          assertThat(value).as(id + " " + order.get(i)).isEqualTo("suppressed");
        } else {
          assertThat(rows.get(i).child(3).text()).isEqualTo(Long.toString(n));
          assertThat(value).as(id + " " + order.get(i)).containsPattern("[0-9]");
        }
      }
    }
    assertThat(analyses).isEqualTo(7);
    assertThat(secondary).as("a channel withheld by the secondary rule").isPositive();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void analysisHtml_channelTableAndChart_holdNoScoreOfASuppressedChannel(Case c) {
    ReportSet reports = Reports.of(c.scored(), null);
    Map<String, Set<String>> hidden = hiddenScores(c.published());
    assertThat(hidden.values().stream().mapToInt(Set::size).sum()).isPositive();
    int checked = 0;
    for (StructureReports structure : reports.structures()) {
      AnalysisReport analysis = structure.analysis();
      Set<String> scores = hidden.get(structure.structure().id().value());
      if (analysis == null || scores == null) {
        continue;
      }
      Document html =
          Jsoup.parse(
              text(out -> ReportHtml.write(analysis, c.scored().definitions(), ENGLISH, out)));
      // The table and the chart's texts and titles, as a reader or a screen reader gets them.
      Set<String> numbers = new HashSet<>();
      Matcher number = NUMBER.matcher(html.select("section[aria-labelledby=channels]").text());
      while (number.find()) {
        numbers.add(number.group());
      }
      assertThat(numbers)
          .as(structure.structure().id().value())
          .doesNotContainAnyElementsOf(scores);
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void peerBenchmarks_needTwoOtherStructures_inJsonCsvAndHtml(Case c) {
    ReportSet reports = Reports.of(c.scored(), null);
    JsonNode expected = SampleFixture.EXPECTED;
    Map<String, Integer> eligible = new HashMap<>();
    Map<String, Integer> themeScores = new HashMap<>();
    for (JsonNode structure : expected.get("structures")) {
      String category = structure.get("category").asString();
      if (structure.get("eligible").asBoolean()) {
        eligible.merge(category, 1, Integer::sum);
      }
      for (String source : List.of("survey", "audit")) {
        for (Map.Entry<String, JsonNode> theme : structure.get(source).get("themes").properties()) {
          if (!theme.getValue().isNull()) {
            themeScores.merge(category + " " + source + " " + theme.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    int ranked = 0;
    int benchmarks = 0;
    for (StructureReports structure : reports.structures()) {
      AnalysisReport analysis = structure.analysis();
      if (analysis == null) {
        continue;
      }
      String id = structure.structure().id().value();
      String category = structure.structure().category().toString();
      boolean rankShown = analysis.eligible() && eligible.getOrDefault(category, 0) >= 3;
      ranked += rankShown ? 1 : 0;
      JsonNode json = tree(out -> ReportJson.write(analysis, out));
      assertThat(json.get("ranking").isNull()).as(id).isEqualTo(!rankShown);
      List<List<String>> csv = csv(out -> ReportCsv.write(analysis, out));
      assertThat(csv.stream().anyMatch(row -> row.get(0).equals("ranking")))
          .as(id)
          .isEqualTo(rankShown);
      Document html =
          Jsoup.parse(
              text(out -> ReportHtml.write(analysis, c.scored().definitions(), ENGLISH, out)));
      assertThat(html.select("section[aria-labelledby=ranking]").text().matches(".*[0-9].*"))
          .as(id)
          .isEqualTo(rankShown);

      int hiddenMeans = 0;
      for (JsonNode source : json.get("sources")) {
        for (JsonNode theme : source.get("themes")) {
          int others =
              themeScores.getOrDefault(
                      category
                          + " "
                          + source.get("source").asString()
                          + " "
                          + theme.get("theme").asString(),
                      0)
                  - 1;
          assertThat(theme.get("categoryStructures").asInt()).isEqualTo(others + 1);
          assertThat(theme.get("categoryMean").isNull()).as(id).isEqualTo(others < 2);
          hiddenMeans += others < 2 ? 1 : 0;
          benchmarks += others < 2 ? 0 : 1;
        }
      }
      long emptyCsvMeans =
          csv.stream()
              .filter(row -> row.get(0).equals("theme") && row.get(3).equals("categoryMean"))
              .filter(row -> row.get(4).isEmpty())
              .count();
      assertThat(emptyCsvMeans).as(id).isEqualTo(hiddenMeans);
      long noBenchmark =
          html.select("section[aria-labelledby=themes] table tbody tr").stream()
              .filter(row -> row.child(3).text().startsWith("no benchmark"))
              .count();
      assertThat(noBenchmark).as(id).isEqualTo(hiddenMeans);
    }
    assertThat(ranked).as("some rankings are shown").isPositive();
    assertThat(benchmarks).as("some category means are shown").isPositive();

    Overview overview = reports.overview();
    JsonNode json = tree(out -> ReportJson.write(overview, out));
    List<List<String>> csv = csv(out -> ReportCsv.write(overview, out));
    Document html =
        Jsoup.parse(
            text(
                out ->
                    ReportHtml.write(
                        overview,
                        c.scored().definitions(),
                        ENGLISH,
                        Set.of(ReportFormat.values()),
                        out)));
    List<Element> htmlRows =
        html.select("section[aria-labelledby=categories] table tbody tr").stream().toList();
    assertThat(htmlRows).hasSize(json.get("categories").size());
    int i = 0;
    for (JsonNode category : json.get("categories")) {
      String name = category.get("category").asString();
      boolean shown = eligible.getOrDefault(name, 0) >= 3;
      assertThat(category.get("eligible").asInt()).isEqualTo(eligible.getOrDefault(name, 0));
      assertThat(category.get("meanComposite").isNull()).as(name).isEqualTo(!shown);
      assertThat(
              csv.stream()
                  .filter(row -> row.get(0).equals("category") && row.get(1).equals(name))
                  .filter(row -> row.get(3).equals("meanComposite"))
                  .findFirst()
                  .orElseThrow()
                  .get(4)
                  .isEmpty())
          .as(name)
          .isEqualTo(!shown);
      assertThat(htmlRows.get(i++).child(3).text().matches(".*[0-9].*")).as(name).isEqualTo(shown);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 10, 40})
  void resultsJson_surveyChannelsUnderItsThreshold_areSuppressed(int threshold) {
    JsonNode results = tree(out -> ResultsJson.write(SCORED.get(threshold).results(), out));
    int suppressed = 0;
    for (JsonNode structure : results.get("structures")) {
      String id = structure.get("id").asString();
      Map<String, Long> lines = surveyLines.getOrDefault(id, Map.of());
      Set<String> names = new HashSet<>();
      structure.get("survey").get("channels").properties().forEach(e -> names.add(e.getKey()));
      assertThat(names).as(id).isEqualTo(lines.keySet());
      for (Map.Entry<String, JsonNode> channel :
          structure.get("survey").get("channels").properties()) {
        long n = lines.get(channel.getKey());
        boolean hidden = n < threshold;
        suppressed += hidden ? 1 : 0;
        assertThat(channel.getValue().get("n").asLong()).isEqualTo(n);
        assertThat(channel.getValue().get("suppressed").asBoolean()).isEqualTo(hidden);
        assertThat(channel.getValue().get("score").isNull()).as(id).isEqualTo(hidden);
      }
      for (JsonNode channel : structure.get("audit").get("channels")) {
        assertThat(channel.get("suppressed").asBoolean()).isFalse();
      }
    }
    assertThat(suppressed).isPositive();
  }

  @Test
  void freeText_appearsOnlyInTheRawResultsOfItsStructures() throws IOException {
    ScoredEdition scored = SCORED.get(10);
    ReportSet reports = Reports.of(scored, null);
    EditionDefinitions definitions = scored.definitions();
    Map<String, Set<String>> owners = textOwners(definitions);
    assertThat(owners).hasSizeGreaterThan(10);
    // What a reader gets from each output: JSON strings, CSV cells, the HTML page's text.
    Map<String, Set<String>> outputs = new TreeMap<>();
    Overview overview = reports.overview();
    outputs.put("overview.json", jsonStrings(out -> ReportJson.write(overview, out)));
    outputs.put("overview.csv", csvCells(out -> ReportCsv.write(overview, out)));
    outputs.put(
        "index.html",
        htmlText(
            out ->
                ReportHtml.write(
                    overview, definitions, ENGLISH, Set.of(ReportFormat.values()), out)));
    for (StructureReports structure : reports.structures()) {
      String id = structure.structure().id().value();
      outputs.put(id + "/raw.json", jsonStrings(out -> ReportJson.write(structure.raw(), out)));
      outputs.put(id + "/raw.csv", csvCells(out -> ReportCsv.write(structure.raw(), out)));
      outputs.put(
          id + "/raw.html",
          htmlText(out -> ReportHtml.write(structure.raw(), definitions, ENGLISH, out)));
      AnalysisReport analysis = structure.analysis();
      if (analysis != null) {
        outputs.put(id + "/analysis.json", jsonStrings(out -> ReportJson.write(analysis, out)));
        outputs.put(id + "/analysis.csv", csvCells(out -> ReportCsv.write(analysis, out)));
        outputs.put(
            id + "/analysis.html",
            htmlText(out -> ReportHtml.write(analysis, definitions, ENGLISH, out)));
      }
      OrganisationReport organisation = structure.organisation();
      if (organisation != null) {
        outputs.put(
            id + "/organisation.json", jsonStrings(out -> ReportJson.write(organisation, out)));
        outputs.put(id + "/organisation.csv", csvCells(out -> ReportCsv.write(organisation, out)));
        outputs.put(
            id + "/organisation.html",
            htmlText(out -> ReportHtml.write(organisation, definitions, ENGLISH, out)));
      }
    }
    owners.forEach(
        (text, structures) -> {
          for (String structure : structures) {
            assertThat(outputs.get(structure + "/raw.json")).as(structure).contains(text);
          }
          outputs.forEach(
              (name, strings) -> {
                boolean allowed =
                    name.endsWith("/raw.json")
                        || name.endsWith("/raw.csv")
                        || name.endsWith("/raw.html");
                if (!allowed || !structures.contains(name.substring(0, name.indexOf('/')))) {
                  assertThat(strings)
                      .as(name + " holds " + text)
                      .noneMatch(string -> string.contains(text));
                }
              });
        });
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The channels a report withholds, written here from analysis.md §A2 (Disclosure): those with
   * fewer lines than the threshold and, when there is exactly one, the other channel with the
   * fewest lines (ties: the first in id order).
   */
  private static Set<String> withheld(Map<String, Long> lines, int threshold) {
    Set<String> withheld = new HashSet<>();
    lines.forEach(
        (channel, n) -> {
          if (n < threshold) {
            withheld.add(channel);
          }
        });
    if (withheld.size() == 1) {
      lines.entrySet().stream()
          .filter(e -> !withheld.contains(e.getKey()))
          .min(Map.Entry.comparingByValue())
          .ifPresent(e -> withheld.add(e.getKey()));
    }
    return withheld;
  }

  /**
   * The scores of the survey channels that the threshold hides, as HTML shows them (one decimal,
   * half-up), by structure; known from the results scored under threshold 5.
   */
  private static Map<String, Set<String>> hiddenScores(int threshold) {
    Map<String, Set<String>> hidden = new HashMap<>();
    for (StructureResult structure : SCORED.get(5).results().structures()) {
      for (Map.Entry<?, ChannelScore> channel : structure.survey().channels().entrySet()) {
        ChannelScore score = channel.getValue();
        if (score.n() < threshold && score.score() != null) {
          double value = score.score();
          Set<String> forms = hidden.computeIfAbsent(structure.id().value(), k -> new HashSet<>());
          forms.add(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
      }
    }
    return hidden;
  }

  /** Accepted survey lines by structure and channel: responses.jsonl less the expected rejects. */
  private static Map<String, Map<String, Long>> surveyLines() throws IOException {
    Set<Long> rejected = new HashSet<>();
    for (String line : Files.readAllLines(expectedRejects())) {
      JsonNode reject = JSON.readTree(line);
      if (reject.get("source").asString().equals("responses.jsonl")) {
        rejected.add(reject.get("line").asLong());
      }
    }
    Map<String, Map<String, Long>> lines = new TreeMap<>();
    forEachAccepted(
        response ->
            lines
                .computeIfAbsent(response.get("structure").asString(), k -> new TreeMap<>())
                .merge(response.get("channel").asString(), 1L, Long::sum),
        rejected);
    return lines;
  }

  /**
   * The free-text answers of at least 12 characters, printable ASCII and letters only (so that
   * every format writes them as they are), with the structures they were given in.
   */
  private static Map<String, Set<String>> textOwners(EditionDefinitions definitions)
      throws IOException {
    Set<String> textQuestions = new HashSet<>();
    for (Question question : definitions.questionnaire().questions()) {
      if (question.type() instanceof QuestionType.Text) {
        textQuestions.add(question.id().value());
      }
    }
    Set<Long> rejected = new HashSet<>();
    for (String line : Files.readAllLines(expectedRejects())) {
      JsonNode reject = JSON.readTree(line);
      if (reject.get("source").asString().equals("responses.jsonl")) {
        rejected.add(reject.get("line").asLong());
      }
    }
    Map<String, Set<String>> structures = new HashMap<>();
    forEachAccepted(
        response -> {
          for (Map.Entry<String, JsonNode> answer : response.get("answers").properties()) {
            if (textQuestions.contains(answer.getKey()) && answer.getValue().isString()) {
              structures
                  .computeIfAbsent(answer.getValue().asString(), k -> new HashSet<>())
                  .add(response.get("structure").asString());
            }
          }
        },
        rejected);
    structures.keySet().removeIf(text -> text.length() < 12 || !PLAIN.matcher(text).matches());
    return structures;
  }

  private static void forEachAccepted(Consumer<JsonNode> action, Set<Long> rejected)
      throws IOException {
    // Rejected lines may not be UTF-8: they are decoded with replacement, and skipped.
    String[] lines =
        new String(
                Files.readAllBytes(SampleFixture.EDITION.resolve("responses.jsonl")),
                StandardCharsets.UTF_8)
            .split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!rejected.contains(i + 1L) && !lines[i].isBlank()) {
        action.accept(JSON.readTree(lines[i]));
      }
    }
  }

  private static Path expectedRejects() {
    return SampleFixture.EDITION.resolveSibling("expected").resolve("rejects.jsonl");
  }

  private static Set<String> jsonStrings(Rendering rendering) {
    Set<String> strings = new HashSet<>();
    strings(tree(rendering), strings);
    return strings;
  }

  private static Set<String> csvCells(Rendering rendering) {
    Set<String> cells = new HashSet<>();
    csv(rendering).forEach(cells::addAll);
    return cells;
  }

  private static Set<String> htmlText(Rendering rendering) {
    return Set.of(Jsoup.parse(text(rendering)).wholeText());
  }

  private static void strings(JsonNode node, Set<String> strings) {
    if (node.isString()) {
      strings.add(node.asString());
    }
    for (JsonNode child : node) {
      strings(child, strings);
    }
  }

  /** What a renderer writes. */
  @FunctionalInterface
  private interface Rendering {
    void to(OutputStream out) throws IOException;
  }

  private static String text(Rendering rendering) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      rendering.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(Rendering rendering) {
    return JSON.readTree(text(rendering));
  }

  private static List<List<String>> csv(Rendering rendering) {
    String text = text(rendering);
    return Rfc4180.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
