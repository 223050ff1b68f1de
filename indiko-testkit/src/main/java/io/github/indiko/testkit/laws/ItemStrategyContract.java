package io.github.indiko.testkit.laws;

import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.testkit.property.Settings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract kit of item strategies: a strategy's test class extends it, names the strategy, and
 * inherits one dynamic test per law of {@link StrategyLaws}. Our built-in strategies' tests extend
 * it too.
 *
 * <pre>{@code
 * class MedianStrategyTest extends ItemStrategyContract {
 *   @Override
 *   protected ItemStrategy strategy() {
 *     return new MedianStrategy();
 *   }
 * }
 * }</pre>
 */
public abstract class ItemStrategyContract {
  /** For subclasses. */
  protected ItemStrategyContract() {}

  /**
   * @return the strategy under test
   */
  protected abstract ItemStrategy strategy();

  /**
   * @return the settings of the laws (seed, examples); the defaults unless overridden
   */
  protected Settings settings() {
    return Settings.defaults();
  }

  /**
   * @return one dynamic test per law
   */
  @TestFactory
  protected Stream<DynamicTest> laws() {
    return StrategyLaws.of(strategy(), settings());
  }
}
