package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.validation.IndikoValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringSettingsTest {
  private static ScoringSettings with(Map<Theme, Double> themes, Map<Source, Double> sources) {
    return ScoringSettings.defaults().withWeights(themes, sources);
  }

  @Test
  void withWeights_changesTheWeightsOnly() {
    ScoringSettings d = ScoringSettings.defaults();

    ScoringSettings surveyOnly =
        d.withWeights(Map.of(Theme.COURTESY, 2.0), Map.of(Source.SURVEY, 1.0));

    assertThat(surveyOnly.themes()).containsExactly(Map.entry(Theme.COURTESY, 2.0));
    assertThat(surveyOnly.weight(Source.AUDIT)).isZero();
    assertThat(surveyOnly.withWeights(d.themes(), d.sources())).isEqualTo(d);
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

  /** What Bean Validation refuses, as {@code path: message}, sorted. */
  private static List<String> refusals(ScoringSettings settings) {
    return IndikoValidation.validator().validate(settings).stream()
        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
        .sorted()
        .toList();
  }

  @Test
  void defaults_areValid() {
    assertThat(refusals(ScoringSettings.defaults())).isEmpty();
  }

  @Test
  void new_weights_followTheRules() {
    Map<Source, Double> sources = Map.of(Source.SURVEY, 1.0);
    ScoringSettings valid = with(Map.of(Theme.COURTESY, 1000.0), sources);
    assertThat(valid.weight(Source.AUDIT)).isZero();
    assertThat(refusals(valid)).isEmpty();
    assertThat(refusals(with(Map.of(Theme.COURTESY, 0.0), sources)))
        .containsExactly(
            "themes[courtesy].<map value>: a theme weight must be > 0 and <= 1000: 0");
    assertThat(refusals(with(Map.of(Theme.COURTESY, 1000.5), sources)))
        .containsExactly(
            "themes[courtesy].<map value>: a theme weight must be > 0 and <= 1000: 1000.5");
    assertThat(refusals(with(Map.of(Theme.OVERALL, 1.0), sources)))
        .containsExactly(
            "themes<K>[overall].<map key>: theme overall may not be weighted:"
                + " it is not one of the composite's");
    assertThat(refusals(with(Map.of(), Map.of(Source.SURVEY, 0.0, Source.AUDIT, 0.0))))
        .containsExactly("sources: at least one source weight must be > 0");
    assertThat(refusals(with(Map.of(), Map.of(Source.SURVEY, -1.0))))
        .containsExactly(
            "sources[survey].<map value>: a source weight must be >= 0 and <= 1000: -1");
  }

  @Test
  void new_copiesTheMaps_sortedAndSurveyFirst() {
    Map<Theme, Double> themes = new LinkedHashMap<>();
    themes.put(Theme.INFORMATION, 1.0);
    themes.put(Theme.COURTESY, 2.0);
    ScoringSettings settings = with(themes, Map.of(Source.AUDIT, 1.0, Source.SURVEY, 2.0));
    themes.clear();

    assertThat(settings.themes().keySet()).containsExactly(Theme.COURTESY, Theme.INFORMATION);
    assertThat(settings.sources().keySet()).containsExactly(Source.SURVEY, Source.AUDIT);
    assertThatThrownBy(() -> settings.themes().put(Theme.OVERALL, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
