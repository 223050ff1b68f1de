package io.github.indiko.reports;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.Trophy;
import java.util.List;
import java.util.Objects;

/**
 * The public overview ({@code index.html}): what scoring.md §6 makes public, the trophies and the
 * aggregates of at least three structures, and the list of enrolled structures whose reports exist.
 *
 * @param edition the edition
 * @param asOf the day the results are scored as of, and whether they are provisional
 * @param name its localized name
 * @param responses the edition's counts of {@code responses.jsonl}
 * @param audits the edition's counts of {@code audits.jsonl}
 * @param categories every category of an enrolled structure, sorted
 * @param trophies the winners
 * @param notAwarded the categories whose trophy is not awarded
 * @param consultation the top ten of the citizen consultation
 * @param structures the enrolled structures, sorted by id
 */
public record Overview(
    EditionId edition,
    AsOf asOf,
    LocalizedText name,
    SourceCounts responses,
    SourceCounts audits,
    List<CategorySummary> categories,
    List<Trophy> trophies,
    List<NotAwarded> notAwarded,
    List<Trophy.Consultation> consultation,
    List<StructureEntry> structures) {
  /** Checks that nothing is null, and copies the lists. */
  public Overview {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(audits, "audits");
    categories = List.copyOf(categories);
    trophies = List.copyOf(trophies);
    notAwarded = List.copyOf(notAwarded);
    consultation = List.copyOf(consultation);
    structures = List.copyOf(structures);
  }
}
