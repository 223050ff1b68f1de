package io.github.indiko.reports;

import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.QuestionDetail;
import java.util.List;
import java.util.Objects;

/**
 * Raw results (scoring.md §8.1, level {@code raw}): the structure's counts, and per question and
 * per criterion what was answered or observed, free-text answers included.
 *
 * @param structure who it is about
 * @param responses its responses: accepted, and rejected by reason among the lines that named it
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
    SourceCounts audits,
    List<QuestionDetail> questions,
    List<CriterionDetail> criteria) {
  /**
   * Checks that nothing is null, copies the lists, and keeps only the distribution of the
   * questions without a theme.
   */
  public RawReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    questions = questions.stream().map(RawReport::distributionOnly).toList();
    criteria = List.copyOf(criteria);
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
