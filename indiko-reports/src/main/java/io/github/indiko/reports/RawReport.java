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
 * @param questions every question, in questionnaire order
 * @param criteria every criterion, in grid order
 */
public record RawReport(
    StructureInfo structure,
    SourceCounts responses,
    SourceCounts audits,
    List<QuestionDetail> questions,
    List<CriterionDetail> criteria) {
  /** Checks that nothing is null, and copies the lists. */
  public RawReport {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    questions = List.copyOf(questions);
    criteria = List.copyOf(criteria);
  }
}
