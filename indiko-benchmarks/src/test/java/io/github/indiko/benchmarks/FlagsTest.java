package io.github.indiko.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class FlagsTest {
  @Test
  void parse_pairsTheLastValueWithItsName() {
    assertThat(Flags.parse(new String[] {"--a", "1", "--b", "x", "--a", "2"}, "--a", "--b", "--c"))
        .containsOnly(entry("--a", "2"), entry("--b", "x"));
  }

  @Test
  void parse_optionWithoutValue() {
    assertThatThrownBy(() -> Flags.parse(new String[] {"--a", "1", "--b"}, "--a", "--b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--b needs a value");
  }

  @Test
  void parse_unknownOption() {
    assertThatThrownBy(() -> Flags.parse(new String[] {"--size", "1"}, "--sizes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --size");
  }

  @Test
  void count_inENotation() {
    assertThat(Flags.count("1e7")).isEqualTo(10_000_000L);
    assertThat(Flags.count(" 250000")).isEqualTo(250_000L);
    assertThatThrownBy(() -> Flags.count("1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
