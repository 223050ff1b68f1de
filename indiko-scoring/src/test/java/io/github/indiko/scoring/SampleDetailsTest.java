package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The details of the 2017 sample, recomputed here straight from its data lines: the lines that
 * {@code expected/rejects.jsonl} lists are the rejected ones, every other non-blank line is
 * accepted.
 */
class SampleDetailsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double CLOSE = 1e-9;

  private static ScoredEdition scored;
  private static JsonNode questionnaire;
  private static JsonNode grid;

  /** Per structure, its accepted responses and audits. */
  private static final Map<String, List<JsonNode>> responses = new HashMap<>();

  private static final Map<String, List<JsonNode>> audits = new HashMap<>();

  /** Per source and structure, the rejects naming that structure after its checks. */
  private static final Map<String, Map<String, Map<RejectReason, Long>>> rejected = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    scored = ScoringEngine.builder().builtIns().build().scoreInFull(Samples.edition(), r -> {});
    questionnaire = JSON.readTree(Samples.edition().resolve("questionnaire.json").toFile());
    grid = JSON.readTree(Samples.edition().resolve("grid.json").toFile());
    Map<String, Map<Long, RejectReason>> rejects = new HashMap<>();
    for (String line : Files.readAllLines(Samples.expectedRejects())) {
      JsonNode reject = JSON.readTree(line);
      rejects
          .computeIfAbsent(reject.get("source").asString(), s -> new HashMap<>())
          .put(reject.get("line").asLong(), RejectReason.fromCode(reject.get("reason").asString()));
    }
    read("responses.jsonl", rejects, responses);
    read("audits.jsonl", rejects, audits);
  }

  private static void read(
      String source, Map<String, Map<Long, RejectReason>> rejects, Map<String, List<JsonNode>> into)
      throws IOException {
    // Lines split on their bytes: some are not UTF-8, and they are rejected.
    List<String> lines =
        Files.readAllLines(Samples.edition().resolve(source), StandardCharsets.ISO_8859_1);
    Map<Long, RejectReason> refused = rejects.getOrDefault(source, Map.of());
    for (int i = 0; i < lines.size(); i++) {
      String line =
          new String(lines.get(i).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      RejectReason reason = refused.get(i + 1L);
      if (line.isBlank()) {
        continue;
      }
      if (reason == null) {
        JsonNode node = JSON.readTree(line);
        into.computeIfAbsent(node.get("structure").asString(), s -> new ArrayList<>()).add(node);
      } else if (reason.compareTo(RejectReason.NOT_ENROLLED) > 0) {
        // From not_enrolled on the line parsed and its structure exists.
        String structure = JSON.readTree(line).get("structure").asString();
        rejected
            .computeIfAbsent(source, s -> new HashMap<>())
            .computeIfAbsent(structure, s -> new EnumMap<>(RejectReason.class))
            .merge(reason, 1L, Long::sum);
      }
    }
  }

  @Test
  void details_everyEnrolledStructure() throws IOException {
    JsonNode enrolments = JSON.readTree(Samples.edition().resolve("enrolments.json").toFile());
    Set<String> enrolled = new HashSet<>();
    enrolments.get("enrolments").forEach(e -> enrolled.add(e.get("structure").asString()));

    assertThat(scored.details().keySet())
        .extracting(StructureId::value)
        .hasSameElementsAs(enrolled);
  }

  @Test
  void counts_acceptedAndRejectedNamingEachStructure() {
    long attributed = 0;
    for (StructureDetail detail : scored.details().values()) {
      String id = detail.structure().value();
      Map<RejectReason, Long> byResponse = rejects("responses.jsonl", id);
      Map<RejectReason, Long> byAudit = rejects("audits.jsonl", id);

      assertThat(detail.responses().accepted()).as(id).isEqualTo(lines(responses, id).size());
      assertThat(detail.responses().byReason()).as(id).isEqualTo(byResponse);
      assertThat(detail.audits().accepted()).as(id).isEqualTo(lines(audits, id).size());
      assertThat(detail.audits().byReason()).as(id).isEqualTo(byAudit);
      attributed += detail.responses().rejected() + detail.audits().rejected();
    }
    assertThat(attributed).as("the sample names enrolled structures in some rejects").isPositive();
  }

  @Test
  void questions_answeredDistributionsAndScores() {
    for (StructureDetail detail : scored.details().values()) {
      List<JsonNode> lines = lines(responses, detail.structure().value());
      List<JsonNode> questions = questions();
      assertThat(detail.questions()).hasSize(questions.size());
      for (int q = 0; q < questions.size(); q++) {
        assertQuestion(detail.questions().get(q), questions.get(q), lines);
      }
    }
  }

  private static void assertQuestion(
      QuestionDetail detail, JsonNode question, List<JsonNode> lines) {
    String id = question.get("id").asString();
    String type = question.get("type").asString();
    String what = id + " of " + lines.size() + " responses";
    List<JsonNode> answers = new ArrayList<>();
    for (JsonNode line : lines) {
      JsonNode answer = line.get("answers").get(id);
      if (answer != null && !answer.isNull()) {
        answers.add(answer);
      }
    }
    Map<String, Long> distribution = new HashMap<>();
    List<Double> scores = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (JsonNode answer : answers) {
      switch (type) {
        case "rating", "nps", "yes_no", "single_choice" ->
            distribution.merge(
                answer.isBoolean() ? (answer.asBoolean() ? "yes" : "no") : answer.asString(),
                1L,
                Long::sum);
        case "multi_choice" -> answer.forEach(v -> distribution.merge(v.asString(), 1L, Long::sum));
        case "number" -> numbers.add(answer.asDouble());
        case "text" -> texts.add(answer.asString());
        default -> {}
      }
      Double score = score(question, answer);
      if (score != null) {
        scores.add(score);
      }
    }

    assertThat(detail.id().value()).isEqualTo(id);
    assertThat(detail.type()).isEqualTo(type);
    assertThat(detail.answered()).as(what).isEqualTo(answers.size());
    assertThat(detail.na()).as(what).isEqualTo(lines.size() - answers.size());
    assertThat(detail.distribution()).as(what).isEqualTo(distribution);
    if (type.equals("rating") || type.equals("nps")) {
      assertThat(new ArrayList<>(detail.distribution().keySet()))
          .as(what + ": points in numeric order")
          .isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    }
    assertThat(detail.n()).as(what).isEqualTo(scores.size());
    if (scores.isEmpty()) {
      assertThat(detail.mean()).as(what).isNull();
    } else {
      double mean = scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
      assertThat(detail.mean()).as(what).isCloseTo(mean, within(CLOSE));
    }
    assertQuantities(what, detail.quantities(), numbers);
    if (type.equals("text")) {
      Collections.sort(texts);
      assertThat(detail.texts().count()).as(what).isEqualTo(texts.size());
      assertThat(texts).as(what + ": the sample holds every text").hasSizeLessThan(1_000);
      assertThat(detail.texts().sample()).as(what).isEqualTo(texts);
    } else {
      assertThat(detail.texts()).as(what).isEqualTo(TextAnswers.empty());
    }
  }

  @Test
  void criteria_countsFailingAndMeasures() {
    for (StructureDetail detail : scored.details().values()) {
      List<JsonNode> lines = lines(audits, detail.structure().value());
      List<JsonNode> criteria = new ArrayList<>();
      grid.get("criteria").forEach(criteria::add);
      assertThat(detail.criteria()).hasSize(criteria.size());
      for (int k = 0; k < criteria.size(); k++) {
        assertCriterion(detail.criteria().get(k), criteria.get(k), lines);
      }
    }
  }

  private static void assertCriterion(
      CriterionDetail detail, JsonNode criterion, List<JsonNode> lines) {
    String id = criterion.get("id").asString();
    Map<String, Long> words = new HashMap<>();
    List<Double> measures = new ArrayList<>();
    long failing = 0;
    for (JsonNode line : lines) {
      JsonNode observation = line.get("observations").get(id);
      if (observation == null) {
        continue;
      }
      if (observation.isNumber()) {
        measures.add(observation.asDouble());
      } else {
        words.merge(observation.asString(), 1L, Long::sum);
      }
      Double score = observationScore(criterion, observation);
      if (score != null && score < 50) {
        failing++;
      }
    }
    String what = id + " of " + lines.size() + " audits";

    assertThat(detail.id().value()).isEqualTo(id);
    assertThat(detail.type()).isEqualTo(criterion.get("type").asString());
    assertThat(detail.channel().id()).isEqualTo(criterion.get("channel").asString());
    assertThat(detail.met()).as(what).isEqualTo(words.getOrDefault("met", 0L));
    assertThat(detail.notMet()).as(what).isEqualTo(words.getOrDefault("not_met", 0L));
    assertThat(detail.missed()).as(what).isEqualTo(words.getOrDefault("missed", 0L));
    assertThat(detail.na()).as(what).isEqualTo(words.getOrDefault("na", 0L));
    assertThat(detail.measured()).as(what).isEqualTo(measures.size());
    assertThat(detail.failing()).as(what).isEqualTo(failing);
    assertQuantities(what, detail.measures(), measures);
  }

  @Test
  void importance_pearsonOverRespondentsHavingBoth() {
    JsonNode themes = JSON.readTree(edition().toFile()).get("scoring").get("themes");
    Set<String> themeIds = new TreeSet<>();
    themes.properties().forEach(theme -> themeIds.add(theme.getKey()));
    JsonNode reference =
        questions().stream()
            .filter(q -> q.get("type").asString().equals("rating"))
            .filter(q -> q.path("theme").asString("").equals("overall"))
            .findFirst()
            .orElseThrow();
    int computed = 0;
    for (StructureDetail detail : scored.details().values()) {
      List<JsonNode> lines = lines(responses, detail.structure().value());
      assertThat(detail.importance().keySet())
          .extracting(Theme::id)
          .containsExactlyElementsOf(themeIds);
      for (Theme theme : detail.importance().keySet()) {
        List<double[]> pairs = new ArrayList<>();
        for (JsonNode line : lines) {
          JsonNode y = line.get("answers").get(reference.get("id").asString());
          Double x = themeMean(line, theme.id());
          if (y != null && !y.isNull() && x != null) {
            pairs.add(new double[] {x, score(reference, y)});
          }
        }
        Importance importance = detail.importance().get(theme);
        String what = detail.structure() + " " + theme;

        assertThat(importance.n()).as(what).isEqualTo(pairs.size());
        if (pairs.size() < 10) {
          assertThat(importance.correlation()).as(what).isNull();
        } else {
          computed++;
          assertThat(importance.correlation())
              .as(what)
              .isCloseTo(
                  DetailsAssemblerTest.pearson(pairs.toArray(double[][]::new)), within(CLOSE));
        }
      }
    }
    assertThat(computed).as("importances computed").isPositive();
  }

  /** The unweighted mean of the line's item scores on the theme's questions, or null. */
  private static Double themeMean(JsonNode line, String theme) {
    double sum = 0;
    int n = 0;
    for (JsonNode question : questions()) {
      JsonNode answer = line.get("answers").get(question.get("id").asString());
      if (!question.path("theme").asString("").equals(theme) || answer == null || answer.isNull()) {
        continue;
      }
      Double score = score(question, answer);
      if (score != null) {
        sum += score;
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /** scoring.md §1, for questions. */
  private static Double score(JsonNode question, JsonNode answer) {
    switch (question.get("type").asString()) {
      case "rating":
        double min = question.get("scale").get("min").asDouble();
        double max = question.get("scale").get("max").asDouble();
        return 100 * (answer.asDouble() - min) / (max - min);
      case "nps":
        return 10 * answer.asDouble();
      case "yes_no":
        return answer.asBoolean() == question.path("favourable").asBoolean(true) ? 100.0 : 0.0;
      case "single_choice":
        for (JsonNode option : question.get("options")) {
          if (option.get("value").asString().equals(answer.asString())) {
            JsonNode score = option.get("score");
            return score == null || score.isNull() ? null : score.asDouble();
          }
        }
        throw new IllegalStateException(answer + " is no option of " + question);
      case "number":
        return question.has("target") ? target(question.get("target"), answer.asDouble()) : null;
      default:
        return null;
    }
  }

  /** scoring.md §1, for criteria; null for na and unscored measures. */
  private static Double observationScore(JsonNode criterion, JsonNode observation) {
    if (observation.isNumber()) {
      return criterion.has("target")
          ? target(criterion.get("target"), observation.asDouble())
          : null;
    }
    switch (observation.asString()) {
      case "met":
        return 100.0;
      case "not_met":
        return 0.0;
      case "missed":
        return criterion.has("target") ? 0.0 : null;
      default:
        return null;
    }
  }

  private static double target(JsonNode target, double v) {
    double good = target.get("good").asDouble();
    double bad = target.get("bad").asDouble();
    if (good < bad) {
      return v <= good ? 100 : v >= bad ? 0 : 100 * (bad - v) / (bad - good);
    }
    return v >= good ? 100 : v <= bad ? 0 : 100 * (v - bad) / (good - bad);
  }

  private static void assertQuantities(String what, QuantitySummary quantities, List<Double> values) {
    if (values.isEmpty()) {
      assertThat(quantities).as(what).isNull();
      return;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    BigDecimal sum = BigDecimal.ZERO;
    for (double value : values) {
      sum = sum.add(new BigDecimal(value));
    }
    // Correctly rounded: 34 digits are not enough, as caf-lanvezec's web_a11y shows (an exact mean
    // 7.1e-15 from a midpoint between two doubles).
    double mean = sum.divide(BigDecimal.valueOf(n), new MathContext(2_000)).doubleValue();
    double median = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;

    assertThat(quantities)
        .as(what)
        .isEqualTo(new QuantitySummary(n, sorted.get(0), median, sorted.get(n - 1), mean));
  }

  private static List<JsonNode> questions() {
    List<JsonNode> questions = new ArrayList<>();
    questionnaire.get("sections").forEach(s -> s.get("questions").forEach(questions::add));
    return questions;
  }

  private static List<JsonNode> lines(Map<String, List<JsonNode>> lines, String structure) {
    return lines.getOrDefault(structure, List.of());
  }

  private static Map<RejectReason, Long> rejects(String source, String structure) {
    return rejected.getOrDefault(source, Map.of()).getOrDefault(structure, Map.of());
  }

  private static Path edition() {
    return Samples.edition().resolve("edition.json");
  }
}
