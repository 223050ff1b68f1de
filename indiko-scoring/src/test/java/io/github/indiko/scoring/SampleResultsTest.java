package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.spi.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring the 2017 sample gives every number of {@code expected/results.json}: numbers
 * within a relative 1e-9 (absolute near 0), everything else exactly.
 */
class SampleResultsTest {
  private static final double TOLERANCE = 1e-9;

  private static Results results;
  private static List<Reject> rejects;
  private static JsonNode expected;

  @BeforeAll
  static void score() {
    rejects = new ArrayList<>();
    results =
        ScoringEngine.builder()
            .builtIns()
            .asOf(LocalDate.of(2017, 12, 1))
            .build()
            .score(Samples.edition(), rejects::add);
    expected = JsonMapper.builder().build().readTree(Samples.expectedResults().toFile());
  }

  @Test
  void score_countsAsExpected() {
    assertThat(results.edition().value()).isEqualTo(expected.get("edition").asString());
    assertThat(results.asOf().date()).hasToString(expected.get("asOf").asString());
    assertThat(results.asOf().provisional()).isEqualTo(expected.get("provisional").asBoolean());
    assertCounts(results.responses(), expected.get("counts").get("responses"));
    assertCounts(results.audits(), expected.get("counts").get("audits"));
    assertThat(rejects).hasSize(78);
    assertThat(rejects.get(0).source()).isEqualTo("responses.jsonl");
    assertThat(rejects.get(rejects.size() - 1).source()).isEqualTo("audits.jsonl");
  }

  @Test
  void score_structuresAsExpected() {
    JsonNode structures = expected.get("structures");
    assertThat(results.structures()).hasSize(structures.size());
    for (int i = 0; i < structures.size(); i++) {
      assertStructure(results.structures().get(i), structures.get(i));
    }
  }

  @Test
  void score_trophiesAsExpected() {
    JsonNode trophies = expected.get("trophies");
    assertThat(results.trophies()).hasSize(trophies.size());
    for (int i = 0; i < trophies.size(); i++) {
      JsonNode node = trophies.get(i);
      Trophy trophy = results.trophies().get(i);
      assertThat(trophy.structure().value()).isEqualTo(node.get("structure").asString());
      if (node.get("trophy").asString().equals("category")) {
        Trophy.CategoryTrophy category = (Trophy.CategoryTrophy) trophy;
        assertThat(category.category().toString()).isEqualTo(node.get("category").asString());
        assertNumber("trophy composite", category.composite(), node.get("composite"));
      } else {
        Trophy.Consultation consultation = (Trophy.Consultation) trophy;
        assertNumber("participation", consultation.participation(), node.get("participation"));
        assertThat(consultation.responses()).isEqualTo(node.get("responses").asLong());
      }
    }
    assertThat(results.consultation()).first().isEqualTo(results.trophies().get(1));
  }

  @Test
  void score_notAwardedAsExpected() {
    List<String> actual = new ArrayList<>();
    results
        .notAwarded()
        .forEach(n -> actual.add(n.category() + " " + n.reason() + " " + n.eligible()));
    List<String> wanted = new ArrayList<>();
    expected
        .get("notAwarded")
        .forEach(
            n ->
                wanted.add(
                    n.get("category").asString()
                        + " "
                        + n.get("reason").asString()
                        + " "
                        + n.get("eligible").asInt()));
    assertThat(actual).containsExactlyElementsOf(wanted);
  }

  private static void assertCounts(SourceCounts counts, JsonNode node) {
    assertThat(counts.read()).isEqualTo(node.get("read").asLong());
    assertThat(counts.accepted()).isEqualTo(node.get("accepted").asLong());
    assertThat(counts.rejected()).isEqualTo(node.get("rejected").asLong());
    Map<String, Long> byReason = new LinkedHashMap<>();
    counts.byReason().forEach((reason, count) -> byReason.put(reason.code(), count));
    Map<String, Long> wanted = new LinkedHashMap<>();
    node.get("byReason").properties().forEach(e -> wanted.put(e.getKey(), e.getValue().asLong()));
    assertThat(byReason).containsExactlyEntriesOf(wanted);
    assertThat(RejectReason.fromCode(wanted.keySet().iterator().next())).isNotNull();
  }

  private static void assertStructure(StructureResult actual, JsonNode node) {
    String id = node.get("id").asString();
    assertThat(actual.id().value()).isEqualTo(id);
    assertThat(actual.category().toString()).as(id).isEqualTo(node.get("category").asString());
    assertThat(actual.enrolled()).as(id).isEqualTo(node.get("enrolled").asBoolean());
    assertThat(actual.level() == null ? null : actual.level().id())
        .as(id)
        .isEqualTo(text(node.get("level")));
    assertThat(actual.responses()).as(id).isEqualTo(node.get("responses").asLong());
    assertThat(actual.audits()).as(id).isEqualTo(node.get("audits").asLong());
    assertSource(id + " survey", actual.survey(), node.get("survey"));
    assertSource(id + " audit", actual.audit(), node.get("audit"));
    assertNumber(id + " composite", actual.composite(), node.get("composite"));
    assertThat(actual.partial()).as(id).isEqualTo(node.get("partial").asBoolean());
    assertThat(actual.eligible()).as(id).isEqualTo(node.get("eligible").asBoolean());
    assertIndicator(id + " satisfaction", actual.satisfaction(), node.get("satisfaction"));
    assertIndicator(id + " net", actual.net(), node.get("net"));
    assertIndicator(id + " nps", actual.nps(), node.get("nps"));
    assertThat(actual.rank()).as(id + " rank").isEqualTo(integer(node.get("rank")));
    assertThat(actual.of()).as(id + " of").isEqualTo(integer(node.get("of")));
    assertNumber(id + " percentile", actual.percentile(), node.get("percentile"));
    JsonNode items = node.get("items");
    assertThat(actual.items().keySet()).as(id + " items").containsExactlyElementsOf(names(items));
    for (Map.Entry<String, ItemResult> entry : actual.items().entrySet()) {
      assertItem(id + " " + entry.getKey(), entry.getValue(), items.get(entry.getKey()));
    }
  }

  private static void assertSource(String what, SourceResult actual, JsonNode node) {
    assertNumber(what + " score", actual.score(), node.get("score"));
    assertThat(actual.sufficient()).as(what).isEqualTo(node.get("sufficient").asBoolean());
    JsonNode themes = node.get("themes");
    assertThat(actual.themes().keySet())
        .extracting(Theme::id)
        .as(what + " themes")
        .containsExactlyElementsOf(names(themes));
    actual.themes().forEach((t, v) -> assertNumber(what + " " + t, v, themes.get(t.id())));
    JsonNode channels = node.get("channels");
    assertThat(actual.channels().keySet())
        .extracting(Channel::id)
        .as(what + " channels")
        .containsExactlyElementsOf(names(channels));
    actual
        .channels()
        .forEach(
            (c, score) -> {
              JsonNode channel = channels.get(c.id());
              assertNumber(what + " " + c, score.score(), channel.get("score"));
              assertThat(score.n()).as(what + " " + c).isEqualTo(channel.get("n").asLong());
              assertThat(score.suppressed())
                  .as(what + " " + c)
                  .isEqualTo(channel.get("suppressed").asBoolean());
            });
  }

  private static void assertIndicator(String what, Indicator actual, JsonNode node) {
    assertNumber(what, actual.value(), node.get("value"));
    assertThat(actual.n()).as(what + " n").isEqualTo(node.get("n").asLong());
    assertInterval(what + " ci", actual.ci(), node.get("ci"));
  }

  private static void assertItem(String what, ItemResult actual, JsonNode node) {
    assertThat(actual.source().id()).as(what).isEqualTo(node.get("source").asString());
    assertThat(actual.theme() == null ? null : actual.theme().id())
        .as(what)
        .isEqualTo(text(node.get("theme")));
    assertNumber(what + " value", actual.value(), node.get("value"));
    assertThat(actual.n()).as(what + " n").isEqualTo(node.get("n").asLong());
    assertInterval(what + " ci", actual.ci(), node.get("ci"));
    assertNumber(what + " mean", actual.mean(), node.get("mean"));
    assertNumber(what + " satisfaction", actual.satisfaction(), node.get("satisfaction"));
    assertNumber(what + " net", actual.net(), node.get("net"));
  }

  private static void assertInterval(String what, @Nullable Interval actual, JsonNode node) {
    if (node == null || node.isNull()) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual).as(what).isNotNull();
    assertNumber(what + " low", actual.low(), node.get(0));
    assertNumber(what + " high", actual.high(), node.get(1));
  }

  private static void assertNumber(String what, @Nullable Double actual, JsonNode node) {
    if (node.isNull()) {
      assertThat(actual).as(what).isNull();
      return;
    }
    assertThat(actual).as(what).isNotNull();
    double wanted = node.asDouble();
    double difference = Math.abs(actual - wanted);
    assertThat(difference)
        .as("%s: %s, expected %s", what, actual, wanted)
        .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(wanted)));
  }

  private static @Nullable String text(JsonNode node) {
    return node.isNull() ? null : node.asString();
  }

  private static @Nullable Integer integer(JsonNode node) {
    return node.isNull() ? null : node.asInt();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    Iterator<String> iterator = object.propertyNames().iterator();
    iterator.forEachRemaining(names::add);
    return names;
  }
}
