package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void parse_defaults() {
    Comparison.Options options = Comparison.Options.parse();

    assertThat(options.sizes()).containsExactly(10_000L, 100_000L, 1_000_000L);
    assertThat(options.rounds()).isEqualTo(5);
    assertThat(options.warmup()).isEqualTo(1);
    assertThat(options.warmupSeconds()).isEqualTo(20);
    assertThat(options.threads()).isEqualTo(2);
    assertThat(options.data()).isEqualTo(Path.of("benchmarks", "editions"));
    assertThat(options.out()).isNull();
  }

  @Test
  void parse_sizesInENotation() {
    Comparison.Options options =
        Comparison.Options.parse("--sizes", "1e4,250000,1E7", "--rounds", "7", "--out", "t.md");

    assertThat(options.sizes()).containsExactly(10_000L, 250_000L, 10_000_000L);
    assertThat(options.rounds()).isEqualTo(7);
    assertThat(options.out()).isEqualTo(Path.of("t.md"));
  }

  @Test
  void parse_fractionalSize() {
    assertThatThrownBy(() -> Comparison.Options.parse("--sizes", "1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  @Test
  void parse_unknownOption() {
    assertThatThrownBy(() -> Comparison.Options.parse("--size", "10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--size");
  }

  @Test
  void parse_negativeWarmup() {
    assertThatThrownBy(() -> Comparison.Options.parse("--warmup-seconds", "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--warmup-seconds");
  }

  @Test
  void parse_noThreads() {
    assertThatThrownBy(() -> Comparison.Options.parse("--threads", "0"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
