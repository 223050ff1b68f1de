/**
 * The laws every item strategy and ranking policy obeys, for third parties to point at their own
 * implementations: {@link io.github.indiko.testkit.laws.StrategyLaws} and {@link
 * io.github.indiko.testkit.laws.RankingLaws} return JUnit 5 dynamic tests, and {@link
 * io.github.indiko.testkit.laws.ItemStrategyContract} is a test class to extend.
 *
 * <p>Needs JUnit Jupiter's API, which the testkit declares optional: the user of the laws brings it
 * (a test that runs them runs JUnit anyway).
 */
@NullMarked
package io.github.indiko.testkit.laws;

import org.jspecify.annotations.NullMarked;
