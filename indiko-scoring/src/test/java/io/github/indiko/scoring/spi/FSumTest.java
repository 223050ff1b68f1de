package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FSum} against Python's {@code math.fsum}: {@code fsum-cases.txt} holds 410 lists (wide
 * magnitudes, halfway tails, cancellations, raking products, subnormals) with the sum Python
 * returned, all as {@code float.hex()}. They were written by {@code fsum-cases.py}, next to
 * them, with {@code python3 fsum-cases.py > fsum-cases.txt}; the build does not run Python.
 */
class FSumTest {
  static Stream<Arguments> python() throws IOException {
    try (InputStream in = FSumTest.class.getResourceAsStream("fsum-cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#"))
          .map(line -> line.split(" "))
          .map(
              cells ->
                  Arguments.of(
                      Double.parseDouble(cells[0]),
                      Arrays.stream(cells, 1, cells.length)
                          .mapToDouble(Double::parseDouble)
                          .toArray()))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("python")
  void of_pythonCase_sameBits(double expected, double[] values) {
    assertThat(Double.doubleToRawLongBits(FSum.of(values)))
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @Test
  void python_hasEveryCase() throws IOException {
    assertThat(python()).hasSize(410);
  }

  @Test
  void of_halfEvenAcrossPartials_roundsUp() {
    // 1e16 + 1 is a tie that rounds down to even, but the 1e-16 puts the sum past the half.
    assertThat(FSum.of(1e-16, 1, 1e16)).isEqualTo(1.0000000000000002e16);
    assertThat(FSum.of(1e16, 1)).isEqualTo(1e16);
  }

  @Test
  void of_tenTenths_isOne() {
    double[] tenths = new double[10];
    Arrays.fill(tenths, 0.1);
    assertThat(FSum.of(tenths)).isEqualTo(1.0);
    double naive = 0;
    for (double tenth : tenths) {
      naive += tenth;
    }
    assertThat(naive).isEqualTo(0.9999999999999999);
  }

  @Test
  void of_nothingOrNegativeZeros_isPositiveZero() {
    assertThat(Double.doubleToRawLongBits(FSum.of())).isZero();
    assertThat(Double.doubleToRawLongBits(FSum.of(-0.0, -0.0))).isZero();
  }

  @Test
  void of_notFinite_refused() {
    assertThatThrownBy(() -> FSum.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FSum.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_intermediateOverflow_refusedAsPythonDoes() {
    assertThatThrownBy(() -> FSum.of(1e308, 1e308, -1e308))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> FSum.empty().add(1e308, 2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void addTimes_outOfRange_refused() {
    assertThatThrownBy(() -> FSum.empty().add(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FSum.empty().add(1, FSum.MAX_TIMES + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FSum.empty().add(0.1, 0).sum()).isZero();
  }

  @Test
  void addTimes_tenTenths_isOne() {
    assertThat(FSum.empty().add(0.1, 10).sum()).isEqualTo(1.0);
    assertThat(0.1 * 10 + 0.1 * -10 + FSum.empty().add(0.1, 3).sum())
        .isEqualTo(FSum.of(0.1, 0.1, 0.1));
  }

  @Test
  void merge_leavesBothUnchanged() {
    FSum a = FSum.empty().add(1e100).add(1);
    FSum b = FSum.empty().add(-1e100).add(0.5);

    assertThat(a.merge(b).sum()).isEqualTo(1.5);
    assertThat(a.sum()).isEqualTo(1e100);
    assertThat(b.sum()).isEqualTo(-1e100);
    assertThat(a.merge(a).sum()).isEqualTo(2e100);
  }
}
