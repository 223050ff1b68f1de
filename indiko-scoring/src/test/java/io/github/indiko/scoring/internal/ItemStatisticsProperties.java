package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ItemStatisticsProperties {
  @Test
  void results_sameForAnyOrderAndSplit() {
    qt().forAll(npsAnswers(), longs().all(), integers().between(0, 40))
        .checkAssert(
            (answers, seed, at) -> {
              List<Integer> shuffled = new ArrayList<>(answers);
              Collections.shuffle(shuffled, new Random(seed));
              int split = Math.min(at, shuffled.size());

              ItemStatistics merged =
                  nps(shuffled.subList(split, shuffled.size()))
                      .merge(nps(shuffled.subList(0, split)));

              assertThat(merged.toString()).isEqualTo(nps(answers).toString());
              assertThat(merged.npsInterval(0.95)).isEqualTo(nps(answers).npsInterval(0.95));
              assertThat(merged.meanInterval(0.95)).isEqualTo(nps(answers).meanInterval(0.95));
            });
  }

  @Test
  void counts_addUp() {
    qt().forAll(npsAnswers())
        .checkAssert(
            answers -> {
              ItemStatistics statistics = nps(answers);

              assertThat(statistics.promoters())
                  .isEqualTo(answers.stream().filter(answer -> answer >= 9).count());
              assertThat(statistics.detractors())
                  .isEqualTo(answers.stream().filter(answer -> answer <= 6).count());
              long distributed =
                  statistics.distribution().values().stream().mapToLong(Long::longValue).sum();
              assertThat(distributed).isEqualTo(answers.size());
              statistics.nps().ifPresent(nps -> assertThat(nps).isBetween(-100.0, 100.0));
            });
  }

  @Test
  void addCount_sameAsCountingEachAnswer() {
    qt().forAll(npsAnswers())
        .checkAssert(
            answers -> {
              ItemStatistics counted = ItemStatistics.emptyNps();
              for (int answer = 0; answer <= 10; answer++) {
                long count = Collections.frequency(answers, answer);
                if (count > 0) {
                  counted.add(10 * answer, polarity(answer), count);
                  counted.addValue(Integer.toString(answer), count);
                }
              }

              assertThat(counted.toString()).isEqualTo(nps(answers).toString());
              assertThat(counted.npsInterval(0.95)).isEqualTo(nps(answers).npsInterval(0.95));
              assertThat(counted.satisfactionInterval(0.95))
                  .isEqualTo(nps(answers).satisfactionInterval(0.95));
            });
  }

  private static Gen<List<Integer>> npsAnswers() {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, 40);
  }

  private static ItemStatistics nps(List<Integer> answers) {
    ItemStatistics statistics = ItemStatistics.emptyNps();
    for (int answer : answers) {
      statistics.add(10 * answer, polarity(answer));
      statistics.addValue(Integer.toString(answer));
    }
    return statistics;
  }

  private static Polarity polarity(int answer) {
    return answer >= 9
        ? Polarity.FAVOURABLE
        : answer <= 6 ? Polarity.UNFAVOURABLE : Polarity.NEUTRAL;
  }
}
