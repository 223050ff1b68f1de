package io.github.indiko.reports;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.Results;
import io.github.indiko.scoring.StructureResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Makes the public overview: counts, category aggregates, trophies and the enrolled structures. */
final class OverviewBuilder {
  /** The fewest structures a public aggregate holds (scoring.md §6: this one and two others). */
  static final int MINIMUM_AGGREGATE = 3;

  private OverviewBuilder() {}

  /**
   * @param enrolled the enrolled structures, sorted by id
   * @param results every structure's result, by id
   */
  static Overview overview(
      EditionDefinitions definitions,
      Results edition,
      List<StructureInfo> enrolled,
      Map<StructureId, StructureResult> results) {
    Map<Category, List<StructureResult>> byCategory = new TreeMap<>();
    for (StructureInfo structure : enrolled) {
      byCategory
          .computeIfAbsent(structure.category(), c -> new ArrayList<>())
          .add(results.get(structure.id()));
    }
    List<CategorySummary> categories = new ArrayList<>();
    byCategory.forEach(
        (category, members) -> {
          int eligible = 0;
          double sum = 0;
          for (StructureResult member : members) {
            Double composite = member.composite();
            if (member.eligible() && composite != null) {
              eligible++;
              sum += composite;
            }
          }
          categories.add(
              new CategorySummary(
                  category,
                  members.size(),
                  eligible,
                  eligible >= MINIMUM_AGGREGATE ? sum / eligible : null));
        });
    return new Overview(
        edition.edition(),
        edition.asOf(),
        definitions.edition().name(),
        edition.responses(),
        edition.audits(),
        categories,
        edition.trophies(),
        edition.notAwarded(),
        edition.consultation(),
        enrolled.stream()
            .map(s -> new StructureEntry(s.id(), s.name(), s.category(), s.level()))
            .toList());
  }
}
