package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;

/** The built-in share-at-least at its default threshold, through the contract kit. */
class ShareAtLeastStrategyLawsTest extends ItemStrategyContract {
  @Override
  protected ItemStrategy strategy() {
    return Strategies.shareAtLeast();
  }
}
