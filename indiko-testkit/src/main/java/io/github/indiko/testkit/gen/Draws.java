package io.github.indiko.testkit.gen;

import io.github.indiko.testkit.property.RandomSource;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Small helpers over a {@link RandomSource}, each draw shrinking toward its simplest choice. Public
 * for indiko-samples' edition generators, which draw with the same helpers as the generators here.
 * Stateless.
 */
public final class Draws {
  private Draws() {}

  /**
   * @return an int in [min, max], shrinking toward {@code min}
   */
  public static int between(RandomSource source, int min, int max) {
    return min + (int) source.next((long) max - min);
  }

  /**
   * @return true with odds 1 in {@code n}, shrinking toward false
   */
  public static boolean oneIn(RandomSource source, int n) {
    return source.next(n - 1L) == n - 1L;
  }

  /**
   * @return a fair coin, shrinking toward false
   */
  public static boolean coin(RandomSource source) {
    return source.next(1) == 1;
  }

  /**
   * @return one of {@code values}, shrinking toward the first
   */
  public static <T> T pick(RandomSource source, List<? extends T> values) {
    return values.get((int) source.next(values.size() - 1L));
  }

  /**
   * @return a value half of the time, else null (the simpler)
   */
  public static <T> @Nullable T maybe(RandomSource source, Supplier<? extends T> value) {
    return coin(source) ? value.get() : null;
  }

  /**
   * Makes {@code id} unique among {@code taken} (and adds it): a taken id gets a numbered suffix,
   * so that distinct ids need no retries (which would not shrink).
   *
   * @param separator the suffix's separator, {@code -} or {@code _}
   * @return {@code id}, or a variant of it that is not taken
   */
  public static String unique(String id, Set<String> taken, char separator) {
    String candidate = id;
    for (int k = 1; !taken.add(candidate); k++) {
      String suffix = separator + Integer.toString(k);
      candidate = id.substring(0, Math.min(id.length(), 64 - suffix.length())) + suffix;
    }
    return candidate;
  }
}
