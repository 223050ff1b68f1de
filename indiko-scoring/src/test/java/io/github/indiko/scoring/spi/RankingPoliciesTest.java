package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.structure.StructureId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RankingPoliciesTest {
  private static final StructureId ID = new StructureId("mairie-x");

  @Test
  void builtIns_compositeLowerBound() {
    assertThat(RankingPolicies.builtIns())
        .extracting(RankingPolicy::name)
        .containsExactly("composite", "lower-bound");
  }

  @Test
  void composite_keyIsComposite() {
    assertThat(RankingPolicies.composite().key(new RankingInput(ID, 71.5, 3, 60.0, null)))
        .isEqualTo(71.5);
    assertThat(RankingPolicies.composite().key(new RankingInput(ID, null, 0, null, null))).isNull();
  }

  @Test
  void lowerBound_keyIsLowBoundOfRespondentIndex() {
    RankingInput input = new RankingInput(ID, 90.0, 40, 70.0, new Interval(65.5, 74.5));
    assertThat(RankingPolicies.lowerBound().key(input)).isEqualTo(65.5);
    assertThat(RankingPolicies.lowerBound().key(new RankingInput(ID, 90.0, 1, 70.0, null)))
        .isNull();
  }

  @Test
  void configure_parameters_refused() {
    assertThatThrownBy(() -> RankingPolicies.composite().configure(Map.of("x", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("composite");
  }

  @Test
  void serviceLoader_onModulePath_findsBuiltIns() {
    List<RankingPolicy> found = new ArrayList<>();
    ServiceLoader.load(RankingPolicy.class).forEach(found::add);

    assertThat(found).containsExactlyInAnyOrderElementsOf(RankingPolicies.builtIns());
  }
}
