package io.github.indiko.reports;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.QuantitySummary;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.TextAnswers;
import io.github.indiko.scoring.Trophy;
import io.github.indiko.scoring.spi.Interval;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports built by hand, with hostile names and answers. Every number is written as the hand
 * calculation that gives it.
 */
final class ReportFixtures {
  /** Texts that must come out neutralised in CSV and intact in JSON. */
  static final List<String> HOSTILE =
      List.of(
          "=HYPERLINK(\"http://x\")",
          "+1",
          "-1+1",
          "@SUM(A1)",
          "\tx",
          "\rx",
          "\nx",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "\u202Eexe.txt",
          "she said \"fine\"",
          "slow, rude",
          "line one\r\nline two");

  static final String NAME = "=HYPERLINK(\"http://x\") Mairie, \"Lyon\"\n<b>";

  /** Results scored after the 2017 collection closed: not provisional. */
  static final AsOf FINAL = new AsOf(LocalDate.of(2017, 12, 1), false);

  static final StructureInfo LYON =
      new StructureInfo(
          new EditionId("2017"),
          new StructureId("mairie-lyon"),
          NAME,
          Category.parse("commune/xl"),
          Level.ORGANISATION,
          FINAL);

  static final SourceCounts RESPONSES =
      new SourceCounts(
          13, 10, 3, Map.of(RejectReason.OUTSIDE_COLLECTION, 1L, RejectReason.INVALID_ANSWER, 2L));

  static final SourceCounts AUDITS = new SourceCounts(4, 4, 0, Map.of());

  /** Answers 2, 4, 4, 5 on 1..5 (top box 2) and one unanswered: scores 25, 75, 75, 100. */
  static final QuestionDetail COURTESY_STAFF =
      new QuestionDetail(
          new QuestionId("courtesy_staff"),
          "rating",
          Theme.COURTESY,
          true,
          4,
          1,
          new TreeMap<>(Map.of("2", 1L, "4", 2L, "5", 1L)),
          4,
          (25.0 + 75 + 75 + 100) / 4,
          100.0 * 3 / 4,
          100.0 * (3 - 1) / 4,
          null,
          null,
          TextAnswers.empty());

  /** A single choice whose option values are hostile. */
  static final QuestionDetail CHANNEL_CHOICE =
      new QuestionDetail(
          new QuestionId("channel_choice"),
          "single_choice",
          null,
          false,
          4,
          0,
          new TreeMap<>(Map.of("-1+1", 1L, "@SUM(A1)", 2L, "=x", 1L)),
          0,
          null,
          null,
          null,
          null,
          null,
          TextAnswers.empty());

  /** Answers −12.5, 5 and 30 minutes, without target. */
  static final QuestionDetail WAIT_MINUTES =
      new QuestionDetail(
          new QuestionId("wait_minutes"),
          "number",
          Theme.WAITING_TIME,
          false,
          3,
          1,
          new TreeMap<>(),
          0,
          null,
          null,
          null,
          null,
          new QuantitySummary(3, -12.5, 5.0, 30.0, (-12.5 + 5 + 30) / 3),
          TextAnswers.empty());

  /** An nps question: 9, 10, 3 → P = 2/3, D = 1/3. */
  static final QuestionDetail RECOMMEND =
      new QuestionDetail(
          new QuestionId("recommend"),
          "nps",
          Theme.OVERALL,
          true,
          3,
          2,
          new TreeMap<>(Map.of("10", 1L, "3", 1L, "9", 1L)),
          3,
          (90.0 + 100 + 30) / 3,
          null,
          null,
          100.0 * (2.0 / 3 - 1.0 / 3),
          null,
          TextAnswers.empty());

  static final QuestionDetail COMMENT =
      new QuestionDetail(
          new QuestionId("comment"),
          "text",
          null,
          false,
          HOSTILE.size() + 2,
          0,
          new TreeMap<>(),
          0,
          null,
          null,
          null,
          null,
          null,
          new TextAnswers(HOSTILE.size() + 2, HOSTILE));

  /** Three met, one not met. */
  static final CriterionDetail DESK =
      new CriterionDetail(
          new CriterionId("desk"),
          Channel.IN_PERSON,
          "check",
          Theme.COURTESY,
          2.0,
          true,
          3,
          1,
          0,
          0,
          0,
          1,
          null);

  /** Measures 0.00001 and 1 (seconds), one missed, one not applicable. */
  static final CriterionDetail CALL_DELAY =
      new CriterionDetail(
          new CriterionId("call_delay"),
          Channel.PHONE,
          "measure",
          Theme.WAITING_TIME,
          1.5,
          true,
          0,
          0,
          2,
          1,
          1,
          2,
          new QuantitySummary(2, 1.0E-5, (1.0E-5 + 1.0) / 2, 1.0, (1.0E-5 + 1.0) / 2));

  static final RawReport RAW =
      new RawReport(
          LYON,
          RESPONSES,
          AUDITS,
          List.of(COURTESY_STAFF, CHANNEL_CHOICE, WAIT_MINUTES, RECOMMEND, COMMENT),
          List.of(DESK, CALL_DELAY));

  static final double TARGET = 80;

  static final AnalysisReport ANALYSIS =
      new AnalysisReport(
          LYON,
          TARGET,
          new EditionId("2016"),
          Comparison.of(71.25, TARGET, 68.0),
          false,
          true,
          new Ranking(2, 7, 100.0 * (7 - 2) / (7 - 1)),
          new Indicator(75.0, 40, new Interval(59.8, 85.8)),
          new Indicator(-12.5, 40, null),
          new Indicator(-20.0, 30, new Interval(-48.0, 8.0)),
          new SatisfactionChange(75.0, 40, 70.0, 50, 75.0 - 70.0, 0.53, false),
          List.of(
              new SourceAnalysis(
                  Source.SURVEY,
                  0.6,
                  Comparison.of(72.0, TARGET, null),
                  true,
                  List.of(
                      new ThemeAnalysis(
                          Theme.COURTESY, 1.0, Comparison.of(80.5, TARGET, 79.0), 77.25, 4),
                      new ThemeAnalysis(
                          Theme.WAITING_TIME, 2.0, Comparison.of(60.0, TARGET, null), null, 2)),
                  Map.of(
                      Channel.PHONE, ChannelAnalysis.withheld(),
                      Channel.IN_PERSON, new ChannelAnalysis(74.0, 30L, false))),
              new SourceAnalysis(
                  Source.AUDIT,
                  0.4,
                  Comparison.of(null, TARGET, null),
                  false,
                  List.of(),
                  Map.of())),
          List.of(new ThemeScore(Theme.COURTESY, 80.5), new ThemeScore(Theme.WAITING_TIME, 60.0)),
          List.of(new ThemeScore(Theme.COURTESY, 80.5)),
          List.of(new ThemeScore(Theme.WAITING_TIME, 60.0)),
          List.of(
              new ItemAnalysis(
                  "courtesy_staff",
                  Source.SURVEY,
                  Theme.COURTESY,
                  (25.0 + 75 + 75 + 100) / 4,
                  4,
                  new Interval(30.1, 100.0)),
              new ItemAnalysis("call_delay", Source.AUDIT, Theme.WAITING_TIME, 0.0, 3, null)));

  static final OrganisationReport ORGANISATION =
      new OrganisationReport(
          LYON,
          List.of(
              new CriterionConformity(
                  new CriterionId("desk"),
                  Channel.IN_PERSON,
                  Theme.COURTESY,
                  2.0,
                  100.0 * 3 / 4,
                  100 - 100.0 * 3 / 4,
                  4,
                  1,
                  false),
              new CriterionConformity(
                  new CriterionId("call_delay"),
                  Channel.PHONE,
                  null,
                  1.5,
                  100.0 / 3,
                  100 - 100.0 / 3,
                  3,
                  2,
                  true)),
          List.of(
              new ThemeImportance(Theme.COURTESY, 0.42, 12, 80.5, Quadrant.STRENGTH),
              new ThemeImportance(Theme.INFORMATION, null, 4, null, null),
              new ThemeImportance(Theme.WAITING_TIME, 0.61, 12, 60.0, Quadrant.PRIORITY)),
          (0.42 + 0.61) / 2,
          72.0,
          List.of(
              new Action(Action.Kind.THEME, "waiting_time", 0.61 * (100 - 60.0), 60.0),
              new Action(Action.Kind.CRITERION, "call_delay", 1.5 * (100 - 100.0 / 3), 100.0 / 3)));

  static final Overview OVERVIEW =
      new Overview(
          new EditionId("2017"),
          FINAL,
          new LocalizedText(Map.of("fr", "Baromètre =1+1", "en", "@Barometer, \"2017\"")),
          RESPONSES,
          AUDITS,
          List.of(
              new CategorySummary(Category.parse("commune/xl"), 7, 5, 70.2),
              new CategorySummary(Category.parse("hospital/none"), 2, 1, null)),
          List.of(
              new Trophy.CategoryTrophy(
                  Category.parse("commune/xl"), new StructureId("mairie-x"), 82.3),
              new Trophy.Consultation(new StructureId("mairie-y"), 800 * 1000.0 / 190_000, 800)),
          List.of(new NotAwarded(Category.parse("hospital/none"), "too_few_eligible", 1)),
          List.of(
              new Trophy.Consultation(new StructureId("mairie-y"), 800 * 1000.0 / 190_000, 800),
              new Trophy.Consultation(new StructureId("mairie-lyon"), 10 * 1000.0 / 513_000, 10)),
          List.of(
              new StructureEntry(
                  new StructureId("chu-x"),
                  "CHU \"X\"",
                  Category.parse("hospital/none"),
                  Level.RAW),
              new StructureEntry(
                  new StructureId("mairie-lyon"),
                  NAME,
                  Category.parse("commune/xl"),
                  Level.ORGANISATION)));

  private ReportFixtures() {}
}
