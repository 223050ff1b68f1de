package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The details of a small edition with every question type and both criterion types, each number
 * computed by hand from the lines below.
 */
class DetailsAssemblerTest {
  private static final ScoringEngine ENGINE = ScoringEngine.builder().builtIns().threads(1).build();
  private static final double EXACT = 1e-12;
  private static final Theme WAITING = new Theme("waiting_time");

  @TempDir Path dir;

  private final List<Reject> rejects = new ArrayList<>();
  private StructureDetail a;
  private StructureDetail b;
  private ScoredEdition scored;

  @BeforeEach
  void score() throws IOException {
    write(dir, QUESTIONS_WITH_OVERALL);
    scored = ENGINE.scoreInFull(dir, rejects::add);
    a = scored.detail(new StructureId("s-a")).orElseThrow();
    b = scored.detail(new StructureId("s-b")).orElseThrow();
  }

  @Test
  void details_everyEnrolledStructureOnly() {
    assertThat(scored.details().keySet())
        .extracting(StructureId::value)
        .containsExactly("s-a", "s-b");
    assertThat(scored.results().structure("s-out")).isPresent();
  }

  @Test
  void counts_acceptedAndRejectsNamingTheStructure() {
    assertThat(a.responses())
        .isEqualTo(
            new SourceCounts(
                14, 12, 2, Map.of(RejectReason.INVALID_ANSWER, 1L, RejectReason.DUPLICATE_ID, 1L)));
    assertThat(a.audits())
        .isEqualTo(new SourceCounts(7, 6, 1, Map.of(RejectReason.INVALID_OBSERVATION, 1L)));
    assertThat(b.responses()).isEqualTo(new SourceCounts(2, 2, 0, Map.of()));
    assertThat(b.audits()).isEqualTo(SourceCounts.empty());
    // Malformed, unknown structure, not enrolled: in the edition's counts, in no structure's.
    assertThat(scored.results().responses().rejected()).isEqualTo(5);
    assertThat(scored.results().audits().rejected()).isEqualTo(2);
    assertThat(rejects).extracting(Reject::reason).contains(RejectReason.UNKNOWN_STRUCTURE);
  }

  @Test
  void questions_inQuestionnaireOrderWithTheirTypes() {
    assertThat(a.questions())
        .extracting(q -> q.id().value() + ":" + q.type() + ":" + q.scored())
        .containsExactly(
            "solved:single_choice:true",
            "courtesy:rating:true",
            "helpful:yes_no:true",
            "wait:number:true",
            "visits:number:false",
            "reasons:multi_choice:false",
            "comment:text:false",
            "day:date:false",
            "overall:rating:true",
            "recommend:nps:true");
  }

  @Test
  void singleChoice_unscoredOptionCountsInDistributionNotInN() {
    QuestionDetail solved = question(a, "solved");

    assertThat(solved.answered()).isEqualTo(6);
    assertThat(solved.na()).isEqualTo(12 - 6);
    assertThat(solved.distribution())
        .containsExactly(
            Map.entry("dont_know", 1L),
            Map.entry("no", 1L),
            Map.entry("partly", 1L),
            Map.entry("yes", 3L));
    assertThat(solved.n()).isEqualTo(5);
    assertThat(solved.mean()).isCloseTo((100 + 50 + 0 + 100 + 100) / 5.0, within(EXACT));
    assertThat(solved.satisfaction()).isCloseTo(100 * 3 / 5.0, within(EXACT));
    assertThat(solved.net()).isCloseTo(100 * (3 - 1) / 5.0, within(EXACT));
    assertThat(solved.nps()).isNull();
    assertThat(solved.quantities()).isNull();
    assertThat(solved.texts()).isEqualTo(TextAnswers.empty());
  }

  @Test
  void rating_distributionByPointAndScores() {
    QuestionDetail courtesy = question(a, "courtesy");

    assertThat(courtesy.theme()).isEqualTo(Theme.COURTESY);
    assertThat(courtesy.answered()).isEqualTo(11);
    assertThat(courtesy.na()).isEqualTo(1);
    assertThat(courtesy.distribution())
        .containsExactly(
            Map.entry("1", 1L),
            Map.entry("2", 2L),
            Map.entry("3", 2L),
            Map.entry("4", 3L),
            Map.entry("5", 3L));
    assertThat(courtesy.n()).isEqualTo(11);
    // (v − 1) · 25 for 5, 4, 2, 3, 1, 5, 4, 3, 2, 4, 5.
    assertThat(courtesy.mean()).isCloseTo(675 / 11.0, within(EXACT));
    // Top box 2: 4 and 5 favourable (6 answers), 1 and 2 unfavourable (3 answers).
    assertThat(courtesy.satisfaction()).isCloseTo(600 / 11.0, within(EXACT));
    assertThat(courtesy.net()).isCloseTo(300 / 11.0, within(EXACT));
  }

  @Test
  void yesNo_distributionYesAndNo() {
    QuestionDetail helpful = question(a, "helpful");

    assertThat(helpful.answered()).isEqualTo(8);
    assertThat(helpful.na()).isEqualTo(4);
    assertThat(helpful.distribution()).containsExactly(Map.entry("no", 3L), Map.entry("yes", 5L));
    assertThat(helpful.mean()).isCloseTo(62.5, within(EXACT));
    assertThat(helpful.satisfaction()).isCloseTo(62.5, within(EXACT));
    assertThat(helpful.net()).isCloseTo(25.0, within(EXACT));
  }

  @Test
  void numberWithTarget_scoresAndQuantitiesWithEvenMedian() {
    QuestionDetail wait = question(a, "wait");

    assertThat(wait.answered()).isEqualTo(6);
    assertThat(wait.distribution()).isEmpty();
    // 5, 20, 60, 10, 0, 40 on target {good 10, bad 40}: 100, 66.67, 0, 100, 100, 0.
    assertThat(wait.n()).isEqualTo(6);
    // 66.67 is held on the 2⁻³² grid of ExactSum.
    assertThat(wait.mean()).isCloseTo((300 + 200 / 3.0) / 6, within(1e-9));
    assertThat(wait.satisfaction()).isCloseTo(50.0, within(EXACT));
    assertThat(wait.net()).isCloseTo(100 / 6.0, within(EXACT));
    // Sorted 0, 5, 10, 20, 40, 60: the median is (10 + 20) / 2.
    assertThat(wait.quantities()).isEqualTo(new QuantitySummary(6, 0, 15.0, 60, 135 / 6.0));
  }

  @Test
  void numberWithoutTarget_quantitiesOnly() {
    QuestionDetail visits = question(a, "visits");

    assertThat(visits.answered()).isEqualTo(4);
    assertThat(visits.n()).isZero();
    assertThat(visits.mean()).isNull();
    assertThat(visits.satisfaction()).isNull();
    assertThat(visits.net()).isNull();
    // 2, 3, 2, 0.5 sorted 0.5, 2, 2, 3.
    assertThat(visits.quantities()).isEqualTo(new QuantitySummary(4, 0.5, 2.0, 3, 7.5 / 4));
  }

  @Test
  void multiChoice_eachSelectedOptionOnce() {
    QuestionDetail reasons = question(a, "reasons");

    assertThat(reasons.answered()).isEqualTo(4);
    assertThat(reasons.na()).isEqualTo(8);
    assertThat(reasons.distribution())
        .containsExactly(Map.entry("a", 2L), Map.entry("b", 3L), Map.entry("c", 2L));
    assertThat(reasons.n()).isZero();
    assertThat(reasons.mean()).isNull();
  }

  @Test
  void text_everyTextSortedRepeatsKept() {
    QuestionDetail comment = question(a, "comment");

    assertThat(comment.answered()).isEqualTo(3);
    assertThat(comment.texts())
        .isEqualTo(new TextAnswers(3, List.of("Merci", "Merci", "Trop long")));
    assertThat(comment.distribution()).isEmpty();
    assertThat(question(b, "comment").texts()).isEqualTo(TextAnswers.empty());
  }

  @Test
  void date_answeredAndNaOnly() {
    QuestionDetail day = question(a, "day");

    assertThat(day.answered()).isEqualTo(2);
    assertThat(day.na()).isEqualTo(10);
    assertThat(day.distribution()).isEmpty();
    assertThat(day.n()).isZero();
    assertThat(day.quantities()).isNull();
    assertThat(day.texts()).isEqualTo(TextAnswers.empty());
  }

  @Test
  void nps_distributionNumericOrderAndNps() {
    QuestionDetail recommend = question(a, "recommend");

    assertThat(recommend.distribution())
        .containsExactly(
            Map.entry("3", 1L),
            Map.entry("6", 1L),
            Map.entry("8", 1L),
            Map.entry("9", 1L),
            Map.entry("10", 2L));
    assertThat(recommend.n()).isEqualTo(6);
    assertThat(recommend.mean()).isCloseTo(460 / 6.0, within(EXACT));
    // Promoters 10, 9, 10; detractors 3, 6.
    assertThat(recommend.nps()).isCloseTo(100 * (3 - 2) / 6.0, within(EXACT));
    assertThat(recommend.satisfaction()).isNull();
    assertThat(recommend.net()).isNull();
  }

  @Test
  void questions_ofAnotherStructureApart() {
    assertThat(question(b, "courtesy").distribution()).containsExactly(Map.entry("1", 1L));
    assertThat(question(b, "courtesy").na()).isEqualTo(1);
    assertThat(question(b, "reasons").distribution()).containsExactly(Map.entry("a", 1L));
    assertThat(question(b, "wait").quantities()).isNull();
  }

  @Test
  void check_countsAndFailing() {
    CriterionDetail desk = criterion(a, "desk");

    assertThat(desk)
        .isEqualTo(
            new CriterionDetail(
                desk.id(),
                Channel.IN_PERSON,
                "check",
                Theme.COURTESY,
                1,
                true,
                2,
                1,
                0,
                0,
                1,
                1,
                null));
    assertThat(desk.observed()).isEqualTo(3);
    CriterionDetail call = criterion(a, "call");
    assertThat(List.of(call.met(), call.notMet(), call.na(), call.failing()))
        .containsExactly(0L, 1L, 1L, 1L);
  }

  @Test
  void measureWithTarget_failingBelowFiftyAndMissed() {
    CriterionDetail queue = criterion(a, "queue");

    // 3, 20, 30 and missed on target {good 5, bad 30}: 100, 40, 0, 0.
    assertThat(queue.scored()).isTrue();
    assertThat(queue.weight()).isEqualTo(2);
    assertThat(queue.theme()).isEqualTo(WAITING);
    assertThat(queue.type()).isEqualTo("measure");
    assertThat(List.of(queue.met(), queue.notMet(), queue.measured(), queue.missed(), queue.na()))
        .containsExactly(0L, 0L, 3L, 1L, 0L);
    assertThat(queue.failing()).isEqualTo(3);
    assertThat(queue.measures()).isEqualTo(new QuantitySummary(3, 3, 20.0, 30, 53 / 3.0));
  }

  @Test
  void measureWithoutTarget_measuresNotScored() {
    CriterionDetail temp = criterion(a, "temp");

    assertThat(temp.scored()).isFalse();
    assertThat(temp.theme()).isNull();
    assertThat(List.of(temp.measured(), temp.missed(), temp.na(), temp.failing()))
        .containsExactly(2L, 1L, 1L, 0L);
    assertThat(temp.measures()).isEqualTo(new QuantitySummary(2, 19.5, 20.25, 21, 20.25));
    assertThat(criterion(b, "temp").measures()).isNull();
  }

  @Test
  void importance_pearsonOfThemeMeanAndOverallRating() {
    // Per respondent of s-a: (mean of courtesy and helpful scores, overall score); r12 has no
    // overall, so it is not a pair.
    double[][] pairs = {
      {100, 100},
      {37.5, 75},
      {12.5, 25},
      {50, 50},
      {50, 25},
      {100, 75},
      {75, 100},
      {75, 50},
      {25, 0},
      {37.5, 75},
      {100, 100}
    };

    Importance courtesy = a.importance().get(Theme.COURTESY);

    assertThat(courtesy.n()).isEqualTo(11);
    assertThat(courtesy.correlation()).isCloseTo(pearson(pairs), within(1e-9));
    assertThat(a.importance().keySet()).containsExactly(Theme.COURTESY, WAITING);
    assertThat(a.importance().get(WAITING)).isEqualTo(new Importance(null, 6));
    assertThat(b.importance().get(Theme.COURTESY)).isEqualTo(new Importance(null, 1));
    assertThat(b.importance().get(WAITING)).isEqualTo(new Importance(null, 0));
  }

  @Test
  void importance_npsWhenNoOverallRating(@TempDir Path other) throws IOException {
    // The overall rating moved to another theme: recommend becomes the reference item.
    write(
        other,
        QUESTIONS_WITH_OVERALL.replace(
            "\"theme\": \"overall\", \"label\": {\"fr\": \"O\"}",
            "\"theme\": \"information\", \"label\": {\"fr\": \"O\"}"));

    StructureDetail detail =
        ENGINE.scoreInFull(other, r -> {}).detail(new StructureId("s-a")).orElseThrow();

    // Respondents with a courtesy score and recommend: r1, r2, r3, r4, r5, r7; with wait too:
    // r1, r2, r3, r4.
    assertThat(detail.importance().get(Theme.COURTESY)).isEqualTo(new Importance(null, 6));
    assertThat(detail.importance().get(WAITING)).isEqualTo(new Importance(null, 4));
  }

  static double pearson(double[][] pairs) {
    double mx = 0;
    double my = 0;
    for (double[] p : pairs) {
      mx += p[0] / pairs.length;
      my += p[1] / pairs.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static QuestionDetail question(StructureDetail detail, String id) {
    return detail.questions().stream()
        .filter(q -> q.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static CriterionDetail criterion(StructureDetail detail, String id) {
    return detail.criteria().stream()
        .filter(k -> k.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static final String QUESTIONS_WITH_OVERALL =
      "{\"format\": \"indiko.questionnaire/1\", \"id\": \"all\", \"version\": 1, \"defaultLocale\":"
          + " \"fr\", \"title\": {\"fr\": \"T\"}, \"sections\": [{\"id\": \"s\", \"questions\":"
          + " [{\"id\": \"solved\", \"type\": \"single_choice\", \"theme\": \"efficiency\","
          + " \"label\": {\"fr\": \"S\"}, \"options\": [{\"value\": \"yes\", \"label\": {\"fr\":"
          + " \"Y\"}, \"score\": 100, \"favourable\": true},{\"value\": \"partly\", \"label\":"
          + " {\"fr\": \"P\"}, \"score\": 50},{\"value\": \"no\", \"label\": {\"fr\": \"N\"},"
          + " \"score\": 0, \"favourable\": false},{\"value\": \"dont_know\", \"label\": {\"fr\":"
          + " \"D\"}}]},{\"id\": \"courtesy\", \"type\": \"rating\", \"scale\": {\"min\": 1,"
          + " \"max\": 5}, \"theme\": \"courtesy\", \"label\": {\"fr\": \"C\"}},{\"id\":"
          + " \"helpful\", \"type\": \"yes_no\", \"theme\": \"courtesy\", \"label\": {\"fr\":"
          + " \"H\"}},{\"id\": \"wait\", \"type\": \"number\", \"min\": 0, \"max\": 600,"
          + " \"target\": {\"good\": 10, \"bad\": 40}, \"theme\": \"waiting_time\", \"label\":"
          + " {\"fr\": \"W\"}},{\"id\": \"visits\", \"type\": \"number\", \"label\": {\"fr\":"
          + " \"V\"}},{\"id\": \"reasons\", \"type\": \"multi_choice\", \"label\": {\"fr\": \"R\"},"
          + " \"options\": [{\"value\": \"a\", \"label\": {\"fr\": \"A\"}}, {\"value\": \"b\","
          + " \"label\": {\"fr\": \"B\"}}, {\"value\": \"c\", \"label\": {\"fr\":"
          + " \"C\"}}]},{\"id\": \"comment\", \"type\": \"text\", \"label\": {\"fr\":"
          + " \"T\"}},{\"id\": \"day\", \"type\": \"date\", \"label\": {\"fr\": \"D\"}},{\"id\":"
          + " \"overall\", \"type\": \"rating\", \"scale\": {\"min\": 1, \"max\": 5}, \"theme\":"
          + " \"overall\", \"label\": {\"fr\": \"O\"}},{\"id\": \"recommend\", \"type\": \"nps\","
          + " \"theme\": \"overall\", \"label\": {\"fr\": \"N\"}}]}]}";

  /** The responses of s-a, r1 to r12, as the members of their answers. */
  private static final List<String> ANSWERS_OF_A =
      List.of(
          "\"solved\": \"yes\", \"courtesy\": 5, \"helpful\": true, \"wait\": 5, \"visits\": 2,"
              + " \"reasons\": [\"a\", \"b\"], \"comment\": \"Merci\", \"day\": \"2017-09-10\","
              + " \"overall\": 5, \"recommend\": 10",
          "\"solved\": \"partly\", \"courtesy\": 4, \"helpful\": false, \"wait\": 20,"
              + " \"visits\": 3, \"reasons\": [\"b\"], \"comment\": \"Trop long\", \"overall\": 4,"
              + " \"recommend\": 8",
          "\"solved\": \"no\", \"courtesy\": 2, \"helpful\": false, \"wait\": 60,"
              + " \"reasons\": [\"c\", \"a\", \"b\"], \"overall\": 2, \"recommend\": 3",
          "\"solved\": \"dont_know\", \"courtesy\": 3, \"wait\": 10, \"visits\": 2,"
              + " \"overall\": 3, \"recommend\": 6",
          "\"courtesy\": 1, \"helpful\": true, \"overall\": 2, \"recommend\": 9",
          "\"solved\": \"yes\", \"courtesy\": 5, \"helpful\": true, \"wait\": 0, \"visits\": 0.5,"
              + " \"day\": \"2017-10-01\", \"overall\": 4",
          "\"solved\": \"yes\", \"courtesy\": 4, \"comment\": \"Merci\", \"overall\": 5,"
              + " \"recommend\": 10",
          "\"courtesy\": 3, \"helpful\": true, \"overall\": 3",
          "\"courtesy\": 2, \"wait\": 40, \"overall\": 1",
          "\"courtesy\": 4, \"helpful\": false, \"reasons\": [\"c\"], \"overall\": 4",
          "\"helpful\": true, \"overall\": 5",
          "\"courtesy\": 5, \"visits\": null");

  private static void write(Path dir, String questionnaire) throws IOException {
    Files.writeString(
        dir.resolve("edition.json"),
        "{\"format\": \"indiko.edition/1\", \"id\": \"all\", \"name\": {\"fr\": \"All\"},"
            + " \"defaultLocale\": \"fr\", \"timeZone\": \"Europe/Paris\","
            + " \"registration\": {\"opens\": \"2017-06-20\", \"closes\": \"2017-07-13\"},"
            + " \"collection\": {\"from\": \"2017-09-01\", \"to\": \"2017-11-30\"},"
            + " \"questionnaire\": {\"id\": \"all\", \"version\": 1},"
            + " \"grid\": {\"id\": \"all-grid\", \"version\": 1},"
            + " \"scoring\": {\"themes\": {\"courtesy\": 1, \"waiting_time\": 1},"
            + " \"minimumResponses\": 1, \"disclosureThreshold\": 5}}");
    Files.writeString(
        dir.resolve("structures.json"),
        "{\"format\": \"indiko.structures/1\", \"structures\": ["
            + structure("s-a")
            + ", "
            + structure("s-b")
            + ", "
            + structure("s-out")
            + "]}");
    Files.writeString(
        dir.resolve("enrolments.json"),
        "{\"format\": \"indiko.enrolments/1\", \"enrolments\": ["
            + "{\"structure\": \"s-a\", \"at\": \"2017-06-25\", \"level\": \"organisation\"},"
            + "{\"structure\": \"s-b\", \"at\": \"2017-06-25\", \"level\": \"raw\"}]}");
    Files.writeString(dir.resolve("questionnaire.json"), questionnaire);
    Files.writeString(
        dir.resolve("grid.json"),
        "{\"format\": \"indiko.grid/1\", \"id\": \"all-grid\", \"version\": 1,"
            + " \"defaultLocale\": \"fr\", \"title\": {\"fr\": \"G\"}, \"criteria\": ["
            + "{\"id\": \"desk\", \"channel\": \"in_person\", \"theme\": \"courtesy\","
            + " \"type\": \"check\", \"label\": {\"fr\": \"D\"}},"
            + "{\"id\": \"queue\", \"channel\": \"in_person\", \"theme\": \"waiting_time\","
            + " \"weight\": 2, \"type\": \"measure\", \"min\": 0, \"max\": 240,"
            + " \"target\": {\"good\": 5, \"bad\": 30}, \"label\": {\"fr\": \"Q\"}},"
            + "{\"id\": \"temp\", \"channel\": \"in_person\", \"type\": \"measure\","
            + " \"label\": {\"fr\": \"T\"}},"
            + "{\"id\": \"call\", \"channel\": \"phone\", \"theme\": \"courtesy\","
            + " \"type\": \"check\", \"label\": {\"fr\": \"C\"}}]}");
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < ANSWERS_OF_A.size(); i++) {
      responses.add(response("r" + (i + 1), "s-a", ANSWERS_OF_A.get(i)));
    }
    responses.add(response("r13", "s-a", "\"courtesy\": 7"));
    responses.add(response("r1", "s-a", "\"courtesy\": 3"));
    responses.add(response("r14", "s-zz", "\"courtesy\": 3"));
    responses.add(response("r15", "s-out", "\"courtesy\": 3"));
    responses.add("{not json");
    responses.add(response("r20", "s-b", "\"courtesy\": 1, \"overall\": 1"));
    responses.add(response("r21", "s-b", "\"reasons\": [\"a\"]"));
    Files.write(dir.resolve("responses.jsonl"), responses);
    Files.write(
        dir.resolve("audits.jsonl"),
        List.of(
            audit("a1", "s-a", "in_person", "\"desk\": \"met\", \"queue\": 3, \"temp\": 19.5"),
            audit("a2", "s-a", "in_person", "\"desk\": \"not_met\", \"queue\": 20, \"temp\": 21"),
            audit(
                "a3",
                "s-a",
                "in_person",
                "\"desk\": \"na\", \"queue\": \"missed\", \"temp\": \"missed\""),
            audit("a4", "s-a", "in_person", "\"desk\": \"met\", \"queue\": 30, \"temp\": \"na\""),
            audit("a5", "s-a", "phone", "\"call\": \"not_met\""),
            audit("a6", "s-a", "phone", "\"call\": \"na\""),
            audit("a7", "s-a", "in_person", "\"desk\": \"yes\", \"queue\": 3, \"temp\": 19"),
            audit("a8", "s-zz", "phone", "\"call\": \"met\"")));
  }

  private static String structure(String id) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"type\": \"commune\"}";
  }

  private static String response(String id, String structure, String answers) {
    return "{\"id\": \""
        + id
        + "\", \"questionnaire\": \"all\", \"version\": 1, \"structure\": \""
        + structure
        + "\", \"channel\": \"in_person\", \"submittedAt\": \"2017-10-02T10:00:00+02:00\","
        + " \"answers\": {"
        + answers
        + "}}";
  }

  private static String audit(String id, String structure, String channel, String observations) {
    return "{\"id\": \""
        + id
        + "\", \"grid\": \"all-grid\", \"version\": 1, \"structure\": \""
        + structure
        + "\", \"channel\": \""
        + channel
        + "\", \"auditor\": \"aud-01\", \"performedAt\": \"2017-10-02T10:00:00+02:00\","
        + " \"observations\": {"
        + observations
        + "}}";
  }
}
