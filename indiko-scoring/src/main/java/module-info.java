/**
 * Indiko's scoring: item strategies and ranking policies (SPI), mergeable accumulators, the
 * streaming engine, rankings, trophies, {@code results.json} and the explanation of a structure's
 * numbers. Nothing here renders: the reports are in {@code io.github.indiko.reports}.
 */
module io.github.indiko.scoring {
  requires transitive io.github.indiko.core;
  requires static transitive org.jspecify;
  requires hipparchus.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // The logging API, never a binding (the application chooses one): the start and end of each
  // scoring at INFO, its phases at DEBUG, what an operator must act on at WARN
  // (docs/logging.md). No SLF4J type is in an exported signature.
  requires org.slf4j;

  // The engine, its tally and the typed results of a scored edition, with results.json; the
  // explanation of one structure's numbers (Explanation, ExplanationJson), which a host shows
  // without running the command.
  exports io.github.indiko.scoring;
  // What a third party implements: item strategies and ranking policies, with their intervals.
  exports io.github.indiko.scoring.spi;

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
