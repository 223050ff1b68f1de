package io.github.indiko.scoring;

import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.validation.SourceCounts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every number of an edition ({@code results.json}, {@code trophies.json}). Immutable.
 *
 * @param edition the edition
 * @param asOf the day the results are scored as of, and whether they are provisional then
 * @param responses counts of {@code responses.jsonl}
 * @param audits counts of {@code audits.jsonl}
 * @param structures the enrolled structures and those that data named, sorted by id
 * @param trophies the winners: category trophies by category, then the consultation trophy
 * @param notAwarded the categories of enrolled structures whose trophy is not awarded, sorted
 * @param consultation the top ten of the citizen consultation, best first
 * @param agreement how far auditors agree (analysis.md §A5), or null when no double was accepted
 */
public record Results(
    EditionId edition,
    AsOf asOf,
    SourceCounts responses,
    SourceCounts audits,
    List<StructureResult> structures,
    List<Trophy> trophies,
    List<NotAwarded> notAwarded,
    List<Trophy.Consultation> consultation,
    @Nullable Agreement agreement) {

  /** Checks that nothing is null, and copies the lists. */
  public Results {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    structures = List.copyOf(structures);
    trophies = List.copyOf(trophies);
    notAwarded = List.copyOf(notAwarded);
    consultation = List.copyOf(consultation);
  }

  /**
   * Results of an edition without calibration audits.
   *
   * @param edition the edition
   * @param asOf the day the results are scored as of, and whether they are provisional then
   * @param responses counts of {@code responses.jsonl}
   * @param audits counts of {@code audits.jsonl}
   * @param structures the enrolled structures and those that data named, sorted by id
   * @param trophies the winners: category trophies by category, then the consultation trophy
   * @param notAwarded the categories of enrolled structures whose trophy is not awarded, sorted
   * @param consultation the top ten of the citizen consultation, best first
   */
  public Results(
      EditionId edition,
      AsOf asOf,
      SourceCounts responses,
      SourceCounts audits,
      List<StructureResult> structures,
      List<Trophy> trophies,
      List<NotAwarded> notAwarded,
      List<Trophy.Consultation> consultation) {
    this(edition, asOf, responses, audits, structures, trophies, notAwarded, consultation, null);
  }

  /**
   * @param id a structure id
   * @return its result, if listed
   */
  public Optional<StructureResult> structure(String id) {
    return structures.stream().filter(s -> s.id().value().equals(id)).findFirst();
  }
}
