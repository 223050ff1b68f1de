package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;

/** The built-in top-box, through the contract kit. */
class TopBoxStrategyLawsTest extends ItemStrategyContract {
  @Override
  protected ItemStrategy strategy() {
    return Strategies.topBox();
  }
}
