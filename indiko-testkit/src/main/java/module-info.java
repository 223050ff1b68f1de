/**
 * Indiko's testkit: seeded generators that shrink, and the laws every item strategy and ranking
 * policy obeys, as JUnit 5 dynamic tests that a third party points at its own implementation; and
 * a scenario DSL that answers a questionnaire or observes a grid and asks what is shown, what the
 * validator says and the item scores.
 */
module io.github.indiko.testkit {
  requires transitive io.github.indiko.scoring;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;
  requires static quicktheories;

  exports io.github.indiko.testkit;
  exports io.github.indiko.testkit.quicktheories;
  exports io.github.indiko.testkit.scenario;
}
