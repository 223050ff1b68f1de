package io.github.indiko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashingTest {
  @Test
  void mix64_zero_staysZero() {
    assertThat(Hashing.mix64(0)).isZero();
  }

  @Test
  void mix64_one_givesMurmurHash3sPublishedValue() {
    // fmix64(1), computed by hand from the finaliser's three rounds.
    long h = 1L;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    assertThat(Hashing.mix64(1)).isEqualTo(h).isEqualTo(0xb456bcfc34c2cb2cL);
  }

  @Test
  void mix64_neighbours_differInAboutHalfTheirBits() {
    int total = 0;
    for (long i = 0; i < 1_000; i++) {
      total += Long.bitCount(Hashing.mix64(i) ^ Hashing.mix64(i + 1));
    }
    assertThat(total / 1_000.0).isBetween(28.0, 36.0);
  }
}
