package io.github.indiko.scoring;

import io.github.indiko.core.structure.StructureId;
import java.util.Map;

/** Computes the details of each enrolled structure from a tally: scoring.md §8.1 and §8.3. */
final class DetailsAssembler {
  private DetailsAssembler() {}

  static Map<StructureId, StructureDetail> details(Tally tally) {
    throw new UnsupportedOperationException("being written: issue 4");
  }
}
