/**
 * Indiko's testkit: a property engine of seeded generators that shrink, generators of every domain
 * type and of valid, invalid and hostile data, the laws every item strategy and ranking policy
 * obeys (as JUnit 5 dynamic tests that a third party points at its own implementation), and a
 * scenario DSL that answers a questionnaire or observes a grid and asks what is shown, what the
 * validator says and the item scores.
 *
 * <p>JUnit Jupiter's API and QuickTheories are static (optional) requirements: only the laws need
 * JUnit and only the QuickTheories adapter needs QuickTheories, and their users bring them. The
 * property engine and the generators need neither, so indiko-samples (and the {@code indiko}
 * command through it) carries no test framework.
 */
module io.github.indiko.testkit {
  requires transitive io.github.indiko.scoring;
  requires static org.junit.jupiter.api;
  requires static transitive org.jspecify;
  requires static quicktheories;

  // The property engine: Gen, RandomSource, Property and its settings and violations.
  exports io.github.indiko.testkit.property;
  // Generators of domain types, data lines (valid, invalid, hostile) and their helpers.
  exports io.github.indiko.testkit.gen;
  // StrategyLaws, RankingLaws and ItemStrategyContract; needs JUnit Jupiter's API at run time.
  exports io.github.indiko.testkit.laws;
  // Gen as QuickTheories' Gen; needs QuickTheories at run time.
  exports io.github.indiko.testkit.quicktheories;
  // Scenario and AuditScenario: a questionnaire answered, a grid observed, what it gives.
  exports io.github.indiko.testkit.scenario;
}
