package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.SizeBand;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.Agreement;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A realistic set of reports built by hand, whose texts from data are hostile: markup, a formula,
 * a {@code javascript:} URL, a right-to-left override. Every structure is a town hall of 10 000 to
 * 49 999 inhabitants; {@code mairie-a} subscribed to the organisation audit.
 */
public final class HostileFixture {
  static final String FORMULA = "=HYPERLINK(\"http://x\")";
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
  static final String OVERRIDE = "Mairie \u202Eevil\u202C d'en bas";
  static final String JAVASCRIPT = "javascript:alert(1)";
  static final List<String> HOSTILE = List.of(FORMULA, SCRIPT, ATTRIBUTE, OVERRIDE, JAVASCRIPT);

  static final EditionId EDITION = new EditionId("2017");

  /** Scored during the collection: every page carries the notice of provisional results. */
  static final AsOf PROVISIONAL = new AsOf(LocalDate.of(2017, 10, 2), true);
  static final Category CATEGORY = new Category(StructureType.COMMUNE, SizeBand.M);
  static final StructureId A = new StructureId("mairie-a");
  static final StructureId B = new StructureId("mairie-b");
  static final StructureId C = new StructureId("mairie-c");

  static final QuestionId COURTESY = new QuestionId("courtesy_staff");
  static final QuestionId RECOMMEND = new QuestionId("recommend");
  static final QuestionId REASON = new QuestionId("reason");
  static final QuestionId COMMENT = new QuestionId("comment");
  static final QuestionId VISITS = new QuestionId("visits");
  static final CriterionId GREETING = new CriterionId("greeting");
  static final CriterionId WAIT = new CriterionId("phone_wait");

  private HostileFixture() {}

  public static EditionDefinitions definitions() {
    Edition edition =
        new Edition(
            EDITION,
            new LocalizedText(Map.of("fr", "Baromètre 2017 " + SCRIPT, "en", "Barometer 2017")),
            "fr",
            ZoneId.of("Europe/Paris"),
            new DateRange(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30)),
            new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 30)),
            new DefinitionRef("accueil", 1),
            new DefinitionRef("grille", 1),
            ScoringSettings.defaults(),
            TrophySettings.defaults(),
            null,
            List.of());
    List<Question> questions =
        List.of(
            new Question(
                COURTESY,
                new QuestionType.Rating(
                    new Scale(1, 5), Map.of(5, LocalizedText.of("fr", "Très satisfait")), 2),
                new LocalizedText(Map.of("fr", "Accueil " + SCRIPT, "en", "Welcome " + SCRIPT)),
                null,
                Theme.COURTESY,
                1,
                true,
                null),
            new Question(
                RECOMMEND,
                new QuestionType.Nps(),
                LocalizedText.of("fr", FORMULA),
                null,
                Theme.OVERALL,
                1,
                false,
                null),
            new Question(
                REASON,
                new QuestionType.SingleChoice(
                    List.of(
                        new Option("a", LocalizedText.of("fr", ATTRIBUTE), 100.0, true),
                        new Option("b", LocalizedText.of("fr", "Autre démarche"), 0.0, false))),
                LocalizedText.of("fr", "Motif de la visite"),
                null,
                Theme.EFFICIENCY,
                1,
                false,
                null),
            new Question(
                COMMENT,
                new QuestionType.Text(2000),
                LocalizedText.of("fr", "Un commentaire ?"),
                null,
                null,
                1,
                false,
                null),
            new Question(
                VISITS,
                new QuestionType.Number(0.0, 100.0, true, null, null),
                LocalizedText.of("fr", "Nombre de visites"),
                null,
                null,
                1,
                false,
                null));
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            1,
            "fr",
            LocalizedText.of("fr", "Questionnaire"),
            List.of(new Section("main", null, questions)));
    Grid grid =
        new Grid(
            "grille",
            1,
            "fr",
            LocalizedText.of("fr", "Grille"),
            List.of(
                new Criterion(
                    GREETING,
                    Channel.IN_PERSON,
                    new CriterionType.Check(),
                    LocalizedText.of("fr", JAVASCRIPT),
                    Theme.COURTESY,
                    1,
                    null),
                new Criterion(
                    WAIT,
                    Channel.PHONE,
                    new CriterionType.Measure(0.0, null, false, "s", new Target(30, 120)),
                    new LocalizedText(Map.of("fr", "Attente au téléphone", "en", "Phone wait")),
                    Theme.WAITING_TIME,
                    2,
                    null)));
    List<Structure> structures =
        List.of(
            new Structure(A, JAVASCRIPT, StructureType.COMMUNE, 12_000L, null, null),
            new Structure(B, SCRIPT, StructureType.COMMUNE, 15_000L, null, null),
            new Structure(C, OVERRIDE, StructureType.COMMUNE, 20_000L, null, null));
    List<Enrolment> enrolments =
        List.of(
            new Enrolment(A, LocalDate.of(2017, 6, 10), Level.ORGANISATION),
            new Enrolment(B, LocalDate.of(2017, 6, 11), Level.ANALYSIS),
            new Enrolment(C, LocalDate.of(2017, 6, 12), Level.RAW));
    return new EditionDefinitions(edition, structures, enrolments, questionnaire, grid);
  }

  /**
   * The auditors' agreement of the fixture: the greeting check agreed on at 0.743 (Krippendorff's
   * nominal reference value), the phone wait without alpha, the checks pooled as the greeting.
   */
  static AgreementReport agreement() {
    Agreement.Reliability greeting =
        new Agreement.Reliability(12, 40, Agreement.Level.NOMINAL, 0.743);
    return new AgreementReport(
        EDITION,
        PROVISIONAL,
        12,
        List.of(
            new AgreementReport.CriterionReliability(GREETING, Channel.IN_PERSON, greeting),
            new AgreementReport.CriterionReliability(
                WAIT,
                Channel.PHONE,
                new Agreement.Reliability(1, 0, Agreement.Level.INTERVAL, null))),
        greeting);
  }

  static StructureInfo info(StructureId id, String name, Level level) {
    return new StructureInfo(EDITION, id, name, CATEGORY, level, PROVISIONAL);
  }

  static RawReport raw() {
    TreeMap<String, Long> ratings = new TreeMap<>(Map.of("1", 2L, "2", 3L, "3", 5L, "4", 20L, "5", 30L));
    TreeMap<String, Long> nps = new TreeMap<>(Map.of("3", 4L, "7", 6L, "9", 10L, "10", 20L));
    TreeMap<String, Long> choices = new TreeMap<>(Map.of("a", 25L, "b", 15L));
    List<QuestionDetail> questions =
        List.of(
            new QuestionDetail(
                COURTESY, "rating", Theme.COURTESY, true, 60, 4, ratings, 60, 79.58, 83.33, 75.0,
                null, null, TextAnswers.empty()),
            new QuestionDetail(
                RECOMMEND, "nps", Theme.OVERALL, true, 40, 24, nps, 40, 78.25, null, null, 40.0,
                null, TextAnswers.empty()),
            new QuestionDetail(
                REASON, "single_choice", Theme.EFFICIENCY, true, 40, 24, choices, 40, 62.5, 62.5,
                25.0, null, null, TextAnswers.empty()),
            new QuestionDetail(
                COMMENT, "text", null, false, 7, 57, new TreeMap<>(), 0, null, null, null, null,
                null, new TextAnswers(7, HOSTILE.stream().sorted().toList())),
            new QuestionDetail(
                VISITS, "number", null, false, 30, 34, new TreeMap<>(), 0, null, null, null, null,
                new QuantitySummary(30, 0, 2.0, 12, 2.5), TextAnswers.empty()));
    List<CriterionDetail> criteria =
        List.of(
            new CriterionDetail(
                GREETING, Channel.IN_PERSON, "check", Theme.COURTESY, 1, true, 2, 3, 0, 0, 1, 3,
                null),
            new CriterionDetail(
                WAIT, Channel.PHONE, "measure", Theme.WAITING_TIME, 2, true, 0, 0, 4, 1, 0, 2,
                new QuantitySummary(4, 20, 45.0, 150, 61.25)));
    return new RawReport(
        info(A, JAVASCRIPT, Level.ORGANISATION),
        new SourceCounts(
            70,
            64,
            6,
            Map.of(RejectReason.INVALID_ANSWER, 4L, RejectReason.OUTSIDE_COLLECTION, 2L)),
        new SourceCounts(7, 6, 1, Map.of(RejectReason.MISSING_OBSERVATION, 1L)),
        questions,
        criteria);
  }

  /** Composite 82.5 (8,25 → 8,3 on the scale of ten), previous edition 2016 at 78.0. */
  static AnalysisReport analysis() {
    SourceAnalysis survey =
        new SourceAnalysis(
            Source.SURVEY,
            0.5,
            Comparison.of(78.0, 80, 74.0),
            true,
            List.of(
                new ThemeAnalysis(Theme.COURTESY, 1, Comparison.of(79.58, 80, 75.0), 71.2, 3),
                new ThemeAnalysis(Theme.EFFICIENCY, 1, Comparison.of(62.5, 80, null), null, 2)),
            Map.of(
                Channel.IN_PERSON, new ChannelAnalysis(81.0, 52L, false),
                Channel.PHONE, ChannelAnalysis.withheld()));
    SourceAnalysis audit =
        new SourceAnalysis(
            Source.AUDIT,
            0.5,
            Comparison.of(87.0, 80, 82.0),
            true,
            List.of(
                new ThemeAnalysis(Theme.COURTESY, 1, Comparison.of(40.0, 80, 50.0), 55.0, 3),
                new ThemeAnalysis(Theme.WAITING_TIME, 1, Comparison.of(64.0, 80, null), null, 1)),
            Map.of(
                Channel.IN_PERSON, new ChannelAnalysis(40.0, 3L, false),
                Channel.PHONE, new ChannelAnalysis(64.0, 3L, false)));
    return new AnalysisReport(
        info(A, JAVASCRIPT, Level.ORGANISATION),
        80,
        new EditionId("2016"),
        Comparison.of(82.5, 80, 78.0),
        false,
        true,
        null,
        new Indicator(83.33, 60, new Interval(72.0, 90.6)),
        new Indicator(75.0, 60, null),
        new Indicator(40.0, 40, new Interval(14.2, 65.8)),
        new SatisfactionChange(83.33, 60, 70.0, 50, 13.33, 1.62, false),
        List.of(survey, audit),
        List.of(
            new ThemeScore(Theme.COURTESY, 59.79),
            new ThemeScore(Theme.EFFICIENCY, 62.5),
            new ThemeScore(Theme.WAITING_TIME, 64.0)),
        List.of(new ThemeScore(Theme.WAITING_TIME, 64.0)),
        List.of(new ThemeScore(Theme.COURTESY, 59.79)),
        List.of(
            new ItemAnalysis(COURTESY.value(), Source.SURVEY, Theme.COURTESY, 79.58, 60, new Interval(74.1, 85.0)),
            new ItemAnalysis(REASON.value(), Source.SURVEY, Theme.EFFICIENCY, 62.5, 40, new Interval(47.0, 75.9)),
            new ItemAnalysis(GREETING.value(), Source.AUDIT, Theme.COURTESY, 40.0, 5, new Interval(11.8, 76.9)),
            new ItemAnalysis(WAIT.value(), Source.AUDIT, Theme.WAITING_TIME, 64.0, 5, null)));
  }

  static OrganisationReport organisation() {
    return new OrganisationReport(
        info(A, JAVASCRIPT, Level.ORGANISATION),
        List.of(
            new CriterionConformity(GREETING, Channel.IN_PERSON, Theme.COURTESY, 1, 40, 60, 5, 3, true),
            new CriterionConformity(WAIT, Channel.PHONE, Theme.WAITING_TIME, 2, 64, 36, 5, 2, false)),
        List.of(
            new ThemeImportance(Theme.ACCESSIBILITY, null, 4, null, null),
            new ThemeImportance(Theme.COURTESY, 0.62, 55, 79.58, Quadrant.STRENGTH),
            new ThemeImportance(Theme.EFFICIENCY, 0.48, 38, 62.5, Quadrant.PRIORITY),
            new ThemeImportance(Theme.INFORMATION, 0.21, 30, 85.0, Quadrant.SURPLUS)),
        0.4367,
        78.0,
        List.of(
            new Action(Action.Kind.THEME, Theme.EFFICIENCY.id(), 18.0, 62.5),
            new Action(Action.Kind.CRITERION, GREETING.value(), 60.0, 40.0)));
  }

  static Overview overview() {
    return new Overview(
        EDITION,
        PROVISIONAL,
        new LocalizedText(Map.of("fr", "Baromètre 2017 " + SCRIPT, "en", "Barometer 2017")),
        new SourceCounts(2000, 1900, 100, Map.of(RejectReason.MALFORMED, 100L)),
        new SourceCounts(150, 150, 0, Map.of()),
        List.of(
            new CategorySummary(CATEGORY, 3, 2, null),
            new CategorySummary(new Category(StructureType.HOSPITAL, SizeBand.XL), 4, 3, 71.25)),
        List.of(
            new Trophy.CategoryTrophy(new Category(StructureType.HOSPITAL, SizeBand.XL), B, 88.0),
            new Trophy.Consultation(A, 5.333, 64)),
        List.of(new NotAwarded(CATEGORY, "too_few_eligible", 2)),
        List.of(new Trophy.Consultation(A, 5.333, 64), new Trophy.Consultation(B, 2.0, 30)),
        List.of(
            new StructureEntry(A, JAVASCRIPT, CATEGORY, Level.ORGANISATION),
            new StructureEntry(B, SCRIPT, CATEGORY, Level.ANALYSIS),
            new StructureEntry(C, OVERRIDE, CATEGORY, Level.RAW)));
  }
}
