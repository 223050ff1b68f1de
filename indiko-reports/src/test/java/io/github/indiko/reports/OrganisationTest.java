package io.github.indiko.reports;

import static io.github.indiko.reports.SampleFixture.PREVIOUS_RESULTS;
import static io.github.indiko.reports.SampleFixture.RESULTS;
import static io.github.indiko.reports.SampleFixture.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Importance;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The organisation audit of {@code ch-montbazac}, with criteria counts and importances chosen here;
 * conformity and performance come from the sample's expected results.
 */
class OrganisationTest {
  private static final Offset<Double> CLOSE = within(1e-9);
  private static final StructureId MONTBAZAC = new StructureId("ch-montbazac");
  private static final JsonNode EXPECTED = expected("ch-montbazac");

  /**
   * Grid order. Failing: desk_greeting and phone_hours (2 of 4, exactly half), desk_answer,
   * desk_docs, email_delay (2 missed) and web_info. social_tone has no observation, so no item.
   */
  private static final List<CriterionDetail> CRITERIA =
      List.of(
          check("desk_signage", "in_person", Theme.ACCESSIBILITY, 1, 3, 1, 0),
          measure("desk_wait", "in_person", Theme.WAITING_TIME, 4, 0, 1),
          check("desk_greeting", "in_person", Theme.COURTESY, 1, 2, 2, 0),
          check("desk_answer", "in_person", Theme.EFFICIENCY, 2, 1, 3, 0),
          check("desk_docs", "in_person", Theme.INFORMATION, 1, 1, 3, 0),
          check("phone_hours", "phone", Theme.ACCESSIBILITY, 1, 2, 2, 1),
          measure("email_delay", "email", Theme.WAITING_TIME, 0, 2, 2),
          check("web_info", "website", Theme.INFORMATION, 1, 0, 4, 0),
          check("social_tone", "social", Theme.COURTESY, 1, 0, 0, 0));

  /**
   * Ī = (0.1 + 0.9 + 0.6 + 0.2 + 0.7) / 5 = 0.5; waiting_time has too few respondents. With P̄ ≈
   * 60.91: accessibility (66.79) surplus, courtesy (64.51) strength, e_procedures (60.59) and
   * information (51.94) priority, efficiency (59.84) secondary.
   */
  private static final Map<Theme, Importance> IMPORTANCE =
      Map.of(
          Theme.ACCESSIBILITY, new Importance(0.1, 40),
          Theme.COURTESY, new Importance(0.9, 41),
          Theme.E_PROCEDURES, new Importance(0.6, 42),
          Theme.EFFICIENCY, new Importance(0.2, 43),
          Theme.INFORMATION, new Importance(0.7, 44),
          Theme.WAITING_TIME, new Importance(null, 8));

  private static final OrganisationReport REPORT =
      Reports.of(
              SampleFixture.scored(
                  RESULTS,
                  Map.of(MONTBAZAC, SampleFixture.detail(MONTBAZAC, CRITERIA, IMPORTANCE))),
              PREVIOUS_RESULTS)
          .structure(MONTBAZAC)
          .orElseThrow()
          .organisation();

  @Test
  void criteria_scoredWithObservations_inGridOrder() {
    assertThat(REPORT.criteria())
        .extracting(c -> c.id().value())
        .containsExactly(
            "desk_signage",
            "desk_wait",
            "desk_greeting",
            "desk_answer",
            "desk_docs",
            "phone_hours",
            "email_delay",
            "web_info");
  }

  @Test
  void criteria_conformityFromItems_countsFromDetails() {
    CriterionConformity answer = criterion("desk_answer");
    double conformity = EXPECTED.at("/items/desk_answer/value").asDouble();

    assertThat(answer.conformity()).isCloseTo(conformity, CLOSE);
    assertThat(answer.gap()).isCloseTo(100 - conformity, CLOSE);
    assertThat(answer.weight()).isEqualTo(2);
    assertThat(answer.channel()).isEqualTo(Channel.IN_PERSON);
    assertThat(answer.theme()).isEqualTo(Theme.EFFICIENCY);
    assertThat(answer.observations()).isEqualTo(4);
    assertThat(answer.failed()).isEqualTo(3);
    assertThat(answer.failing()).isTrue();
    assertThat(criterion("phone_hours").observations()).isEqualTo(4);
    assertThat(criterion("email_delay").observations()).isEqualTo(2);
  }

  @Test
  void criteria_failingFromHalfTheObservations() {
    assertThat(REPORT.criteria())
        .filteredOn(CriterionConformity::failing)
        .extracting(c -> c.id().value())
        .containsExactly(
            "desk_greeting", "desk_answer", "desk_docs", "phone_hours", "email_delay", "web_info");
  }

  @Test
  void themes_quadrantsAgainstMeans() {
    double meanPerformance = EXPECTED.at("/survey/score").asDouble();

    assertThat(REPORT.meanImportance()).isCloseTo(0.5, CLOSE);
    assertThat(REPORT.meanPerformance()).isCloseTo(meanPerformance, CLOSE);
    assertThat(REPORT.themes())
        .extracting(t -> t.theme().id())
        .containsExactly(
            "accessibility",
            "courtesy",
            "e_procedures",
            "efficiency",
            "information",
            "waiting_time");
    assertThat(REPORT.themes())
        .extracting(ThemeImportance::quadrant)
        .containsExactly(
            Quadrant.SURPLUS,
            Quadrant.STRENGTH,
            Quadrant.PRIORITY,
            Quadrant.SECONDARY,
            Quadrant.PRIORITY,
            null);
    ThemeImportance waiting = REPORT.themes().get(5);
    assertThat(waiting.importance()).isNull();
    assertThat(waiting.respondents()).isEqualTo(8);
    assertThat(waiting.performance())
        .isCloseTo(EXPECTED.at("/survey/themes/waiting_time").asDouble(), CLOSE);
    assertThat(REPORT.themes().get(2).performance())
        .isCloseTo(EXPECTED.at("/survey/themes/e_procedures").asDouble(), CLOSE)
        .isLessThan(meanPerformance);
  }

  @Test
  void actionPlan_priorityThemesThenFailingCriteria_byPriorityThenId() {
    double information =
        0.7 * (100 - EXPECTED.at("/survey/themes/information").asDouble()); // 33.64
    double procedures =
        0.6 * (100 - EXPECTED.at("/survey/themes/e_procedures").asDouble()); // 23.65

    assertThat(REPORT.actionPlan())
        .extracting(a -> a.kind().id() + ":" + a.id())
        .containsExactly(
            "theme:information",
            "theme:e_procedures",
            "criterion:desk_answer", // 2 · (100 − 25) = 150
            "criterion:email_delay", // 1 · (100 − 0) = 100, tied with web_info
            "criterion:web_info",
            "criterion:desk_docs", // 75
            "criterion:desk_greeting", // 50, tied with phone_hours
            "criterion:phone_hours");
    assertThat(REPORT.actionPlan().get(0).priority()).isCloseTo(information, CLOSE);
    assertThat(REPORT.actionPlan().get(1).priority()).isCloseTo(procedures, CLOSE);
    assertThat(REPORT.actionPlan().get(2).priority())
        .isCloseTo(2 * (100 - EXPECTED.at("/items/desk_answer/value").asDouble()), CLOSE);
    assertThat(REPORT.actionPlan().get(2).score())
        .isCloseTo(EXPECTED.at("/items/desk_answer/value").asDouble(), CLOSE);
    assertThat(REPORT.actionPlan().get(3).priority()).isCloseTo(100, CLOSE);
    assertThat(REPORT.actionPlan().get(6).priority()).isCloseTo(50, CLOSE);
  }

  @Test
  void themes_noImportance_noQuadrantNoThemeAction() {
    OrganisationReport trevennec =
        Reports.of(SampleFixture.scored(), null)
            .structure(new StructureId("mairie-trevennec"))
            .orElseThrow()
            .organisation();

    assertThat(trevennec.meanImportance()).isNull();
    assertThat(trevennec.meanPerformance())
        .isCloseTo(expected("mairie-trevennec").at("/survey/score").asDouble(), CLOSE);
    assertThat(trevennec.themes()).hasSize(6);
    assertThat(trevennec.themes())
        .allSatisfy(
            t -> {
              assertThat(t.quadrant()).isNull();
              assertThat(t.respondents()).isZero();
              assertThat(t.performance()).isNotNull();
            });
    assertThat(trevennec.criteria()).isEmpty();
    assertThat(trevennec.actionPlan()).isEmpty();
  }

  private static CriterionConformity criterion(String id) {
    return REPORT.criteria().stream()
        .filter(c -> c.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static CriterionDetail check(
      String id, String channel, Theme theme, double weight, long met, long notMet, long na) {
    return new CriterionDetail(
        new CriterionId(id),
        new Channel(channel),
        "check",
        theme,
        weight,
        true,
        met,
        notMet,
        0,
        0,
        na,
        notMet,
        null);
  }

  private static CriterionDetail measure(
      String id, String channel, Theme theme, long measured, long missed, long failing) {
    return new CriterionDetail(
        new CriterionId(id),
        new Channel(channel),
        "measure",
        theme,
        1,
        true,
        0,
        0,
        measured,
        missed,
        0,
        failing,
        null);
  }
}
