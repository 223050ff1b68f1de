package io.github.indiko.core.validation;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.ScoringSettings;
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
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small edition built by hand, modelled on the 2017 sample: questions of every type, a grid with
 * checks and measures on two channels, three structures (one not enrolled, one offering two
 * channels), collection 2017-09-01..2017-11-30 in Europe/Paris, and a declared channel {@code
 * kiosk}.
 */
final class Fixtures {
  /** A response every check accepts. */
  static final String RESPONSE =
      "{\"id\":\"r-1\",\"questionnaire\":\"accueil\",\"version\":3,\"structure\":\"mairie-a\","
          + "\"channel\":\"in_person\",\"submittedAt\":\"2017-09-14T10:32:00+02:00\","
          + "\"answers\":{\"courtesy_staff\":4}}";

  /** An audit record every check accepts. */
  static final String AUDIT =
      "{\"id\":\"a-1\",\"grid\":\"audit-accueil\",\"version\":1,\"structure\":\"mairie-a\","
          + "\"channel\":\"phone\",\"performedAt\":\"2017-09-12T10:05:00+02:00\","
          + "\"observations\":{\"phone_rings\":4,\"phone_greeting\":\"met\"}}";

  private Fixtures() {}

  static EditionDefinitions definitions(boolean oneResponsePerRespondent) {
    ScoringSettings d = ScoringSettings.defaults();
    ScoringSettings scoring =
        new ScoringSettings(
            d.survey(),
            d.audit(),
            d.ranking(),
            d.themes(),
            d.sources(),
            d.minimumResponses(),
            d.minimumAudits(),
            d.confidence(),
            d.disclosureThreshold(),
            d.target(),
            oneResponsePerRespondent);
    Edition edition =
        new Edition(
            new EditionId("2017"),
            text("Baromètre 2017"),
            "fr",
            ZoneId.of("Europe/Paris"),
            new DateRange(LocalDate.of(2017, 6, 20), LocalDate.of(2017, 7, 13)),
            new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 30)),
            new DefinitionRef("accueil", 3),
            new DefinitionRef("audit-accueil", 1),
            scoring,
            TrophySettings.defaults(),
            null,
            List.of(new Channel("kiosk")));
    List<Structure> structures =
        List.of(
            new Structure(
                new StructureId("mairie-a"), "Mairie A", StructureType.COMMUNE, 12000L, null, null),
            new Structure(
                new StructureId("mairie-b"),
                "Mairie B",
                StructureType.COMMUNE,
                null,
                null,
                List.of(Channel.IN_PERSON, Channel.PHONE)),
            new Structure(
                new StructureId("mairie-c"), "Mairie C", StructureType.COMMUNE, null, null, null));
    List<Enrolment> enrolments =
        List.of(
            new Enrolment(new StructureId("mairie-a"), LocalDate.of(2017, 6, 25), Level.RAW),
            new Enrolment(new StructureId("mairie-b"), LocalDate.of(2017, 6, 26), Level.ANALYSIS));
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            3,
            "fr",
            text("Accueil"),
            List.of(
                new Section(
                    "all",
                    null,
                    List.of(
                        question(
                            "contact_mode", choice("in_person", "phone", "email"), false, null),
                        question("courtesy_staff", rating(1, 5), true, null),
                        question("recommend", new QuestionType.Nps(), false, null),
                        question("used_online", new QuestionType.YesNo(true), false, null),
                        question("online_useful", rating(1, 4), true, "used_online == true"),
                        question(
                            "reasons",
                            new QuestionType.MultiChoice(options("a", "b", "c", "d"), 1, 3),
                            false,
                            null),
                        question(
                            "visits_year",
                            new QuestionType.Number(0.0, 365.0, true, "visit", null),
                            false,
                            null),
                        question(
                            "answer_days",
                            new QuestionType.Number(0.0, 60.0, false, "day", null),
                            false,
                            null),
                        question("comment", new QuestionType.Text(20), false, null),
                        question(
                            "visit_date",
                            new QuestionType.Date(
                                LocalDate.of(2017, 8, 15), LocalDate.of(2017, 11, 30)),
                            false,
                            null)))));
    Grid grid =
        new Grid(
            "audit-accueil",
            1,
            "fr",
            text("Grille"),
            List.of(
                criterion("desk_signage", Channel.IN_PERSON, new CriterionType.Check(), null),
                criterion(
                    "desk_wait",
                    Channel.IN_PERSON,
                    new CriterionType.Measure(0.0, 240.0, true, "minute", null),
                    null),
                criterion(
                    "desk_docs",
                    Channel.IN_PERSON,
                    new CriterionType.Check(),
                    "desk_signage == 'met'"),
                criterion(
                    "phone_rings",
                    Channel.PHONE,
                    new CriterionType.Measure(0.0, 100.0, true, "ring", null),
                    null),
                criterion("phone_greeting", Channel.PHONE, new CriterionType.Check(), null)));
    return new EditionDefinitions(edition, structures, enrolments, questionnaire, grid);
  }

  /**
   * The edition of {@link #definitions}, its questionnaire declaring the segment keys {@code age}
   * (values {@code 18-29}, {@code 30-49}, {@code 65+}) and {@code sex} ({@code f}, {@code m}).
   */
  static EditionDefinitions segmented(boolean oneResponsePerRespondent) {
    EditionDefinitions plain = definitions(oneResponsePerRespondent);
    Questionnaire q = plain.questionnaire();
    Questionnaire segmented =
        new Questionnaire(
            q.id(),
            q.version(),
            q.defaultLocale(),
            q.title(),
            q.sections(),
            List.of(segment("age", "18-29", "30-49", "65+"), segment("sex", "f", "m")));
    return new EditionDefinitions(
        plain.edition(), plain.structures(), plain.enrolments(), segmented, plain.grid());
  }

  /**
   * The edition of {@link #definitions} naming two versions of its questionnaire (analysis.md §A4):
   * version 3, the questionnaire of {@link #definitions}, and version 4, which drops {@code
   * visits_year}, rewords {@code courtesy_staff}, adds {@code signage} (a rating 1..5 required when
   * {@code contact_mode == 'in_person'}), no longer requires {@code online_useful}, and lets {@code
   * comment} run to 40 characters. The items are version 4's questions, then {@code visits_year}.
   */
  static EditionDefinitions versioned(boolean oneResponsePerRespondent) {
    EditionDefinitions plain = definitions(oneResponsePerRespondent);
    Questionnaire three = plain.questionnaire();
    List<Question> questions = new ArrayList<>();
    for (Question q : three.questions()) {
      switch (q.id().value()) {
        case "visits_year" -> {}
        case "courtesy_staff" -> {
          questions.add(
              new Question(
                  q.id(),
                  q.type(),
                  text("Accueil aimable ?"),
                  null,
                  q.theme(),
                  q.weight(),
                  true,
                  null));
          questions.add(question("signage", rating(1, 5), true, "contact_mode == 'in_person'"));
        }
        case "online_useful" ->
            questions.add(question("online_useful", rating(1, 4), false, q.when()));
        case "comment" ->
            questions.add(question("comment", new QuestionType.Text(40), false, null));
        default -> questions.add(q);
      }
    }
    Questionnaire four =
        new Questionnaire(
            three.id(), 4, "fr", three.title(), List.of(new Section("all", null, questions)));
    Edition edition = plain.edition().withQuestionnaires(List.of(three.ref(), four.ref()));
    return EditionDefinitions.ofVersions(
        edition, plain.structures(), plain.enrolments(), List.of(three, four), plain.grid(), null);
  }

  /** A segment key whose values are labelled by themselves. */
  static Segment segment(String key, String... values) {
    return new Segment(
        key,
        text(key),
        Arrays.stream(values).map(value -> new SegmentValue(value, text(value))).toList());
  }

  static DataValidator validator(boolean oneResponsePerRespondent) {
    return DataValidator.of(definitions(oneResponsePerRespondent));
  }

  static List<LineResult<Response>> responses(DataValidator validator, String... lines) {
    List<LineResult<Response>> results = new ArrayList<>();
    validator.validateResponses(stream(lines), DataValidator.RESPONSES, results::add);
    return results;
  }

  static List<LineResult<AuditRecord>> audits(DataValidator validator, String... lines) {
    List<LineResult<AuditRecord>> results = new ArrayList<>();
    validator.validateAudits(stream(lines), DataValidator.AUDITS, results::add);
    return results;
  }

  static ByteArrayInputStream stream(String... lines) {
    return new ByteArrayInputStream(
        (String.join("\n", Arrays.asList(lines)) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return the reject of a rejected result, or null when it was accepted
   */
  static @Nullable Reject reject(LineResult<?> result) {
    return result instanceof LineResult.Rejected<?> rejected ? rejected.reject() : null;
  }

  private static LocalizedText text(String fr) {
    return LocalizedText.of("fr", fr);
  }

  private static QuestionType rating(int min, int max) {
    Scale scale = new Scale(min, max);
    return new QuestionType.Rating(scale, Map.of(), QuestionType.Rating.defaultTopBox(scale));
  }

  private static QuestionType choice(String... values) {
    return new QuestionType.SingleChoice(options(values));
  }

  private static List<Option> options(String... values) {
    return Arrays.stream(values).map(v -> new Option(v, text(v), null, null)).toList();
  }

  private static Question question(
      String id, QuestionType type, boolean required, @Nullable String when) {
    return new Question(new QuestionId(id), type, text(id), null, null, 1, required, when);
  }

  private static Criterion criterion(
      String id, Channel channel, CriterionType type, @Nullable String when) {
    return new Criterion(new CriterionId(id), channel, type, text(id), null, 1, when);
  }
}
