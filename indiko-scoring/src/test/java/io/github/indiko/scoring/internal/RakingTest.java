package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.scoring.internal.Raking.Cell;
import io.github.indiko.scoring.internal.Raking.Key;
import io.github.indiko.scoring.internal.Raking.Result;
import io.github.indiko.scoring.internal.Raking.Status;
import io.github.indiko.scoring.spi.FSum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Raking} against an independent implementation of analysis.md §A3 (Weights) in Python,
 * {@code raking-reference.py}: it wrote {@code raking-reference.jsonl} (6 fixed and 120 random
 * cases, every number as {@code float.hex()}) with {@code python3 raking-reference.py >
 * raking-reference.jsonl}; the build does not run Python. The specification fixes every
 * operation, so the weights, cycles and design summaries must be identical to the last bit.
 */
class RakingTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Key AGE =
      new Key("age", List.of("16-34", "35-64", "65+"), shares(28, 49, 23));
  private static final Key SEX = new Key("sex", List.of("f", "m"), shares(52, 48));

  static Stream<JsonNode> reference() throws IOException {
    try (InputStream in = RakingTest.class.getResourceAsStream("raking-reference.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(JSON::readTree)
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void rake_referenceCase_sameBits(JsonNode expected) {
    Result result = rake(expected);

    assertThat(result.status().json()).isEqualTo(expected.get("status").asString());
    assertThat(result.cycles())
        .isEqualTo(expected.get("cycles").isNull() ? null : expected.get("cycles").asInt());
    assertThat(bits(result.weights())).isEqualTo(bits(hexes(expected.get("weights"))));
    assertThat(result.weightedResponses()).isEqualTo(expected.get("weightedResponses").asLong());
    assertThat(result.unweightedResponses())
        .isEqualTo(expected.get("unweightedResponses").asLong());
    assertThat(Double.doubleToRawLongBits(result.nEffective()))
        .isEqualTo(Double.doubleToRawLongBits(hex(expected.get("nEffective"))));
    assertThat(Double.doubleToRawLongBits(result.designEffect()))
        .isEqualTo(Double.doubleToRawLongBits(hex(expected.get("designEffect"))));
    assertThat(result.key()).isEqualTo(text(expected.get("key")));
    assertThat(result.value()).isEqualTo(text(expected.get("value")));
  }

  @Test
  void reference_coversEveryStatus() throws IOException {
    assertThat(reference().map(node -> node.get("status").asString()).distinct())
        .containsExactlyInAnyOrder("weighted", "empty_cell", "not_converged", "none");
    assertThat(reference()).hasSize(126);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reference")
  void rake_weighted_positiveWeightsReproduceTheMargins(JsonNode expected) {
    Result result = rake(expected);
    if (result.status() != Status.WEIGHTED) {
      assertThat(result.weights()).allMatch(weight -> weight == 1.0);
      assertThat(result.designEffect()).isEqualTo(1.0);
      return;
    }
    List<Key> keys = keys(expected);
    List<Cell> cells = cells(expected);
    double n = result.weightedResponses();
    for (int k = 0; k < keys.size(); k++) {
      for (int v = 0; v < keys.get(k).values().size(); v++) {
        FSum sum = FSum.empty();
        for (int c = 0; c < cells.size(); c++) {
          if (cells.get(c).positions().get(k) == v) {
            sum.add(cells.get(c).count() * result.weights().get(c));
          }
        }
        assertThat(sum.sum() / n).isCloseTo(keys.get(k).shares().get(v), within(1e-10));
      }
    }
    for (int c = 0; c < cells.size(); c++) {
      boolean zeroShare = false;
      for (int k = 0; k < keys.size(); k++) {
        zeroShare |= keys.get(k).shares().get(cells.get(c).positions().get(k)) == 0;
      }
      assertThat(result.weights().get(c) > 0).isEqualTo(!zeroShare);
    }
    assertThat(result.designEffect()).isGreaterThanOrEqualTo(1.0 - 1e-12);
  }

  @Test
  void rake_oneKey_isPostStratification() {
    List<Cell> cells = List.of(cell(30, 0), cell(140, 1), cell(55, 2));

    Result result = Raking.rake(List.of(AGE), cells, 4);

    assertThat(result.status()).isEqualTo(Status.WEIGHTED);
    assertThat(result.cycles()).isEqualTo(1);
    for (int v = 0; v < 3; v++) {
      double closed = AGE.shares().get(v) * 225 / cells.get(v).count();
      assertThat(result.weights().get(v)).isCloseTo(closed, within(closed * 1e-15));
    }
    assertThat(result.weightedResponses()).isEqualTo(225);
    assertThat(result.unweightedResponses()).isEqualTo(4);
  }

  @Test
  void rake_valueWithoutResponse_emptyCellNamesTheFirst() {
    List<Cell> cells = List.of(cell(30, 0, 0), cell(25, 0, 1), cell(40, 2, 0));

    Result result = Raking.rake(List.of(AGE, SEX), cells, 0);

    assertThat(result.status()).isEqualTo(Status.EMPTY_CELL);
    assertThat(result.key()).isEqualTo("age");
    assertThat(result.value()).isEqualTo("35-64");
    assertThat(result.cycles()).isNull();
    assertThat(result.weights()).containsExactly(1.0, 1.0, 1.0);
    assertThat(result.nEffective()).isEqualTo(95.0);
  }

  @Test
  void rake_valueWithoutResponseButZeroShare_weighted() {
    Key age = new Key("age", AGE.values(), List.of(0.5, 0.0, 0.5));

    Result result = Raking.rake(List.of(age), List.of(cell(10, 0), cell(30, 2)), 0);

    assertThat(result.status()).isEqualTo(Status.WEIGHTED);
    assertThat(result.weights()).containsExactly(2.0, 2.0 / 3);
  }

  @Test
  void rake_noWeightedResponse_none() {
    Result result = Raking.rake(List.of(AGE, SEX), List.of(), 17);

    assertThat(result.status()).isEqualTo(Status.NONE);
    assertThat(result.cycles()).isNull();
    assertThat(result.nEffective()).isEqualTo(17.0);
    assertThat(result.designEffect()).isEqualTo(1.0);
    assertThat(result.key()).isNull();
  }

  @Test
  void rake_incompatibleMargins_notConverged() {
    Key a = new Key("a", List.of("a1", "a2"), List.of(0.5, 0.5));
    Key b = new Key("b", List.of("b1", "b2"), List.of(0.3, 0.7));

    Result result = Raking.rake(List.of(a, b), List.of(cell(10, 0, 0), cell(10, 1, 1)), 2);

    assertThat(result.status()).isEqualTo(Status.NOT_CONVERGED);
    assertThat(result.cycles()).isNull();
    assertThat(result.weights()).containsExactly(1.0, 1.0);
    assertThat(result.nEffective()).isEqualTo(22.0);
  }

  @Test
  void rake_alreadyOnTheMargins_oneCycleAndNoDesignEffect() {
    List<Cell> cells = List.of(cell(52, 0), cell(48, 1));

    Result result = Raking.rake(List.of(SEX), cells, 0);

    assertThat(result.cycles()).isEqualTo(1);
    assertThat(result.weights()).containsExactly(1.0, 1.0);
    assertThat(result.nEffective()).isEqualTo(100.0);
    assertThat(result.designEffect()).isEqualTo(1.0);
  }

  @Test
  void rake_invalidCells_refused() {
    assertThatThrownBy(() -> Raking.rake(List.of(SEX), List.of(cell(1, 1), cell(1, 0)), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order");
    assertThatThrownBy(() -> Raking.rake(List.of(SEX), List.of(cell(1, 2)), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Raking.rake(List.of(SEX), List.of(cell(1, 0, 0)), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cell(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Raking.rake(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Key("sex", List.of("f", "m"), List.of(1.5, -0.5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Result rake(JsonNode node) {
    return Raking.rake(keys(node), cells(node), node.get("unweighted").asLong());
  }

  private static List<Key> keys(JsonNode node) {
    List<Key> keys = new ArrayList<>();
    for (JsonNode key : node.get("keys")) {
      List<String> values = new ArrayList<>();
      key.get("values").forEach(value -> values.add(value.asString()));
      keys.add(new Key(key.get("name").asString(), values, hexes(key.get("shares"))));
    }
    return keys;
  }

  private static List<Cell> cells(JsonNode node) {
    List<Cell> cells = new ArrayList<>();
    for (JsonNode cell : node.get("cells")) {
      List<Integer> positions = new ArrayList<>();
      cell.get("positions").forEach(position -> positions.add(position.asInt()));
      cells.add(new Cell(positions, cell.get("count").asLong()));
    }
    return cells;
  }

  private static Cell cell(long count, Integer... positions) {
    return new Cell(List.of(positions), count);
  }

  private static List<Double> shares(int... percents) {
    List<Double> shares = new ArrayList<>();
    for (int percent : percents) {
      shares.add(percent / 100.0);
    }
    return shares;
  }

  private static List<Double> hexes(JsonNode array) {
    List<Double> values = new ArrayList<>();
    array.forEach(value -> values.add(hex(value)));
    return values;
  }

  private static double hex(JsonNode node) {
    return Double.parseDouble(node.asString());
  }

  private static String text(JsonNode node) {
    return node.isNull() ? null : node.asString();
  }

  private static List<Long> bits(List<Double> values) {
    return values.stream().map(Double::doubleToRawLongBits).toList();
  }
}
