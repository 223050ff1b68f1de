package io.github.indiko.samples;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.scoring.ResultsJson;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.scoring.Tally;
import io.github.indiko.testkit.property.RandomSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The previous edition of a {@link SyntheticEdition}: its definitions ({@link
 * SyntheticDefinitions#previous}), its lines drawn and scored in memory, its results written to
 * {@value SyntheticEdition#PREVIOUS}.
 */
final class SyntheticPrevious {
  private SyntheticPrevious() {}

  /**
   * Scores the previous edition in memory and writes its results.
   *
   * @param options the current edition's options: its seed and counts
   * @param dir the edition folder
   * @param current the current edition's definitions
   * @param population the current edition's structures, their quality and skew
   */
  static void write(
      SyntheticEdition options,
      Path dir,
      EditionDefinitions current,
      SyntheticPopulation population)
      throws IOException {
    long seed = options.seed();
    EditionDefinitions definitions = SyntheticDefinitions.previous(current);
    SyntheticPopulation earlier =
        population.earlier(definitions, SyntheticEdition.source(seed * 31 + 13));
    // As of the day after its collection: the same bytes whatever the day they are generated.
    ScoringEngine engine =
        ScoringEngine.builder()
            .builtIns()
            .threads(1)
            .asOf(definitions.edition().collection().to().plusDays(1))
            .build();
    Tally tally = engine.tally(definitions);
    RandomSource source = SyntheticEdition.source(seed * 31 + 17);
    long count = Math.min(options.responses() / 2, 200L * options.structures());
    for (long i = 1; i <= count; i++) {
      tally.add(earlier.response(source, SyntheticLines.id("r-", i)));
    }
    count = Math.min(options.audits(), 20L * options.structures());
    for (long i = 1; i <= count; i++) {
      tally.add(earlier.audit(source, SyntheticLines.id("a-", i)));
    }
    Path file = dir.resolve(SyntheticEdition.PREVIOUS);
    Files.createDirectories(Objects.requireNonNull(file.getParent()));
    try (OutputStream out = Files.newOutputStream(file)) {
      ResultsJson.write(engine.results(tally), out);
    }
  }
}
