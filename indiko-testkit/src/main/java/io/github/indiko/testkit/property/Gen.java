package io.github.indiko.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of values of type {@code T}, independent of any property-testing framework: a
 * function of a {@link RandomSource}. A generator makes every random decision through {@link
 * RandomSource#next}, so that it is deterministic (the same draws give the same value), and shrinks
 * with no code of its own: {@link Property} replays smaller draws, and a draw of 0 is the simplest
 * choice of each combinator (the lower bound of a range, the first alternative, the end of a list).
 * Generators are immutable and may be shared between threads; sources may not.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * @param source the draws to make the value from
   * @return a value made from the draws of {@code source}
   */
  T generate(RandomSource source);

  /**
   * @param function applied to each value; a pure function
   * @param <R> the type of the new values
   * @return a generator of {@code function} applied to this generator's values; it shrinks as this
   *     one does
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    return source -> function.apply(generate(source));
  }

  /**
   * @param function the generator to use for each value of this one
   * @param <R> the type of the new values
   * @return a generator that draws a value of this one, then a value of the generator it maps to
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
    Objects.requireNonNull(function, "function");
    return source -> function.apply(generate(source)).generate(source);
  }

  /**
   * @param predicate what the values must satisfy
   * @param maxTries how many values to draw at most, at least 1
   * @return a generator of the values of this one that satisfy {@code predicate}
   * @throws IllegalStateException from {@link #generate} when {@code maxTries} values in a row fail
   *     the predicate
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    Objects.requireNonNull(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("a filter tries at least once: " + maxTries);
    }
    return source -> {
      for (int i = 0; i < maxTries; i++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException(
          String.format(Locale.ROOT, "no value satisfied the filter in %d tries", maxTries));
    };
  }

  /**
   * @param seed the seed
   * @return the endless values of this generator from one {@link SplittableRandom} with that seed,
   *     each from a source split from it: the same seed gives the same values
   */
  default Stream<T> samples(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> generate(new SeededSource(random.split())));
  }

  /**
   * @param value the one value
   * @param <T> its type
   * @return a generator of {@code value} only, drawing nothing
   */
  static <T> Gen<T> constant(T value) {
    return source -> value;
  }

  /**
   * @param min the least value
   * @param max the greatest value, not below {@code min}
   * @return uniform integers in [min, max], shrinking toward {@code min}
   */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * @param min the least value
   * @param max the greatest value, not below {@code min}
   * @return uniform longs in [min, max], shrinking toward {@code min}
   * @throws IllegalArgumentException when {@code max - min} overflows a long
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "an empty range: [%d, %d]", min, max));
    }
    long span = max - min;
    if (span < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "a range wider than a long: [%d, %d]", min, max));
    }
    return source -> min + source.next(span);
  }

  /**
   * A quarter of the values are the whole numbers of the range, which makes ties and round values
   * frequent; the others are uniform over the range. Shrinks toward whole numbers and toward {@code
   * min}.
   *
   * @param min the least value, finite
   * @param max the greatest value, finite, not below {@code min}
   * @return doubles in [min, max]
   */
  static Gen<Double> doubles(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "doubles need a finite range: [%s, %s]", min, max));
    }
    double span = max - min;
    double wholeMin = Math.ceil(min);
    double wholeMax = Math.floor(max);
    boolean wholes = wholeMin <= wholeMax && wholeMax - wholeMin < Doubles.FRACTION_STEPS;
    return source -> {
      if (source.next(3) == 0 && wholes) {
        return wholeMin + source.next((long) (wholeMax - wholeMin));
      }
      double fraction = source.next(Doubles.FRACTION_STEPS - 1) / (double) Doubles.FRACTION_STEPS;
      return Math.min(max, min + span * fraction);
    };
  }

  /**
   * @return {@code false} or {@code true}, shrinking toward {@code false}
   */
  static Gen<Boolean> booleans() {
    return source -> source.next(1) == 1;
  }

  /**
   * @param values the values to choose from, at least one
   * @param <T> their type
   * @return one of {@code values}, uniformly, shrinking toward the first
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return source -> copy.get((int) source.next(copy.size() - 1));
  }

  /**
   * @param generators the generators to choose from, at least one
   * @param <T> the type of their values
   * @return a value of one of {@code generators}, chosen uniformly, shrinking toward the first
   */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
    List<? extends Gen<? extends T>> copy = List.copyOf(generators);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return source -> copy.get((int) source.next(copy.size() - 1)).generate(source);
  }

  /**
   * @param first the first generator
   * @param second the second generator
   * @param combine makes a value of the two
   * @param <A> the type of the first values
   * @param <B> the type of the second values
   * @param <R> the type of the combined values
   * @return a generator drawing a value of each, then combining them
   */
  static <A, B, R> Gen<R> zip(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
    Objects.requireNonNull(combine, "combine");
    return source -> {
      A a = first.generate(source);
      B b = second.generate(source);
      return combine.apply(a, b);
    };
  }

  /**
   * Lists of {@code min} elements, then further elements while a draw says so, up to {@code max};
   * their sizes average a few elements more than {@code min}. Shrinking removes elements and
   * simplifies those that remain.
   *
   * @param elements the generator of the elements
   * @param min the fewest elements, not negative
   * @param max the most elements, not below {@code min}
   * @param <T> the type of the elements
   * @return unmodifiable lists of {@code min} to {@code max} elements
   */
  static <T> Gen<List<T>> lists(Gen<? extends T> elements, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "list sizes need 0 <= min <= max: %d, %d", min, max));
    }
    long moreOdds = Math.max(1, Math.min(5, (max - min) / 2));
    return source -> {
      List<T> list = new ArrayList<>();
      while (list.size() < min) {
        list.add(elements.generate(source));
      }
      while (list.size() < max && source.next(moreOdds) != 0) {
        list.add(elements.generate(source));
      }
      return Collections.unmodifiableList(list);
    };
  }

  /**
   * @param values the values to order
   * @param <T> their type
   * @return the permutations of {@code values}, uniformly, shrinking toward {@code values}' order
   */
  static <T> Gen<List<T>> permutations(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    return source -> {
      List<T> permuted = new ArrayList<>(copy);
      for (int i = 0; i < permuted.size() - 1; i++) {
        Collections.swap(permuted, i, i + (int) source.next(permuted.size() - 1 - i));
      }
      return Collections.unmodifiableList(permuted);
    };
  }
}
