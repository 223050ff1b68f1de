package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.scoring.spi.WeightedStatistics.Polarity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link WeightedStatistics} and the weighted built-in accumulators against an independent
 * implementation of analysis.md §A3 (Weighted statistics) in Python, {@code
 * weighted-reference.py}: it wrote {@code weighted-reference.jsonl} (7 fixed and 100 random term
 * sets, every number as {@code float.hex()}) with {@code python3 weighted-reference.py >
 * weighted-reference.jsonl}; the build does not run Python. Every sum, mean, standard error, share
 * and effective size must be identical to the last bit. The intervals also depend on the normal
 * and t quantiles, which scipy and Java compute each their own way to a relative 1e-13: they are
 * compared bit for bit when the quantiles have the same bits (z always does), else within 1e-11,
 * and the t interval bit for bit with Python's mean and standard error and Java's quantile.
 */
class WeightedStatisticsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final double CONFIDENCE = 0.95;

  static Stream<JsonNode> reference() throws IOException {
    try (InputStream in =
        WeightedStatisticsTest.class.getResourceAsStream("weighted-reference.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(JSON::readTree)
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void statistics_referenceCase_sameBits(JsonNode expected) {
    WeightedStatistics statistics = statisticsOf(expected);

    assertThat(statistics.count()).isEqualTo(expected.get("n").asLong());
    assertSame(statistics.weightSum(), hex(expected.get("W")));
    assertSame(statistics.nEffective(), expected.get("nEffective"));
    assertSame(statistics.mean(), expected.get("mean"));
    assertSame(statistics.standardError(), expected.get("se"));
    assertSame(statistics.share(), expected.get("share"));
    assertSame(statistics.net(), expected.get("net"));
    assertSame(statistics.nps(), expected.get("nps"));
    assertSame(statistics.npsStandardError(), expected.get("npsSe"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void statistics_referenceCase_sameIntervals(JsonNode expected) {
    WeightedStatistics statistics = statisticsOf(expected);
    double z = hex(expected.get("z"));
    @Nullable Double t = optionalHex(expected.get("t"));

    assertQuantile(Intervals.z(CONFIDENCE), z);
    assertInterval(statistics.shareInterval(CONFIDENCE), expected.get("shareInterval"), z, z);
    assertInterval(statistics.npsInterval(CONFIDENCE), expected.get("npsInterval"), z, z);
    if (t != null) {
      double javaT = Intervals.t(statistics.count() - 1, CONFIDENCE);
      assertQuantile(javaT, t);
      assertInterval(statistics.meanInterval(CONFIDENCE), expected.get("meanInterval"), javaT, t);
      // And to the last bit from Python's mean and standard error with Java's quantile.
      double mean = hex(expected.get("mean"));
      double halfWidth = javaT * hex(expected.get("se"));
      assertThat(statistics.meanInterval(CONFIDENCE))
          .contains(
              new Interval(
                  Math.min(Math.max(mean - halfWidth, 0), 100),
                  Math.max(Math.min(mean + halfWidth, 100), 0)));
    } else {
      assertThat(statistics.meanInterval(CONFIDENCE)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void builtInAccumulators_referenceCase_finishAsTheStatistics(JsonNode expected) {
    ItemAccumulator mean = Strategies.mean().empty();
    ItemAccumulator topBox = Strategies.topBox().empty();
    for (JsonNode term : expected.get("terms")) {
      boolean favourable = polarity(term) == Polarity.FAVOURABLE;
      mean.add(hex(term.get(0)), favourable, term.get(2).asLong(), hex(term.get(1)));
      topBox.add(hex(term.get(0)), favourable, term.get(2).asLong(), hex(term.get(1)));
    }
    WeightedStatistics statistics = statisticsOf(expected);

    assertThat(mean.count()).isEqualTo(expected.get("n").asLong());
    if (expected.get("mean").isNull()) {
      assertThat(mean.finish(CONFIDENCE)).isEmpty();
      assertThat(topBox.finish(CONFIDENCE)).isEmpty();
      return;
    }
    Double nEffective = hex(expected.get("nEffective"));
    assertThat(mean.finish(CONFIDENCE))
        .contains(
            new ItemValue(
                hex(expected.get("mean")),
                statistics.meanInterval(CONFIDENCE).orElse(null),
                nEffective));
    assertThat(topBox.finish(CONFIDENCE))
        .contains(
            new ItemValue(
                hex(expected.get("share")),
                statistics.shareInterval(CONFIDENCE).orElseThrow(),
                nEffective));
  }

  @Test
  void reference_coversTheEdgeCases() throws IOException {
    assertThat(reference()).hasSize(107);
    assertThat(reference().filter(node -> node.get("mean").isNull())).isNotEmpty();
    assertThat(reference().filter(node -> node.get("se").isNull() && !node.get("mean").isNull()))
        .isNotEmpty();
    assertThat(reference().filter(node -> node.get("p").asString().equals("0x0.0p+0")))
        .isNotEmpty();
    assertThat(reference().filter(node -> "0x1.0000000000000p+0".equals(node.get("p").asString())))
        .isNotEmpty();
  }

  @Test
  void meanInterval_everyWeightOne_isTheWorkedExample() {
    // scoring.md §5: scores 50, 75, 75, 100 give [42.52, 100.00]; with weights 1, SE = sd/√n.
    WeightedStatistics statistics =
        WeightedStatistics.empty()
            .add(50, 1, 1, Polarity.NEUTRAL)
            .add(75, 1, 2, Polarity.FAVOURABLE)
            .add(100, 1, 1, Polarity.FAVOURABLE);

    Interval interval = statistics.meanInterval(CONFIDENCE).orElseThrow();

    assertThat(statistics.mean()).hasValue(75);
    assertThat(interval.low()).isCloseTo(42.52, within(0.005));
    assertThat(interval.high()).isEqualTo(100);
  }

  @Test
  void nps_weighted_isTheDifferenceOfWeightedShares() {
    WeightedStatistics statistics =
        WeightedStatistics.empty()
            .add(100, 3, 1, Polarity.FAVOURABLE)
            .add(70, 1, 2, Polarity.NEUTRAL)
            .add(20, 0.5, 2, Polarity.UNFAVOURABLE);

    // W = 6, P = 0.5, D = 1/6.
    assertThat(statistics.nps().getAsDouble()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(statistics.net().getAsDouble()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(statistics.share()).hasValue(50);
    assertThat(statistics.npsInterval(CONFIDENCE)).isPresent();
  }

  @Test
  void add_refusesBadArguments() {
    WeightedStatistics statistics = WeightedStatistics.empty();

    assertThatThrownBy(() -> statistics.add(50, -1, 1, Polarity.NEUTRAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> statistics.add(50, Double.NaN, 1, Polarity.NEUTRAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statistics.add(Double.POSITIVE_INFINITY, 1, 1, Polarity.NEUTRAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statistics.add(50, 1, 0, Polarity.NEUTRAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(statistics.count()).isZero();
  }

  @Test
  void empty_hasNoStatistic() {
    WeightedStatistics empty = WeightedStatistics.empty();

    assertThat(empty.weightSum()).isZero();
    assertThat(List.of(empty.mean(), empty.nEffective(), empty.share(), empty.nps()))
        .allMatch(OptionalDouble::isEmpty);
    assertThat(empty.shareInterval(CONFIDENCE)).isEmpty();
    assertThatThrownBy(() -> empty.shareInterval(1)).isInstanceOf(IllegalArgumentException.class);
  }

  static WeightedStatistics statisticsOf(JsonNode expected) {
    WeightedStatistics statistics = WeightedStatistics.empty();
    for (JsonNode term : expected.get("terms")) {
      statistics.add(
          hex(term.get(0)), hex(term.get(1)), term.get(2).asLong(), polarity(term));
    }
    return statistics;
  }

  private static Polarity polarity(JsonNode term) {
    return Polarity.valueOf(term.get(3).asString());
  }

  private static void assertQuantile(double java, double python) {
    assertThat(java).isCloseTo(python, within(1e-13 * python));
  }

  /**
   * Bit for bit when Java's quantile has Python's bits; otherwise within 1e-11 (a relative 1e-13
   * of the quantile times a half-width below 100).
   */
  private static void assertInterval(
      Optional<Interval> actual, JsonNode expected, double javaQuantile, double pythonQuantile) {
    if (expected.isNull()) {
      assertThat(actual).isEmpty();
      return;
    }
    Interval interval = actual.orElseThrow();
    double low = hex(expected.get(0));
    double high = hex(expected.get(1));
    if (Double.doubleToRawLongBits(javaQuantile) == Double.doubleToRawLongBits(pythonQuantile)) {
      assertThat(bits(interval.low())).isEqualTo(bits(low));
      assertThat(bits(interval.high())).isEqualTo(bits(high));
    } else {
      assertThat(interval.low()).isCloseTo(low, within(1e-11));
      assertThat(interval.high()).isCloseTo(high, within(1e-11));
    }
  }

  private static void assertSame(OptionalDouble actual, JsonNode expected) {
    if (expected.isNull()) {
      assertThat(actual).isEmpty();
    } else {
      assertSame(actual.orElseThrow(), hex(expected));
    }
  }

  private static void assertSame(double actual, double expected) {
    assertThat(bits(actual)).as("%s vs %s", actual, expected).isEqualTo(bits(expected));
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }

  private static @Nullable Double optionalHex(JsonNode node) {
    return node.isNull() ? null : hex(node);
  }

  private static double hex(JsonNode node) {
    return Double.parseDouble(node.asString());
  }
}
