package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.Strategies;
import io.github.indiko.testkit.property.Settings;

/** share-at-least at 70, with its own seed, through the contract kit. */
class ShareAtLeast70StrategyLawsTest extends ItemStrategyContract {
  @Override
  protected ItemStrategy strategy() {
    return Strategies.shareAtLeast(70);
  }

  @Override
  protected Settings settings() {
    return Settings.defaults().withSeed(70);
  }
}
