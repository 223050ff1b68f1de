package io.github.indiko.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.StrategyRef;
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
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
  private static final LocalizedText LABEL = LocalizedText.of("fr", "Question");

  private static Question question(String id, double weight) {
    return new Question(
        new QuestionId(id), new QuestionType.Nps(), LABEL, null, null, weight, false, null);
  }

  @Test
  void validate_questionnaire_mapsThePathToAPointer() {
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            1,
            "fr",
            LABEL,
            List.of(
                new Section("visit", null, List.of(question("a", 1))),
                new Section(
                    "end", null, List.of(question("b", 1), question("c", 1), question("d", 0)))));

    assertThat(RecordValidator.validate(questionnaire))
        .containsExactly(new Violation("/sections/1/questions/2/weight", "must be greater than 0"));
  }

  @Test
  void validate_criterion_dropsTheFlattenedTypeFromThePath() {
    Criterion criterion =
        new Criterion(
            new CriterionId("phone_rings"),
            Channel.PHONE,
            new CriterionType.Check(),
            LABEL,
            null,
            1001,
            "x".repeat(1001));
    Grid grid = new Grid("audit", 1, "fr", LABEL, List.of(criterion));

    assertThat(RecordValidator.validate(grid))
        .containsExactly(
            new Violation("/criteria/0/weight", "must be less than or equal to 1000"),
            new Violation("/criteria/0/when", "length must be between 0 and 1000"));
  }

  @Test
  void validate_textLengths_countCodePoints() {
    String emoji = "\uD83C\uDFDB";
    Question when =
        new Question(
            new QuestionId("a"),
            new QuestionType.Nps(),
            LABEL,
            null,
            null,
            1,
            false,
            emoji.repeat(1000));
    Structure name =
        new Structure(
            new StructureId("mairie"), emoji.repeat(2000), StructureType.COMMUNE, null, null, null);

    assertThat(RecordValidator.validate(when)).isEmpty();
    assertThat(RecordValidator.validate(name)).isEmpty();
    assertThat(
            RecordValidator.validate(
                new Structure(name.id(), emoji.repeat(2001), name.type(), null, null, null)))
        .containsExactly(new Violation("/name", "length must be between 1 and 2000"));
  }

  @Test
  void validate_trophies_namesTheMembersOfFormatV1() {
    assertThat(RecordValidator.validate(new TrophySettings(0, -1)))
        .containsExactly(
            new Violation("/consultation/minimumResponses", "must be greater than or equal to 0"),
            new Violation("/minimumEligible", "must be greater than or equal to 1"));
  }

  private static ScoringSettings scoring(StrategyRef survey, MinimumAudits minimumAudits) {
    ScoringSettings d = ScoringSettings.defaults();
    return new ScoringSettings(
        survey,
        d.audit(),
        d.ranking(),
        d.themes(),
        d.sources(),
        d.minimumResponses(),
        minimumAudits,
        d.confidence(),
        d.disclosureThreshold(),
        d.target(),
        d.oneResponsePerRespondent());
  }

  @Test
  void validate_countsAndStrategyNames_areTheMembersThemselves() {
    assertThat(RecordValidator.validate(scoring(StrategyRef.of(" "), new MinimumAudits.Total(-1))))
        .containsExactly(
            new Violation("/minimumAudits", "must be an integer from 0 to 2147483647: -1"),
            new Violation("/survey", "a strategy name must not be blank"));
    MinimumAudits perChannel = new MinimumAudits.PerChannel(Map.of(Channel.PHONE, -3));
    assertThat(RecordValidator.validate(scoring(StrategyRef.of("mean"), perChannel)))
        .containsExactly(
            new Violation("/minimumAudits/phone", "must be an integer from 0 to 2147483647: -3"));
  }

  @Test
  void validate_violationBuiltByAValidatorInACascade_dropsTheFlattenedType() {
    QuestionType.MultiChoice choice =
        new QuestionType.MultiChoice(
            List.of(new Option("a", LABEL, null, null), new Option("b", LABEL, 10.0, null)),
            null,
            3);
    Question reasons =
        new Question(new QuestionId("reasons"), choice, LABEL, null, null, 1, false, null);
    Questionnaire questionnaire =
        new Questionnaire(
            "accueil",
            1,
            "fr",
            LABEL,
            List.of(new Section("visit", null, List.of(question("a", 1), reasons))));

    assertThat(RecordValidator.validate(questionnaire))
        .containsExactly(
            new Violation(
                "/sections/0/questions/1/maxSelected", "must be an integer from 1 to 2: 3"),
            new Violation(
                "/sections/0/questions/1/options/1/score",
                "an option of a multi_choice has no score"));
  }

  @Test
  void validateComponent_beforeTheRecordIsMade_pointsAtTheComponent() {
    DateRange reversed = new DateRange(LocalDate.of(2017, 9, 2), LocalDate.of(2017, 9, 1));

    assertThat(RecordValidator.validateComponent(Edition.class, "collection", reversed))
        .containsExactly(new Violation("/collection", "from 2017-09-02 is after to 2017-09-01"));
    assertThat(RecordValidator.validateComponent(Edition.class, "registration", reversed))
        .containsExactly(
            new Violation("/registration", "opens 2017-09-02 is after closes 2017-09-01"));
  }

  @Test
  void validate_inFrench() {
    assertThat(RecordValidator.validate(new TrophySettings(1, -1), Locale.FRENCH))
        .containsExactly(
            new Violation("/consultation/minimumResponses", "doit être supérieur ou égal à 0"));
  }

  @Test
  void validate_validRecord_hasNoViolation() {
    assertThat(RecordValidator.validate(question("a", 1000))).isEmpty();
  }

  @Test
  void validate_worksWithoutExpressionLanguage() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);

    assertThat(RecordValidator.validate(question("a", 0)))
        .extracting(Violation::message)
        .containsExactly("must be greater than 0");
  }
}
