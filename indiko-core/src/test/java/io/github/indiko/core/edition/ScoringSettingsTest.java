package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringSettingsTest {
  private static ScoringSettings with(Map<Theme, Double> themes, Map<Source, Double> sources) {
    ScoringSettings d = ScoringSettings.defaults();
    return new ScoringSettings(
        d.survey(),
        d.audit(),
        d.ranking(),
        themes,
        sources,
        d.minimumResponses(),
        d.minimumAudits(),
        d.confidence(),
        d.disclosureThreshold(),
        d.target(),
        d.oneResponsePerRespondent());
  }

  @Test
  void defaults_areThoseOfFormatsMd() {
    ScoringSettings d = ScoringSettings.defaults();
    assertThat(d.survey()).isEqualTo(StrategyRef.of("mean"));
    assertThat(d.ranking().name()).isEqualTo("composite");
    assertThat(d.themes()).hasSize(6).containsEntry(Theme.E_PROCEDURES, 1.0);
    assertThat(d.weight(Source.SURVEY)).isEqualTo(0.5);
    assertThat(d.weight(Source.AUDIT)).isEqualTo(0.5);
    assertThat(d.minimumResponses()).isEqualTo(30);
    assertThat(d.minimumAudits()).isEqualTo(new MinimumAudits.Total(3));
    assertThat(d.confidence()).isEqualTo(0.95);
    assertThat(d.disclosureThreshold()).isEqualTo(10);
    assertThat(d.target()).isEqualTo(80);
    assertThat(d.oneResponsePerRespondent()).isFalse();
  }

  @Test
  void new_weights_followTheRules() {
    Map<Source, Double> sources = Map.of(Source.SURVEY, 1.0);
    assertThat(with(Map.of(Theme.COURTESY, 1000.0), sources).weight(Source.AUDIT)).isZero();
    assertThatThrownBy(() -> with(Map.of(Theme.COURTESY, 0.0), sources))
        .hasMessage("theme weight of courtesy must be > 0 and <= 1000: 0.0");
    assertThatThrownBy(() -> with(Map.of(Theme.COURTESY, 1000.5), sources))
        .hasMessageContaining("must be > 0 and <= 1000");
    assertThatThrownBy(() -> with(Map.of(Theme.OVERALL, 1.0), sources))
        .hasMessage("theme overall may not be weighted");
    assertThatThrownBy(() -> with(Map.of(), Map.of(Source.SURVEY, 0.0, Source.AUDIT, 0.0)))
        .hasMessage("at least one source weight must be > 0");
    assertThatThrownBy(() -> with(Map.of(), Map.of(Source.SURVEY, -1.0)))
        .hasMessage("source weight of survey must be >= 0 and <= 1000: -1.0");
  }
}
