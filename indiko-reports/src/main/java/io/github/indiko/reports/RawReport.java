package io.github.indiko.reports;

import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.QuestionDetail;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Raw results (scoring.md §8.1, level {@code raw}): the structure's counts, and per question and
 * per criterion what was answered or observed, free-text answers included. When the edition names
 * several versions of its questionnaire (analysis.md §A4), the accepted responses per version, and
 * per question the versions that ask it.
 *
 * @param structure who it is about
 * @param responses its responses: accepted, and rejected by reason among the lines that named it
 * @param versions the accepted responses per version of the questionnaire, in ascending order of
 *     version, when the edition names several; empty when it names one
 * @param audits its audit records, counted the same way
 * @param questions every question, in questionnaire order; a question without a theme (a filter
 *     or consent question such as "did you use an online service?") is reported as a distribution
 *     only: it is not {@code scored}, its n is 0 and it has no mean, satisfaction, net nor NPS
 *     (scoring.md §8.1), whatever the detail given says
 * @param criteria every criterion, in grid order
 */
public record RawReport(
    StructureInfo structure,
    SourceCounts responses,
    Map<Integer, Long> versions,
    SourceCounts audits,
    List<QuestionDetail> questions,
    List<CriterionDetail> criteria) {
  /**
   * Checks that nothing is null, copies the lists and the counts per version, these sorted, and
   * keeps only the distribution of the questions without a theme.
   */
  public RawReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    questions = questions.stream().map(RawReport::distributionOnly).toList();
    criteria = List.copyOf(criteria);
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(versions)));
  }

  /**
   * The raw results of an edition that names one version of its questionnaire.
   *
   * @param structure who it is about
   * @param responses its responses
   * @param audits its audit records
   * @param questions every question, in questionnaire order
   * @param criteria every criterion, in grid order
   */
  public RawReport(
      StructureInfo structure,
      SourceCounts responses,
      SourceCounts audits,
      List<QuestionDetail> questions,
      List<CriterionDetail> criteria) {
    this(structure, responses, Map.of(), audits, questions, criteria);
  }

  private static QuestionDetail distributionOnly(QuestionDetail question) {
    if (question.theme() != null) {
      return question;
    }
    return new QuestionDetail(
        question.id(),
        question.type(),
        null,
        false,
        question.versions(),
        question.answered(),
        question.na(),
        question.distribution(),
        0,
        null,
        null,
        null,
        null,
        question.quantities(),
        question.texts());
  }
}
