package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.EDITION;
import static io.github.indiko.core.format.Docs.GRID;
import static io.github.indiko.core.format.Docs.QUESTIONNAIRE;
import static io.github.indiko.core.format.Docs.STRUCTURES;
import static io.github.indiko.core.format.Docs.assertRefused;
import static io.github.indiko.core.format.Docs.assertRefusedStartingWith;
import static io.github.indiko.core.format.Docs.stream;
import static io.github.indiko.core.format.Docs.with;
import static io.github.indiko.core.format.Docs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionState;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.SizeBand;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatV1Test {
  private static InputStream example(String kind) {
    return FormatV1Test.class.getResourceAsStream("examples/" + kind + ".json");
  }

  private static Edition edition(String json) {
    return FormatV1.readEdition(stream(json), "edition.json");
  }

  static Questionnaire questionnaire(String json) {
    return FormatV1.readQuestionnaire(stream(json), "questionnaire.json");
  }

  static Grid grid(String json) {
    return FormatV1.readGrid(stream(json), "grid.json");
  }

  static List<Structure> structures(String json) {
    return FormatV1.readStructures(stream(json), "structures.json");
  }

  private static DefinitionProblem inEdition(String pointer, String message) {
    return new DefinitionProblem("edition.json", pointer, message);
  }

  private static DefinitionProblem inQuestionnaire(String pointer, String message) {
    return new DefinitionProblem("questionnaire.json", pointer, message);
  }

  // Examples of formats.md

  @Test
  void readEdition_formatsMdExample_holdsTheDefaults() {
    Edition edition = FormatV1.readEdition(example("edition"), "edition.json");

    assertThat(edition.id().value()).isEqualTo("2017");
    assertThat(edition.name().in("en")).hasValue("Indiko Citizen Experience barometer 2017");
    assertThat(edition.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(edition.registration().from()).isEqualTo(LocalDate.of(2017, 6, 20));
    assertThat(edition.collection().to()).isEqualTo(LocalDate.of(2017, 11, 30));
    assertThat(edition.questionnaire().id()).isEqualTo("accueil");
    assertThat(edition.questionnaire().version()).isEqualTo(3);
    assertThat(edition.grid().id()).isEqualTo("audit-accueil");
    assertThat(edition.scoring()).isEqualTo(ScoringSettings.defaults());
    assertThat(edition.trophies()).isEqualTo(TrophySettings.defaults());
    assertThat(edition.previous()).isNull();
    assertThat(edition.channels()).isEmpty();
  }

  @Test
  void readStructures_formatsMdExample() {
    List<Structure> structures = FormatV1.readStructures(example("structures"), "structures.json");

    assertThat(structures).hasSize(1);
    Structure lyon = structures.get(0);
    assertThat(lyon.id()).isEqualTo(new StructureId("mairie-lyon"));
    assertThat(lyon.population()).isEqualTo(522_250L);
    assertThat(lyon.band()).isEqualTo(SizeBand.XL);
    assertThat(lyon.territory().insee()).isEqualTo("69123");
    assertThat(lyon.channels())
        .containsExactly(
            Channel.IN_PERSON, Channel.PHONE, Channel.EMAIL, Channel.WEBSITE, Channel.SOCIAL);
  }

  @Test
  void readStructures_bytesJacksonTakesForUtf32OfNoByteOrder_refusedAsADefinitionProblem() {
    // Found by FormatV1FuzzTest: these bytes used to escape as an UncheckedIOException, as if the
    // stream had failed.
    assertRefused(
        () ->
            FormatV1.readStructures(
                new ByteArrayInputStream(new byte[] {0, 0, 4, 0}), "structures.json"),
        new DefinitionProblem(
            "structures.json",
            "",
            "the document is not JSON in UTF-8: a NUL byte at byte 0 (UTF-16 or UTF-32?)"));
  }

  @Test
  void readStructures_utf16_refused() {
    byte[] utf16 = "[]".getBytes(StandardCharsets.UTF_16LE);

    assertRefused(
        () -> FormatV1.readStructures(new ByteArrayInputStream(utf16), "structures.json"),
        new DefinitionProblem(
            "structures.json",
            "",
            "the document is not JSON in UTF-8: a NUL byte at byte 1 (UTF-16 or UTF-32?)"));
  }

  @Test
  void readStructures_invalidUtf8_refused() {
    byte[] latin1 = "[\"Quimper\u00e9\"]".getBytes(StandardCharsets.ISO_8859_1);

    assertRefused(
        () -> FormatV1.readStructures(new ByteArrayInputStream(latin1), "structures.json"),
        new DefinitionProblem("structures.json", "", "the document is not valid UTF-8"));
  }

  @Test
  void readEnrolments_formatsMdExample() {
    List<Enrolment> enrolments = FormatV1.readEnrolments(example("enrolments"), "enrolments.json");

    assertThat(enrolments)
        .containsExactly(
            new Enrolment(
                new StructureId("mairie-lyon"), LocalDate.of(2017, 6, 25), Level.ANALYSIS));
  }

  @Test
  void readQuestionnaire_formatsMdExample() {
    Questionnaire questionnaire =
        FormatV1.readQuestionnaire(example("questionnaire"), "questionnaire.json");

    List<Question> questions = questionnaire.questions();
    assertThat(questions)
        .extracting(question -> question.id().value())
        .containsExactly(
            "courtesy_staff",
            "wait_minutes",
            "used_online",
            "online_useful",
            "overall",
            "recommend",
            "comment");
    assertThat(questions.get(0).type())
        .isEqualTo(new QuestionType.Rating(new Scale(1, 5), Map.of(), 2));
    assertThat(questions.get(0).required()).isTrue();
    assertThat(questions.get(1).type())
        .isEqualTo(new QuestionType.Number(0.0, 600.0, true, "minute", new Target(10, 40)));
    assertThat(questions.get(2).type()).isEqualTo(new QuestionType.YesNo(true));
    assertThat(questions.get(2).theme()).isNull();
    assertThat(questions.get(3).when()).isEqualTo("used_online == true");
    assertThat(questions.get(3).type())
        .isEqualTo(new QuestionType.Rating(new Scale(1, 4), Map.of(), 2));
    assertThat(questions.get(5).type()).isEqualTo(new QuestionType.Nps());
    assertThat(questions.get(5).weight()).isEqualTo(1.0);
    assertThat(questions.get(6).type()).isEqualTo(new QuestionType.Text(2000));
  }

  @Test
  void readGrid_formatsMdExample() {
    Grid grid = FormatV1.readGrid(example("grid"), "grid.json");

    assertThat(grid.criteria()).hasSize(4);
    assertThat(grid.criteria().get(0).type())
        .isEqualTo(new CriterionType.Measure(0.0, 100.0, true, "ring", new Target(3, 8)));
    assertThat(grid.criteria().get(1).type()).isEqualTo(new CriterionType.Check());
    assertThat(grid.criteria().get(2).type())
        .isEqualTo(new CriterionType.Measure(0.0, 2000.0, false, "hour", new Target(48, 120)));
    assertThat(grid.criteria().get(3).when()).isEqualTo("email_delay != 'missed'");
    assertThat(grid.criteria().get(3).channel()).isEqualTo(Channel.EMAIL);
    assertThat(grid.criteria().get(3).theme()).isEqualTo(Theme.EFFICIENCY);
  }

  @Test
  void writeEdition_formatsMdExample_readsBackEqual() {
    Edition edition = FormatV1.readEdition(example("edition"), "edition.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeEdition(edition, out);

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).startsWith("{\n  \"format\": \"indiko.edition/1\",\n  \"id\": \"2017\",");
    assertThat(written).endsWith("}\n").doesNotContain("\r").doesNotContain("previous");
    assertThat(edition(written)).isEqualTo(edition);
  }

  @Test
  void writeQuestionnaire_leavesDefaultsOut() {
    Questionnaire questionnaire =
        FormatV1.readQuestionnaire(example("questionnaire"), "questionnaire.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeQuestionnaire(questionnaire, out);

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written)
        .doesNotContain("\"weight\"")
        .doesNotContain("\"topBox\"")
        .doesNotContain("\"favourable\"")
        .doesNotContain("\"maxLength\"")
        .contains("\"required\": true")
        .doesNotContain("\"required\": false");
  }

  @Test
  void writeGrid_keepsTheStreamOpen() {
    Grid grid = FormatV1.readGrid(example("grid"), "grid.json");
    boolean[] closed = {false};
    OutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    FormatV1.writeGrid(grid, out);

    assertThat(closed[0]).isFalse();
  }

  // The format member

  @Test
  void readEdition_formatNotFirst_isRefused() {
    String json = "{\"id\": \"2017\", \"format\": \"indiko.edition/1\"}";

    assertRefused(
        () -> edition(json),
        inEdition("", "the first member must be \"format\": \"indiko.edition/1\""));
  }

  @Test
  void readEdition_formatMissing_isRefused() {
    assertRefused(
        () -> edition(without(EDITION, "/format")),
        inEdition("", "the first member must be \"format\": \"indiko.edition/1\""));
  }

  @Test
  void readEdition_unknownMajorVersion_saysWhichVersion() {
    assertRefused(
        () -> edition(with(EDITION, "/format", "\"indiko.edition/2\"")),
        inEdition(
            "/format",
            "unsupported version \"2\" of indiko.edition: this reader knows version 1 only"));
  }

  @Test
  void readEdition_anotherKind_saysWhichFormat() {
    assertRefused(
        () -> edition(with(EDITION, "/format", "\"indiko.grid/1\"")),
        inEdition("/format", "expected format indiko.edition/1, found indiko.grid/1 (another kind)"));
  }

  @Test
  void readEdition_unknownFormat_saysWhichFormat() {
    assertRefused(
        () -> edition(with(EDITION, "/format", "\"barometer/1\"")),
        inEdition("/format", "unknown format \"barometer/1\": expected indiko.edition/1"));
  }

  @Test
  void readEdition_formatNotAString_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/format", "1")),
        inEdition("/format", "must be a string: \"indiko.edition/1\""));
  }

  @Test
  void readEdition_emptyDocument_isRefused() {
    assertRefused(
        () -> edition("  \n"),
        inEdition("", "the document is empty: expected a JSON object of format indiko.edition/1"));
  }

  @Test
  void readStructures_arrayDocument_isRefused() {
    assertRefused(
        () -> structures("[]"),
        new DefinitionProblem(
            "structures.json", "", "a definition document must be a JSON object"));
  }

  // JSON syntax

  @Test
  void readEdition_duplicateKey_isRefusedAtTheMember() {
    String json = EDITION.replace("\"id\": \"2017\"", "\"id\": \"2017\", \"id\": \"2018\"");

    assertRefusedStartingWith(() -> edition(json), "edition.json", "/id", "duplicate member \"id\"");
  }

  @Test
  void readEdition_duplicateKeyInNestedObject_isRefusedAtTheMember() {
    String json = EDITION.replace("\"en\": \"Barometer\"", "\"en\": \"Barometer\", \"fr\": \"B\"");

    assertRefusedStartingWith(
        () -> edition(json), "edition.json", "/name/fr", "duplicate member \"fr\"");
  }

  @Test
  void readEdition_trailingTokens_areRefused() {
    assertRefusedStartingWith(
        () -> edition(EDITION + " {}"), "edition.json", "", "content after the end of the document");
  }

  @Test
  void readEdition_trailingGarbage_isRefused() {
    assertRefusedStartingWith(() -> edition(EDITION + " x"), "edition.json", "", "invalid JSON: ");
  }

  @Test
  void readEdition_truncated_isRefused() {
    assertRefusedStartingWith(
        () -> edition(EDITION.substring(0, 40)), "edition.json", "/id", "invalid JSON: ");
  }

  @Test
  void readQuestionnaire_nestedDeeperThan64_isRefused() {
    String deep = "[".repeat(70) + "]".repeat(70);
    String json = QUESTIONNAIRE.replace("\"title\": {", "\"deep\": " + deep + ", \"title\": {");

    assertRefusedStartingWith(
        () -> questionnaire(json),
        "questionnaire.json",
        "",
        "too large: Document nesting depth (65) exceeds the maximum allowed (64)");
  }

  @Test
  void readEdition_nan_isRefused() {
    String json = EDITION.replace("\"version\": 3", "\"version\": NaN");

    assertRefusedStartingWith(
        () -> edition(json),
        "edition.json",
        "/questionnaire/version",
        "non-finite number NaN: numbers must be finite");
  }

  @Test
  void readEdition_infinity_isRefused() {
    String json = with(EDITION, "/scoring", "{}").replace("{}", "{\"target\": -Infinity}");

    assertThatThrownBy(() -> edition(json))
        .isInstanceOfSatisfying(
            DefinitionException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(DefinitionProblem::pointer)
                    .isEqualTo("/scoring/target"));
  }

  @Test
  void readEdition_numberBeyondLimit_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"minimumResponses\": 1.5e15}")),
        inEdition("/scoring/minimumResponses", "is beyond ±1e15"));
  }

  @Test
  void readStructures_hugeInteger_isRefused() {
    assertRefused(
        () -> structures(with(STRUCTURES, "/structures/0/population", "123456789012345678901234")),
        new DefinitionProblem("structures.json", "/structures/0/population", "is beyond ±1e15"));
  }

  @Test
  void readEdition_limitItself_isANumber() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"target\": 1e15}")),
        inEdition("/scoring/target", "must be less than or equal to 100"));
  }

  // Types of values

  @Test
  void readEdition_integerWithZeroFraction_isAnInteger() {
    Edition edition = edition(with(EDITION, "/questionnaire/version", "3.0"));

    assertThat(edition.questionnaire().version()).isEqualTo(3);
  }

  @Test
  void readEdition_integerWithFraction_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/questionnaire/version", "3.5")),
        inEdition("/questionnaire/version", "must be an integer: 3.5"));
  }

  @Test
  void readEdition_booleanForANumber_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/questionnaire/version", "true")),
        inEdition("/questionnaire/version", "must be a number"));
  }

  @Test
  void readEdition_numericStringForANumber_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/questionnaire/version", "\"3\"")),
        inEdition("/questionnaire/version", "must be a number"));
  }

  @Test
  void readEdition_versionZero_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/grid/version", "0")),
        inEdition("/grid/version", "must be an integer from 1 to 2147483647: 0"));
  }

  @Test
  void readEdition_numberForABoolean_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"oneResponsePerRespondent\": 1}")),
        inEdition("/scoring/oneResponsePerRespondent", "must be true or false"));
  }

  // Identifiers

  @Test
  void readEdition_upperCaseIdentifier_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/id", "\"Edition-2017\"")),
        inEdition("/id", "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"Edition-2017\""));
  }

  @Test
  void readEdition_identifierStartingWithAPunctuation_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/grid/id", "\"-grid\"")),
        inEdition("/grid/id", "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"-grid\""));
  }

  @Test
  void readEdition_identifierOf64Characters_isAccepted() {
    String id = "a".repeat(64);

    assertThat(edition(with(EDITION, "/id", "\"" + id + "\"")).id().value()).isEqualTo(id);
  }

  @Test
  void readEdition_identifierOf65Characters_isRefused() {
    String id = "a".repeat(65);

    assertRefused(
        () -> edition(with(EDITION, "/id", "\"" + id + "\"")),
        inEdition(
            "/id",
            "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"" + "a".repeat(60) + "…\""));
  }

  // Members

  @Test
  void readEdition_unknownMember_isRefusedAtIt() {
    assertRefused(
        () -> edition(with(EDITION, "/registraton", "{}")),
        inEdition("/registraton", "unknown member \"registraton\""));
  }

  @Test
  void readEdition_unknownMemberOfScoring_isRefusedAtIt() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"tagret\": 70}")),
        inEdition("/scoring/tagret", "unknown member \"tagret\""));
  }

  @Test
  void readQuestionnaire_memberOfAnotherType_isUnknown() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/scale", "{}")),
        inQuestionnaire("/sections/1/questions/0/scale", "unknown member \"scale\""));
  }

  @Test
  void readEdition_missingMember_isRefusedAtTheObject() {
    assertRefused(
        () -> edition(without(EDITION, "/timeZone")),
        inEdition("", "missing member \"timeZone\""));
  }

  @Test
  void readEdition_nullForARequiredMember_isMissing() {
    assertRefused(
        () -> edition(with(EDITION, "/collection/to", "null")),
        inEdition("/collection", "missing member \"to\""));
  }

  @Test
  void readEdition_nullForAnOptionalMember_isAbsent() {
    Edition edition =
        edition(
            with(
                with(with(EDITION, "/previous", "null"), "/scoring", "null"),
                "/channels",
                "null"));

    assertThat(edition.previous()).isNull();
    assertThat(edition.scoring()).isEqualTo(ScoringSettings.defaults());
    assertThat(edition.channels()).isEmpty();
  }

  @Test
  void readEdition_state_isReadAndWrittenBack() {
    Edition edition = edition(with(EDITION, "/state", "\"scoring\""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeEdition(edition, out);

    assertThat(edition.state()).isEqualTo(EditionState.SCORING);
    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).contains("\n  \"state\": \"scoring\"\n}");
    assertThat(edition(written)).isEqualTo(edition);
  }

  @Test
  void readEdition_stateNullOrAbsent_followsTheDates() {
    Edition absent = edition(EDITION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    FormatV1.writeEdition(absent, out);

    assertThat(absent.state()).isNull();
    assertThat(edition(with(EDITION, "/state", "null")).state()).isNull();
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("state");
  }

  @Test
  void readEdition_unknownState_isRefusedAtIt() {
    assertRefused(
        () -> edition(with(EDITION, "/state", "\"Scoring\"")),
        inEdition(
            "/state",
            "unknown state \"Scoring\": expected draft, registration, collection, scoring,"
                + " published or awarded"));
    assertRefusedStartingWith(
        () -> edition(with(EDITION, "/state", "3")), "edition.json", "/state", "must be a string");
  }

  @Test
  void readQuestionnaire_nullWeightAndTheme_areAbsent() {
    Questionnaire questionnaire =
        questionnaire(
            with(
                with(QUESTIONNAIRE, "/sections/0/questions/0/theme", "null"),
                "/sections/0/questions/0/weight",
                "null"));

    Question question = questionnaire.questions().get(0);
    assertThat(question.theme()).isNull();
    assertThat(question.weight()).isEqualTo(1.0);
  }

  @Test
  void readEdition_independentProblems_areAllReported() {
    String json =
        with(
            with(with(EDITION, "/id", "\"X\""), "/timeZone", "\"Mars/Olympus\""),
            "/colour",
            "\"blue\"");

    assertRefused(
        () -> edition(json),
        inEdition("/id", "must be an identifier ([a-z0-9][a-z0-9._-]{0,63}): \"X\""),
        inEdition("/timeZone", "must be a time zone such as Europe/Paris: \"Mars/Olympus\""),
        inEdition("/colour", "unknown member \"colour\""));
  }

  // Localized texts

  @Test
  void readEdition_textOf2001CodePoints_isRefused() {
    String text = "é".repeat(2001);

    assertRefused(
        () -> edition(with(EDITION, "/name/en", "\"" + text + "\"")),
        inEdition("/name/en", "has 2001 characters, more than 2000"));
  }

  @Test
  void readEdition_textOf2000CodePointsOutsideTheBmp_isAccepted() {
    String text = "😀".repeat(2000);

    assertThat(edition(with(EDITION, "/name/en", "\"" + text + "\"")).name().in("en"))
        .hasValue(text);
  }

  @Test
  void readEdition_nameWithoutTheDefaultLocale_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/name", "{\"en\": \"Barometer\"}")),
        inEdition("/name", "has no text in the default locale \"fr\""));
  }

  @Test
  void readQuestionnaire_labelWithoutTheDefaultLocale_isRefused() {
    assertRefused(
        () ->
            questionnaire(
                with(QUESTIONNAIRE, "/sections/0/questions/1/options/1/label", "{\"en\": \"B\"}")),
        inQuestionnaire(
            "/sections/0/questions/1/options/1/label", "has no text in the default locale \"fr\""));
  }

  @Test
  void readQuestionnaire_emptyLocalizedText_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/title", "{}")),
        inQuestionnaire("/title", "a localized text needs at least one language"));
  }

  @Test
  void readQuestionnaire_malformedLanguageTag_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/title", "{\"fr\": \"Avis\", \"fr_FR\": \"Avis\"}")),
        inQuestionnaire("/title/fr_FR", "\"fr_FR\" is not a BCP 47 language tag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "fr-1", "en-a-b", "i-klingon"})
  void readQuestionnaire_illFormedLanguageTag_isRefused(String tag) {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/title/" + tag, "\"Avis\"")),
        inQuestionnaire("/title/" + tag, "\"" + tag + "\" is not a BCP 47 language tag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-Hant-TW", "es-419", "de-CH-1901", "x-private"})
  void readQuestionnaire_wellFormedLanguageTag_isRead(String tag) {
    assertThat(questionnaire(with(QUESTIONNAIRE, "/title/" + tag, "\"Avis\"")).title().has(tag))
        .isTrue();
  }

  @Test
  void readQuestionnaire_malformedDefaultLocale_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/defaultLocale", "\"français\"")),
        inQuestionnaire("/defaultLocale", "\"français\" is not a BCP 47 language tag"));
  }

  // Dates and time zones

  @Test
  void readEdition_impossibleDate_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/registration/opens", "\"2017-02-30\"")),
        inEdition(
            "/registration/opens",
            "must be an ISO-8601 local date such as 2017-07-13: \"2017-02-30\""));
  }

  @Test
  void readEdition_frenchDate_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/collection/from", "\"01/09/2017\"")),
        inEdition(
            "/collection/from",
            "must be an ISO-8601 local date such as 2017-07-13: \"01/09/2017\""));
  }

  @Test
  void readEdition_rangeEndingBeforeItStarts_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/registration/closes", "\"2017-06-01\"")),
        inEdition("/registration", "opens 2017-06-20 is after closes 2017-06-01"));
  }

  @Test
  void readEdition_unknownTimeZone_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/timeZone", "\"Europe/Lutece\"")),
        inEdition("/timeZone", "must be a time zone such as Europe/Paris: \"Europe/Lutece\""));
  }

  @Test
  void readEdition_offsetTimeZone_isAccepted() {
    assertThat(edition(with(EDITION, "/timeZone", "\"+01:00\"")).timeZone())
        .isEqualTo(ZoneId.of("+01:00"));
  }

  // Scoring and trophies

  @Test
  void readEdition_emptyScoring_takesEveryDefault() {
    assertThat(edition(with(EDITION, "/scoring", "{}")).scoring())
        .isEqualTo(ScoringSettings.defaults());
  }

  @Test
  void readEdition_partialScoring_takesTheOtherDefaults() {
    ScoringSettings scoring =
        edition(with(EDITION, "/scoring", "{\"target\": 70, \"oneResponsePerRespondent\": true}"))
            .scoring();

    ScoringSettings defaults = ScoringSettings.defaults();
    assertThat(scoring.target()).isEqualTo(70.0);
    assertThat(scoring.oneResponsePerRespondent()).isTrue();
    assertThat(scoring.themes()).isEqualTo(defaults.themes());
    assertThat(scoring.sources()).isEqualTo(defaults.sources());
    assertThat(scoring.minimumAudits()).isEqualTo(defaults.minimumAudits());
    assertThat(scoring.confidence()).isEqualTo(0.95);
  }

  @Test
  void readEdition_themes_replaceTheDefaultWhole() {
    ScoringSettings scoring =
        edition(with(EDITION, "/scoring", "{\"themes\": {\"courtesy\": 2, \"parking\": 0.5}}"))
            .scoring();

    assertThat(scoring.themes())
        .containsExactly(Map.entry(Theme.COURTESY, 2.0), Map.entry(new Theme("parking"), 0.5));
  }

  @Test
  void readEdition_themeWeightZero_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"themes\": {\"courtesy\": 0}}")),
        inEdition("/scoring/themes/courtesy", "a theme weight must be > 0 and <= 1000: 0"));
  }

  @Test
  void readEdition_themeWeightAbove1000_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"themes\": {\"courtesy\": 1000.5}}")),
        inEdition("/scoring/themes/courtesy", "a theme weight must be > 0 and <= 1000: 1000.5"));
  }

  @Test
  void readEdition_overallTheme_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"themes\": {\"overall\": 1}}")),
        inEdition(
            "/scoring/themes/overall",
            "theme overall may not be weighted: it is not one of the composite's"));
  }

  @Test
  void readEdition_sourceWeights_onlyOneNamed() {
    ScoringSettings scoring =
        edition(with(EDITION, "/scoring", "{\"sources\": {\"audit\": 1000}}")).scoring();

    assertThat(scoring.weight(Source.AUDIT)).isEqualTo(1000.0);
    assertThat(scoring.weight(Source.SURVEY)).isZero();
  }

  @Test
  void readEdition_negativeSourceWeight_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"sources\": {\"survey\": -1, \"audit\": 1}}")),
        inEdition("/scoring/sources/survey", "a source weight must be >= 0 and <= 1000: -1"));
  }

  @Test
  void readEdition_noPositiveSourceWeight_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"sources\": {\"survey\": 0, \"audit\": 0}}")),
        inEdition("/scoring/sources", "at least one source weight must be > 0"));
  }

  @Test
  void readEdition_unknownSource_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"sources\": {\"survey\": 1, \"phone\": 1}}")),
        inEdition("/scoring/sources/phone", "unknown source \"phone\": expected survey or audit"));
  }

  @Test
  void readEdition_strategyWithParameters_isRead() {
    ScoringSettings scoring =
        edition(
                with(
                    EDITION,
                    "/scoring",
                    "{\"survey\": {\"strategy\": \"share-at-least\", \"threshold\": 80,"
                        + " \"label\": \"top\", \"strict\": true}}"))
            .scoring();

    assertThat(scoring.survey())
        .isEqualTo(
            new StrategyRef(
                "share-at-least", Map.of("threshold", 80.0, "label", "top", "strict", true)));
    assertThat(scoring.audit()).isEqualTo(StrategyRef.of("mean"));
  }

  @Test
  void readEdition_strategyParameterArray_isRefused() {
    assertRefused(
        () ->
            edition(
                with(
                    EDITION,
                    "/scoring",
                    "{\"ranking\": {\"strategy\": \"composite\", \"levels\": [1, 2]}}")),
        inEdition(
            "/scoring/ranking/levels",
            "a strategy parameter must be a string, a number or a boolean"));
  }

  @Test
  void readEdition_strategyObjectWithoutName_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"audit\": {\"threshold\": 80}}")),
        inEdition("/scoring/audit", "missing member \"strategy\""));
  }

  @Test
  void readEdition_strategyOfAnotherType_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"audit\": 3}")),
        inEdition(
            "/scoring/audit",
            "must be a strategy name or an object {\"strategy\": name, …parameters}"));
  }

  @Test
  void readEdition_minimumAuditsPerChannel_isRead() {
    Edition edition =
        edition(
            with(
                with(EDITION, "/channels", "[\"kiosk\"]"),
                "/scoring",
                "{\"minimumAudits\": {\"phone\": 2, \"kiosk\": 1}}"));

    assertThat(edition.scoring().minimumAudits())
        .isEqualTo(
            new MinimumAudits.PerChannel(Map.of(Channel.PHONE, 2, new Channel("kiosk"), 1)));
  }

  @Test
  void readEdition_minimumAuditsOfAnUnknownChannel_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"minimumAudits\": {\"kiosk\": 1}}")),
        inEdition(
            "/scoring/minimumAudits/kiosk",
            "unknown channel kiosk: neither in domain.md nor declared in channels"));
  }

  @Test
  void readEdition_negativeMinimumAudits_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"minimumAudits\": -1}")),
        inEdition("/scoring/minimumAudits", "must be an integer from 0 to 2147483647: -1"));
  }

  @Test
  void readEdition_disclosureThresholdBelow5_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"disclosureThreshold\": 4}")),
        inEdition("/scoring/disclosureThreshold", "must be greater than or equal to 5"));
  }

  @Test
  void readEdition_confidenceOfOne_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/scoring", "{\"confidence\": 1}")),
        inEdition("/scoring/confidence", "must be less than 1"));
  }

  @Test
  void readEdition_trophies_takeTheirDefaults() {
    Edition edition =
        edition(with(EDITION, "/trophies", "{\"consultation\": {\"minimumResponses\": 50}}"));

    assertThat(edition.trophies()).isEqualTo(new TrophySettings(3, 50));
  }

  @Test
  void readEdition_negativeConsultationMinimum_isRefusedAtItsPointer() {
    assertRefused(
        () ->
            edition(with(EDITION, "/trophies", "{\"consultation\": {\"minimumResponses\": -1}}")),
        inEdition("/trophies/consultation/minimumResponses", "must be greater than or equal to 0"));
  }

  @Test
  void readEdition_channelDeclaredTwice_isRefused() {
    assertRefused(
        () -> edition(with(EDITION, "/channels", "[\"kiosk\", \"kiosk\"]")),
        inEdition("/channels/1", "channel kiosk is listed twice"));
  }

  // Structures and enrolments

  @Test
  void readStructures_repeatedId_isRefusedAtTheSecond() {
    assertRefused(
        () -> structures(with(STRUCTURES, "/structures/1/id", "\"mairie-lyon\"")),
        new DefinitionProblem(
            "structures.json",
            "/structures/1/id",
            "structure id mairie-lyon is repeated (first at /structures/0)"));
  }

  @Test
  void readStructures_unknownType_isRefused() {
    assertRefusedStartingWith(
        () -> structures(with(STRUCTURES, "/structures/0/type", "\"castle\"")),
        "structures.json",
        "/structures/0/type",
        "unknown structure type \"castle\": expected one of commune, intercommunality,");
  }

  @Test
  void readStructures_negativePopulation_isRefusedByTheConstraint() {
    assertRefused(
        () -> structures(with(STRUCTURES, "/structures/0/population", "-1")),
        new DefinitionProblem(
            "structures.json", "/structures/0/population", "must be greater than or equal to 0"));
  }

  @Test
  void readStructures_emptyName_isRefusedByTheConstraint() {
    assertRefused(
        () -> structures(with(STRUCTURES, "/structures/1/name", "\"\"")),
        new DefinitionProblem(
            "structures.json", "/structures/1/name", "length must be between 1 and 2000"));
  }

  @Test
  void readStructures_unknownTerritoryKey_isRefused() {
    assertRefused(
        () ->
            structures(
                with(STRUCTURES, "/structures/0/territory", "{\"region\": \"84\", \"zip\": \"69001\"}")),
        new DefinitionProblem(
            "structures.json", "/structures/0/territory/zip", "unknown member \"zip\""));
  }

  @Test
  void readStructures_withoutChannels_offersEveryChannel() {
    Structure lyon = structures(STRUCTURES).get(0);

    assertThat(lyon.channels()).isNull();
    assertThat(lyon.offers(Channel.SOCIAL)).isTrue();
  }

  @Test
  void readEnrolments_unknownLevel_isRefused() {
    assertRefused(
        () ->
            FormatV1.readEnrolments(
                stream(with(Docs.ENROLMENTS, "/enrolments/0/level", "\"gold\"")),
                "enrolments.json"),
        new DefinitionProblem(
            "enrolments.json",
            "/enrolments/0/level",
            "unknown level \"gold\": expected raw, analysis or organisation"));
  }

  // Questionnaires

  @Test
  void readQuestionnaire_questionWeightZero_isRefusedByTheConstraint() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/0/questions/1/weight", "0")),
        inQuestionnaire("/sections/0/questions/1/weight", "must be greater than 0"));
  }

  @Test
  void readQuestionnaire_questionWeightAbove1000_isRefusedByTheConstraint() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/weight", "1000.5")),
        inQuestionnaire("/sections/1/questions/0/weight", "must be less than or equal to 1000"));
  }

  @Test
  void readQuestionnaire_questionWeight1000_isAccepted() {
    assertThat(
            questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/weight", "1000"))
                .questions()
                .get(2)
                .weight())
        .isEqualTo(1000.0);
  }

  @Test
  void readQuestionnaire_repeatedQuestionId_isRefusedAtTheSecond() {
    assertRefused(
        () ->
            questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/id", "\"courtesy_staff\"")),
        inQuestionnaire(
            "/sections/1/questions/0/id",
            "question id courtesy_staff is repeated (first at /sections/0/questions/0)"));
  }

  @Test
  void readQuestionnaire_repeatedSectionId_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/1/id", "\"visit\"")),
        inQuestionnaire("/sections/1/id", "section id visit is repeated (first at /sections/0)"));
  }

  @Test
  void readQuestionnaire_unknownType_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/type", "\"essay\"")),
        inQuestionnaire(
            "/sections/1/questions/0/type",
            "unknown question type \"essay\": expected rating, nps, yes_no, single_choice,"
                + " multi_choice, number, text or date"));
  }

  @Test
  void readQuestionnaire_scaleOf20Points_isRefusedByTheRecord() {
    assertRefused(
        () ->
            questionnaire(
                with(QUESTIONNAIRE, "/sections/0/questions/0/scale", "{\"min\": 1, \"max\": 20}")),
        inQuestionnaire(
            "/sections/0/questions/0/scale", "a scale has 2 to 11 points: 1..20 has 20"));
  }

  @Test
  void readQuestionnaire_topBoxOfTheWholeScale_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/0/questions/0/topBox", "5")),
        inQuestionnaire("/sections/0/questions/0/topBox", "must be an integer from 1 to 4: 5"));
  }

  @Test
  void readQuestionnaire_topBoxDefault_dependsOnTheScale() {
    Questionnaire questionnaire =
        questionnaire(
            with(QUESTIONNAIRE, "/sections/0/questions/0/scale", "{\"min\": 1, \"max\": 3}"));

    assertThat(((QuestionType.Rating) questionnaire.questions().get(0).type()).topBox())
        .isEqualTo(1);
  }

  @Test
  void readQuestionnaire_labelOutsideTheScale_isRefused() {
    assertRefused(
        () ->
            questionnaire(
                with(
                    QUESTIONNAIRE,
                    "/sections/0/questions/0/labels",
                    "{\"1\": {\"fr\": \"Non\"}, \"6\": {\"fr\": \"Oui\"}}")),
        inQuestionnaire(
            "/sections/0/questions/0/labels/6",
            "a label's key must be a point of the scale 1..5: \"6\""));
  }

  @Test
  void readQuestionnaire_multiChoiceOptionWithScore_isRefused() {
    assertRefused(
        () ->
            questionnaire(
                with(QUESTIONNAIRE, "/sections/0/questions/1/options/0/score", "100")),
        inQuestionnaire(
            "/sections/0/questions/1/options/0/score", "an option of a multi_choice has no score"));
  }

  @Test
  void readQuestionnaire_repeatedOptionValue_isRefused() {
    assertRefused(
        () ->
            questionnaire(with(QUESTIONNAIRE, "/sections/0/questions/1/options/1/value", "\"a\"")),
        inQuestionnaire(
            "/sections/0/questions/1/options/1/value",
            "option value \"a\" is repeated (first at /sections/0/questions/1/options/0)"));
  }

  @Test
  void readQuestionnaire_oneOption_isRefused() {
    assertRefused(
        () ->
            questionnaire(
                with(
                    QUESTIONNAIRE,
                    "/sections/0/questions/1/options",
                    "[{\"value\": \"a\", \"label\": {\"fr\": \"A\"}}]")),
        inQuestionnaire("/sections/0/questions/1/options", "a choice has 2 to 50 options: 1"));
  }

  @Test
  void readQuestionnaire_maxSelectedBelowMinSelected_isRefusedByTheRecord() {
    String json =
        with(
            with(QUESTIONNAIRE, "/sections/0/questions/1/minSelected", "2"),
            "/sections/0/questions/1/maxSelected",
            "1");

    assertRefused(
        () -> questionnaire(json),
        inQuestionnaire("/sections/0/questions/1", "minSelected is above maxSelected"));
  }

  @Test
  void readQuestionnaire_textLongerThan10000_isRefused() {
    assertRefused(
        () -> questionnaire(with(QUESTIONNAIRE, "/sections/1/questions/0/maxLength", "10001")),
        inQuestionnaire(
            "/sections/1/questions/0/maxLength", "must be an integer from 1 to 10000: 10001"));
  }

  @Test
  void readQuestionnaire_conditionLongerThan1000_isRefusedByTheConstraint() {
    String when = "a".repeat(1001);

    assertRefused(
        () ->
            questionnaire(
                with(QUESTIONNAIRE, "/sections/1/questions/0/when", "\"" + when + "\"")),
        inQuestionnaire("/sections/1/questions/0/when", "length must be between 0 and 1000"));
  }

  @Test
  void readQuestionnaire_conditionIsKeptAsWritten() {
    Questionnaire questionnaire =
        questionnaire(
            with(QUESTIONNAIRE, "/sections/1/questions/0/when", "\"courtesy_staff <= 2\""));

    assertThat(questionnaire.questions().get(2).when()).isEqualTo("courtesy_staff <= 2");
  }

  @Test
  void readQuestionnaire_everyQuestionType_isRead() {
    String questions =
        """
        [{"id": "q1", "type": "nps", "label": {"fr": "a"}},
         {"id": "q2", "type": "yes_no", "favourable": false, "label": {"fr": "b"}},
         {"id": "q3", "type": "single_choice", "label": {"fr": "c"}, "options": [
           {"value": "yes", "label": {"fr": "Oui"}, "score": 100, "favourable": true},
           {"value": "no", "label": {"fr": "Non"}, "score": 0}]},
         {"id": "q4", "type": "number", "min": -5.5, "label": {"fr": "d"}},
         {"id": "q5", "type": "date", "min": "2017-01-01", "max": "2017-12-31", "label": {"fr": "e"}},
         {"id": "q6", "type": "text", "maxLength": 300, "label": {"fr": "f"},
          "help": {"fr": "aide", "en": "help"}}]
        """;

    List<Question> read =
        questionnaire(with(QUESTIONNAIRE, "/sections/1/questions", questions)).sections().get(1)
            .questions();

    assertThat(read)
        .extracting(Question::type)
        .containsExactly(
            new QuestionType.Nps(),
            new QuestionType.YesNo(false),
            new QuestionType.SingleChoice(
                List.of(
                    new io.github.indiko.core.questionnaire.Option(
                        "yes", LocalizedText.of("fr", "Oui"), 100.0, true),
                    new io.github.indiko.core.questionnaire.Option(
                        "no", LocalizedText.of("fr", "Non"), 0.0, null))),
            new QuestionType.Number(-5.5, null, false, null, null),
            new QuestionType.Date(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)),
            new QuestionType.Text(300));
    assertThat(read.get(5).help().in("en")).hasValue("help");
  }

  // Grids

  @Test
  void readGrid_repeatedCriterionId_isRefused() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/1/id", "\"phone_rings\"")),
        new DefinitionProblem(
            "grid.json",
            "/criteria/1/id",
            "criterion id phone_rings is repeated (first at /criteria/0)"));
  }

  @Test
  void readGrid_measureMemberOnACheck_isUnknown() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/1/unit", "\"minute\"")),
        new DefinitionProblem("grid.json", "/criteria/1/unit", "unknown member \"unit\""));
  }

  @Test
  void readGrid_unknownCriterionType_isRefused() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/1/type", "\"survey\"")),
        new DefinitionProblem(
            "grid.json",
            "/criteria/1/type",
            "unknown criterion type \"survey\": expected check or measure"));
  }

  @Test
  void readGrid_targetWithEqualValues_isRefusedByTheRecord() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/0/target", "{\"good\": 3, \"bad\": 3}")),
        new DefinitionProblem(
            "grid.json", "/criteria/0/target", "target good and bad must differ: both are 3.0"));
  }

  @Test
  void readGrid_minAboveMax_isRefusedByTheRecord() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/0/min", "101")),
        new DefinitionProblem("grid.json", "/criteria/0", "min 101 is above max 100"));
  }

  @Test
  void readGrid_negativeWeight_isRefusedByTheConstraint() {
    assertRefused(
        () -> grid(with(GRID, "/criteria/1/weight", "-2")),
        new DefinitionProblem("grid.json", "/criteria/1/weight", "must be greater than 0"));
  }

  // Streams

  @Test
  void readGrid_failingStream_throwsUncheckedIOException() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };

    assertThatThrownBy(() -> FormatV1.readGrid(failing, "grid.json"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("grid.json")
        .hasMessageContaining("disk on fire");
  }

  @Test
  void readGrid_leavesTheStreamOpen() {
    boolean[] closed = {false};
    InputStream in =
        new FilterInputStream(stream(GRID)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    FormatV1.readGrid(in, "grid.json");

    assertThat(closed[0]).isFalse();
  }
}
