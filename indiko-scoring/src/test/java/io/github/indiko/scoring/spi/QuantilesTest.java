package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normal and Student t quantiles at the precision of binary64 (analysis.md §A1), against two
 * references computed elsewhere: scipy's table ({@code scipy-quantiles.md}, relative 1e-13 as the
 * specification asks) and a wider grid computed with mpmath at 40 digits
 * ({@code student-t-mpmath.txt}: levels 0.5 to 0.99999, 1 to 10⁹ degrees of freedom).
 */
class QuantilesTest {
  private static final double SPECIFIED = 1e-13;

  /** The worst measured on the mpmath grid is 6.6e-15: a few units in the last place. */
  private static final double GRID = 2e-14;

  static Stream<Arguments> scipy() throws IOException {
    return lines("scipy-quantiles.md").stream()
        .filter(line -> line.matches("\\| 0\\.\\d+ \\|.*"))
        .map(line -> line.split("\\|"))
        .map(
            cells ->
                Arguments.of(
                    Double.parseDouble(cells[1].trim()),
                    Double.parseDouble(cells[2].trim()),
                    Long.parseLong(cells[3].trim()),
                    Double.parseDouble(cells[4].trim())));
  }

  static Stream<Arguments> mpmath() throws IOException {
    return lines("student-t-mpmath.txt").stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> line.split(" "))
        .map(
            cells ->
                Arguments.of(
                    Double.parseDouble(cells[0]),
                    Long.parseLong(cells[1]),
                    Double.parseDouble(cells[2])));
  }

  @ParameterizedTest(name = "c {0}, df {2}")
  @MethodSource("scipy")
  void quantiles_matchScipy(double confidence, double z, long degrees, double t) {
    assertThat(Intervals.z(confidence)).isCloseTo(z, within(Math.abs(z) * SPECIFIED));
    assertThat(Intervals.t(degrees, confidence)).isCloseTo(t, within(t * SPECIFIED));
  }

  @ParameterizedTest(name = "c {0}, df {1}")
  @MethodSource("mpmath")
  void t_matchesFortyDigits(double confidence, long degrees, double t) {
    assertThat(Intervals.t(degrees, confidence)).isCloseTo(t, within(t * GRID));
  }

  @Test
  void t_scipyTableHasEveryLevelAndDegree() throws IOException {
    assertThat(scipy()).hasSize(39);
  }

  @Test
  void t_oneAndTwoDegrees_closedForms() {
    // t₁ = tan(π(p − 1/2)) and t₂ = (2p − 1) / √(2p(1 − p)), p = (1 + c)/2.
    for (double c : new double[] {0.8, 0.9, 0.95, 0.99}) {
      double p = (1 + c) / 2;
      assertThat(Intervals.t(1, c))
          .isCloseTo(Math.tan(Math.PI * (p - 0.5)), within(Intervals.t(1, c) * 1e-13));
      assertThat(Intervals.t(2, c))
          .isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(Intervals.t(2, c) * 1e-13));
    }
  }

  @Test
  void t_decreasesWithDegreesTowardsZ() {
    for (double c : new double[] {0.9, 0.95, 0.99}) {
      double previous = Double.POSITIVE_INFINITY;
      for (long df = 1; df <= 5000; df += df < 50 ? 1 : 37) {
        double t = Intervals.t(df, c);
        assertThat(t).as("df %d at %s", df, c).isLessThan(previous).isGreaterThan(Intervals.z(c));
        previous = t;
      }
    }
  }

  @Test
  void t_acrossTheSwitchToTheExpansion_isContinuous() {
    long at = StudentQuantile.ASYMPTOTIC_FROM;
    for (double c : new double[] {0.9, 0.95, 0.99}) {
      double before = Intervals.t(at - 1, c);
      double after = Intervals.t(at, c);
      // t₍ν₎ − t₍ν₊₁₎ ≈ (z³ + z)/(4ν²): about 2e-6 here, far above any rounding.
      double expected = (Math.pow(Intervals.z(c), 3) + Intervals.z(c)) / (4.0 * at * at);
      assertThat(before - after).isCloseTo(expected, within(expected * 0.01));
    }
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = QuantilesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
