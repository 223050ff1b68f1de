package io.github.indiko.core.internal;

/** The one bit mixer of the hash tables and samples of core and scoring. */
public final class Hashing {
  private Hashing() {}

  /**
   * MurmurHash3's 64-bit finaliser ({@code fmix64}): every input bit flips each output bit with
   * probability about one half, so keys that differ in few bits (doubles, FNV hashes) spread over
   * the whole word. A bijection; {@code mix64(0) == 0}.
   *
   * @param bits any value
   * @return its mix
   */
  public static long mix64(long bits) {
    long h = bits;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
