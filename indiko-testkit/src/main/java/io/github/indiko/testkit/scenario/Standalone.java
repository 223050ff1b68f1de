package io.github.indiko.testkit.scenario;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The smallest edition around a lone questionnaire or grid: one structure {@code scenario},
 * enrolled and offering every channel, collected from 2000 to 2099 in UTC, with default settings
 * and an empty grid or questionnaire beside the given one.
 */
final class Standalone {
  private static final String ID = "scenario";
  private static final DateRange REGISTRATION =
      new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1));
  private static final DateRange COLLECTION =
      new DateRange(LocalDate.of(2000, 1, 2), LocalDate.of(2099, 12, 31));

  private Standalone() {}

  static EditionDefinitions of(Questionnaire questionnaire) {
    String locale = questionnaire.defaultLocale();
    return of(questionnaire, new Grid(ID, 1, locale, text(locale), List.of()), locale);
  }

  static EditionDefinitions of(Grid grid) {
    String locale = grid.defaultLocale();
    return of(new Questionnaire(ID, 1, locale, text(locale), List.of()), grid, locale);
  }

  private static EditionDefinitions of(Questionnaire questionnaire, Grid grid, String locale) {
    Edition edition =
        new Edition(
            new EditionId(ID),
            text(locale),
            locale,
            ZoneOffset.UTC,
            REGISTRATION,
            COLLECTION,
            questionnaire.ref(),
            grid.ref(),
            ScoringSettings.defaults(),
            TrophySettings.defaults(),
            null,
            List.of());
    StructureId structure = new StructureId(ID);
    return new EditionDefinitions(
        edition,
        List.of(new Structure(structure, ID, StructureType.OTHER, null, null, null)),
        List.of(new Enrolment(structure, REGISTRATION.from(), Level.RAW)),
        questionnaire,
        grid);
  }

  private static LocalizedText text(String locale) {
    return LocalizedText.of(locale, ID);
  }
}
