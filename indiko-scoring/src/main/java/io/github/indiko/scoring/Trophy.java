package io.github.indiko.scoring;

import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.StructureId;

/** A trophy awarded at the end of an edition (scoring.md §9). */
public sealed interface Trophy {
  /**
   * @return the winner
   */
  StructureId structure();

  /**
   * The category trophy: rank 1 of a category with enough eligible structures.
   *
   * @param category the category
   * @param structure the winner
   * @param composite the winner's composite
   */
  record CategoryTrophy(Category category, StructureId structure, double composite)
      implements Trophy {}

  /**
   * The citizen consultation trophy: the highest participation.
   *
   * @param structure the winner
   * @param participation accepted responses · 1 000 / population
   * @param responses accepted responses
   */
  record Consultation(StructureId structure, double participation, long responses)
      implements Trophy {}
}
