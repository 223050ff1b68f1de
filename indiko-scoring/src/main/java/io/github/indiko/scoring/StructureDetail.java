package io.github.indiko.scoring;

import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.SourceCounts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What scoring keeps of one enrolled structure beyond {@code results.json}: the raw results of
 * scoring.md §8.1 and the importance of §8.3. Immutable.
 *
 * @param structure the structure
 * @param responses its lines of {@code responses.jsonl}: accepted, and rejected by reason among the
 *     rejected lines that named it (a line rejected before its structure was read is counted in the
 *     edition's totals only)
 * @param audits the same for {@code audits.jsonl}
 * @param questions every question, in questionnaire order
 * @param criteria every criterion, in grid order
 * @param importance per theme of {@code scoring.themes}, sorted
 */
public record StructureDetail(
    StructureId structure,
    SourceCounts responses,
    SourceCounts audits,
    List<QuestionDetail> questions,
    List<CriterionDetail> criteria,
    Map<Theme, Importance> importance) {

  /** Checks that nothing is null, and copies. */
  public StructureDetail {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    questions = List.copyOf(questions);
    criteria = List.copyOf(criteria);
    importance = Collections.unmodifiableMap(new TreeMap<>(importance));
  }
}
