package io.github.indiko.samples;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.condition.QuestionnaireConditions;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.questionnaire.Section;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The versions of a {@link SyntheticEdition}'s questionnaire (analysis.md §A4), as when a
 * questionnaire changes during the collection: each newer version is made from the one before by
 * one {@link Change}, a question added (the first about the new online appointment service) and
 * another one's label reworded, what scores it left as it was. Responses answer the version in use
 * on their day: the collection is cut into as many equal spans as there are versions, the oldest
 * first.
 */
final class SyntheticVersions {
  /**
   * What each newer version changes, in order: the second version makes the first change, the
   * third the next…
   */
  private static final List<Change> CHANGES =
      List.of(
          new Change(
              "online",
              question(
                  "online_appointment",
                  new QuestionType.Rating(new Scale(1, 5), Map.of(), 2),
                  "e_procedures",
                  "used_online == true",
                  "Le nouveau service de prise de rendez-vous en ligne vous a-t-il été utile ?",
                  "Was the new online appointment service useful?"),
              "courtesy_staff",
              text("L'accueil a-t-il été aimable ?", "Was the welcome friendly?")),
          new Change(
              "online",
              question(
                  "online_tracking",
                  new QuestionType.YesNo(true),
                  "e_procedures",
                  "used_online == true",
                  "Avez-vous pu suivre votre demande en ligne ?",
                  "Could you follow your request online?"),
              "overall",
              text(
                  "Dans l'ensemble, êtes-vous satisfait de votre démarche ?",
                  "All in all, are you satisfied with your visit?")),
          new Change(
              "contact",
              question(
                  "callback_offered",
                  new QuestionType.YesNo(true),
                  "waiting_time",
                  "contact_mode == 'phone'",
                  "Vous a-t-on proposé d'être rappelé ?",
                  "Were you offered a call back?"),
              "info_clear",
              text(
                  "Les explications reçues étaient-elles claires ?",
                  "Were the explanations clear?")),
          new Change(
              "service",
              question(
                  "documents_listed",
                  new QuestionType.YesNo(true),
                  "information",
                  null,
                  "La liste des pièces à fournir était-elle claire ?",
                  "Was the list of documents to bring clear?"),
              "staff_competent",
              text("L'agent maîtrisait-il votre dossier ?", "Did the agent know your case?")),
          new Change(
              "contact",
              question(
                  "premises_accessible",
                  new QuestionType.YesNo(true),
                  "accessibility",
                  "contact_mode == 'in_person'",
                  "Les locaux étaient-ils accessibles à tous ?",
                  "Were the premises accessible to everyone?"),
              "well_directed",
              text(
                  "Vous a-t-on orienté vers le bon service ?",
                  "Were you sent to the right service?")));

  private final Edition edition;
  private final List<Version> versions = new ArrayList<>();

  /**
   * @param edition the edition whose collection the versions share
   * @param questionnaires its questionnaire's versions, oldest first
   */
  SyntheticVersions(Edition edition, List<Questionnaire> questionnaires) {
    this.edition = edition;
    for (Questionnaire questionnaire : questionnaires) {
      versions.add(new Version(questionnaire, QuestionnaireConditions.compile(questionnaire)));
    }
  }

  /**
   * @param base the oldest version
   * @param count how many versions, 1 to one more than the changes (the first, then one per
   *     change): {@value SyntheticEdition#MAX_VERSIONS}
   * @return {@code base} and the {@code count - 1} newer versions, oldest first, numbered on
   */
  static List<Questionnaire> of(Questionnaire base, int count) {
    if (count < 1 || count > 1 + CHANGES.size()) {
      throw new IllegalArgumentException(
          "a synthetic edition names 1 to "
              + (1 + CHANGES.size())
              + " versions of its questionnaire: "
              + count);
    }
    List<Questionnaire> list = new ArrayList<>(List.of(base));
    for (Change change : CHANGES.subList(0, count - 1)) {
      list.add(change.apply(list.get(list.size() - 1)));
    }
    return List.copyOf(list);
  }

  /**
   * @param at when a response was submitted, within the collection
   * @return the version in use that day, in the edition's time zone: of {@code n} versions, the
   *     k-th (from 0) from the day {@code k × days / n} of the collection on
   */
  Version at(OffsetDateTime at) {
    DateRange collection = edition.collection();
    LocalDate day = at.atZoneSameInstant(edition.timeZone()).toLocalDate();
    long days = ChronoUnit.DAYS.between(collection.from(), collection.to()) + 1;
    long index = ChronoUnit.DAYS.between(collection.from(), day) * versions.size() / days;
    return versions.get((int) Math.max(0, Math.min(versions.size() - 1, index)));
  }

  private static Question question(
      String id,
      QuestionType type,
      String theme,
      @Nullable String when,
      String fr,
      String en) {
    return new Question(
        new QuestionId(id), type, text(fr, en), null, new Theme(theme), 1, false, when);
  }

  private static LocalizedText text(String fr, String en) {
    return new LocalizedText(Map.of("fr", fr, "en", en));
  }

  /**
   * A version of the questionnaire, with its conditions compiled.
   *
   * @param questionnaire the version
   * @param conditions its questions' conditions
   */
  record Version(Questionnaire questionnaire, QuestionnaireConditions conditions) {}

  /**
   * What a newer version changes.
   *
   * @param section the section that the question is added at the end of
   * @param added the added question
   * @param reworded the question whose label changes
   * @param label its new label
   */
  private record Change(String section, Question added, String reworded, LocalizedText label) {
    Questionnaire apply(Questionnaire older) {
      List<Section> sections = new ArrayList<>();
      for (Section section : older.sections()) {
        List<Question> questions = new ArrayList<>();
        for (Question q : section.questions()) {
          questions.add(
              q.id().value().equals(reworded)
                  ? new Question(
                      q.id(), q.type(), label, q.help(), q.theme(), q.weight(), q.required(),
                      q.when())
                  : q);
        }
        if (section.id().equals(this.section)) {
          questions.add(added);
        }
        sections.add(new Section(section.id(), section.title(), questions));
      }
      return new Questionnaire(
          older.id(),
          older.version() + 1,
          older.defaultLocale(),
          older.title(),
          sections,
          older.segments());
    }
  }
}
