package io.github.indiko.core;

import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The definitions errors of an edition that names several versions of its questionnaire
 * (analysis.md §A4): each version it names has its document, of that id and version, and no other
 * is given; where two versions define the same question id, the members that score it are the same;
 * the segments are the same in every version; and the versions ask at most {@value
 * Questionnaire#MAX_QUESTIONS} distinct questions. Each version is compared with the newest: a
 * question with the newest version that asks it, the segments with the newest version's.
 */
final class VersionChecks {
  private final Edition edition;
  private final List<DefinitionProblem> problems = new ArrayList<>();

  private VersionChecks(Edition edition) {
    this.edition = edition;
  }

  /**
   * @param questionnaires the versions given with the edition
   * @return the problems, none when the edition names one version and one is given
   */
  static List<DefinitionProblem> check(Edition edition, List<Questionnaire> questionnaires) {
    VersionChecks checks = new VersionChecks(edition);
    if (edition.versioned() || questionnaires.size() > 1) {
      checks.references(questionnaires);
    }
    if (checks.problems.isEmpty() && questionnaires.size() > 1) {
      checks.pooled(questionnaires);
    }
    return List.copyOf(checks.problems);
  }

  private void references(List<Questionnaire> questionnaires) {
    List<DefinitionRef> named = edition.questionnaires();
    List<DefinitionRef> given = questionnaires.stream().map(Questionnaire::ref).toList();
    for (int i = 0; i < named.size(); i++) {
      if (!given.contains(named.get(i))) {
        problems.add(
            new DefinitionProblem(
                EditionFolder.EDITION,
                "/questionnaires/" + i,
                "names questionnaire " + named.get(i) + ", but no document holds it"));
      }
    }
    for (DefinitionRef ref : given) {
      if (!named.contains(ref)) {
        problems.add(
            new DefinitionProblem(
                EditionFolder.questionnaireFile(edition, ref),
                "",
                "holds questionnaire " + ref + ", which the edition does not name"));
      }
    }
  }

  private void pooled(List<Questionnaire> questionnaires) {
    List<Questionnaire> newestFirst = new ArrayList<>(questionnaires);
    newestFirst.sort(Comparator.comparingInt(Questionnaire::version).reversed());
    Questionnaire newest = newestFirst.get(0);
    Map<QuestionId, Asked> first = new HashMap<>();
    for (Questionnaire version : newestFirst) {
      if (!version.segments().equals(newest.segments())) {
        problems.add(
            new DefinitionProblem(
                file(version),
                "/segments",
                "the segments of versions "
                    + version.version()
                    + " and "
                    + newest.version()
                    + " differ: every version of an edition declares the same (analysis.md §A4)"));
      }
      List<Section> sections = version.sections();
      for (int s = 0; s < sections.size(); s++) {
        List<Question> questions = sections.get(s).questions();
        for (int q = 0; q < questions.size(); q++) {
          Question question = questions.get(q);
          Asked newer = first.putIfAbsent(question.id(), new Asked(version.version(), question));
          String member = newer == null ? null : difference(newer.question(), question);
          if (member != null) {
            problems.add(
                new DefinitionProblem(
                    file(version),
                    "/sections/" + s + "/questions/" + q + "/" + member,
                    "question "
                        + question.id()
                        + " differs in "
                        + member
                        + " between versions "
                        + version.version()
                        + " and "
                        + newer.version()
                        + ": a question id is one item across versions, scored alike"
                        + " (analysis.md §A4)"));
          }
        }
      }
    }
    if (first.size() > Questionnaire.MAX_QUESTIONS) {
      problems.add(
          new DefinitionProblem(
              EditionFolder.EDITION,
              "/questionnaires",
              "the versions ask "
                  + first.size()
                  + " distinct questions together, more than "
                  + Questionnaire.MAX_QUESTIONS));
    }
  }

  /** A question as the newest version asking it defines it. */
  private record Asked(int version, Question question) {}

  private String file(Questionnaire version) {
    return EditionFolder.questionnaireFile(edition, version.ref());
  }

  /**
   * @return the first member, in analysis.md §A4's order, whose value differs between the two
   *     definitions of a question, or null when they score it alike
   */
  static @Nullable String difference(Question one, Question other) {
    QuestionType a = one.type();
    QuestionType b = other.type();
    if (!a.id().equals(b.id())) {
      return "type";
    }
    if (a instanceof QuestionType.Rating ra && b instanceof QuestionType.Rating rb) {
      if (!ra.scale().equals(rb.scale())) {
        return "scale";
      }
      if (ra.topBox() != rb.topBox()) {
        return "topBox";
      }
    }
    if (a instanceof QuestionType.YesNo ya
        && b instanceof QuestionType.YesNo yb
        && ya.favourable() != yb.favourable()) {
      return "favourable";
    }
    if (!scoredOptions(a).equals(scoredOptions(b))) {
      return "options";
    }
    if (a instanceof QuestionType.Number na
        && b instanceof QuestionType.Number nb
        && !Objects.equals(na.target(), nb.target())) {
      return "target";
    }
    if (!Objects.equals(one.theme(), other.theme())) {
      return "theme";
    }
    return Double.compare(one.weight(), other.weight()) != 0 ? "weight" : null;
  }

  /** The options of a choice, in order, without their labels; empty for another type. */
  private static List<List<@Nullable Object>> scoredOptions(QuestionType type) {
    List<Option> options =
        type instanceof QuestionType.SingleChoice single
            ? single.options()
            : type instanceof QuestionType.MultiChoice multi ? multi.options() : List.of();
    List<List<@Nullable Object>> scored = new ArrayList<>();
    for (Option option : options) {
      List<@Nullable Object> members = new ArrayList<>();
      members.add(option.value());
      members.add(option.score());
      members.add(option.favourable());
      scored.add(members);
    }
    return scored;
  }
}
