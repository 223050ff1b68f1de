package io.github.indiko.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenTest {
  private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.ints(-5, 5), 2, 6);

  @Test
  void samples_sameSeedSameValues() {
    assertThat(LISTS.samples(7).limit(50).toList()).isEqualTo(LISTS.samples(7).limit(50).toList());
    assertThat(LISTS.samples(7).limit(50).toList())
        .isNotEqualTo(LISTS.samples(8).limit(50).toList());
  }

  @Test
  void generate_seededSourceIsReproducible() {
    Gen<Double> doubles = Gen.doubles(-1, 1);

    assertThat(doubles.generate(RandomSource.seeded(3)))
        .isEqualTo(doubles.generate(RandomSource.seeded(3)));
  }

  @Test
  void ints_withinBoundsAndReachBoth() {
    List<Integer> values = Gen.ints(-3, 3).samples(1).limit(500).toList();

    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(-3, 3)).contains(-3, 3);
  }

  @Test
  void doubles_withinBoundsWithWholeNumbersAndFractions() {
    List<Double> values = Gen.doubles(0, 100).samples(2).limit(1_000).toList();

    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
    assertThat(values).anyMatch(v -> v == Math.rint(v)).anyMatch(v -> v != Math.rint(v));
  }

  @Test
  void lists_sizesWithinBounds() {
    assertThat(LISTS.samples(3).limit(500))
        .allSatisfy(list -> assertThat(list).hasSizeBetween(2, 6))
        .anyMatch(list -> list.size() == 2)
        .anyMatch(list -> list.size() == 6);
  }

  @Test
  void map_flatMap_filter_compose() {
    Gen<String> gen =
        Gen.ints(1, 4)
            .flatMap(n -> Gen.lists(Gen.constant("x"), n, n))
            .map(list -> String.join("", list))
            .filter(text -> text.length() % 2 == 0, 100);

    assertThat(gen.samples(4).limit(200)).allSatisfy(text -> assertThat(text).isIn("xx", "xxxx"));
  }

  @Test
  void filter_unsatisfiable_throwsAfterMaxTries() {
    Gen<Integer> never = Gen.ints(0, 9).filter(v -> v > 9, 25);

    assertThatThrownBy(() -> never.generate(RandomSource.seeded(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("25 tries");
  }

  @Test
  void oneOf_elements_drawFromEveryAlternative() {
    Gen<String> gen = Gen.oneOf(List.of(Gen.constant("a"), Gen.elements(List.of("b", "c"))));

    assertThat(gen.samples(5).limit(300).distinct()).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void permutations_arePermutations() {
    List<Integer> values = List.of(1, 2, 3, 4, 5);

    assertThat(Gen.permutations(values).samples(6).limit(300))
        .allSatisfy(p -> assertThat(p).containsExactlyInAnyOrderElementsOf(values))
        .anyMatch(p -> !p.equals(values));
  }

  @Test
  void generate_zeroDrawsGiveTheSimplestValues() {
    RandomSource zeros = max -> 0;

    assertThat(Gen.ints(3, 9).generate(zeros)).isEqualTo(3);
    assertThat(Gen.doubles(0.5, 2).generate(zeros)).isEqualTo(1.0);
    assertThat(LISTS.generate(zeros)).containsExactly(-5, -5);
    assertThat(Gen.permutations(List.of(1, 2, 3)).generate(zeros)).containsExactly(1, 2, 3);
  }

  @Test
  void longs_rangeWiderThanALong_rejected() {
    assertThatThrownBy(() -> Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wider than a long");
  }
}
