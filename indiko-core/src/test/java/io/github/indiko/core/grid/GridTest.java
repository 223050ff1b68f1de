package io.github.indiko.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridTest {
  private static final LocalizedText LABEL = LocalizedText.of("fr", "C");

  private static List<Criterion> criteria(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new Criterion(
                    new CriterionId("c" + i),
                    new Channel("phone"),
                    new CriterionType.Check(),
                    LABEL,
                    null,
                    1,
                    null))
        .toList();
  }

  @Test
  void new_500CriteriaAccepted_501Refused() {
    assertThat(new Grid("grille", 1, "fr", LABEL, criteria(500)).criteria())
        .hasSize(Grid.MAX_CRITERIA);
    assertThatThrownBy(() -> new Grid("grille", 1, "fr", LABEL, criteria(501)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a grid has at most 500 criteria: 501");
  }
}
