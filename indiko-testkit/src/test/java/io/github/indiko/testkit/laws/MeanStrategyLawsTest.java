package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;

/** The built-in mean, through the contract kit. */
class MeanStrategyLawsTest extends ItemStrategyContract {
  @Override
  protected ItemStrategy strategy() {
    return Strategies.mean();
  }
}
