/**
 * Indiko's scoring: item strategies and ranking policies (SPI), mergeable accumulators, the
 * streaming engine, rankings and trophies.
 */
module io.github.indiko.scoring {
  requires transitive io.github.indiko.core;
  requires static transitive org.jspecify;
  requires hipparchus.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.indiko.scoring;
  exports io.github.indiko.scoring.spi;
  exports io.github.indiko.scoring.report;

  uses io.github.indiko.scoring.spi.ItemStrategy;
  uses io.github.indiko.scoring.spi.RankingPolicy;

  provides io.github.indiko.scoring.spi.ItemStrategy with
      io.github.indiko.scoring.internal.BuiltInProviders.Mean,
      io.github.indiko.scoring.internal.BuiltInProviders.TopBox,
      io.github.indiko.scoring.internal.BuiltInProviders.ShareAtLeast;
  provides io.github.indiko.scoring.spi.RankingPolicy with
      io.github.indiko.scoring.internal.BuiltInProviders.Composite,
      io.github.indiko.scoring.internal.BuiltInProviders.LowerBound;
}
