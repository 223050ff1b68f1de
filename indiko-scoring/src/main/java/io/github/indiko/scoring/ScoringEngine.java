package io.github.indiko.scoring;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.RankingPolicy;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores editions (scoring.md). Immutable and thread-safe once built.
 *
 * <p>PLACEHOLDER SIGNATURES: the engine helper replaces every body.
 */
public final class ScoringEngine {
  private ScoringEngine() {}

  /**
   * @return a builder with no strategy and no policy registered
   */
  public static Builder builder() {
    throw new UnsupportedOperationException();
  }

  /**
   * @return the names of the registered item strategies, sorted
   */
  public Set<String> strategies() {
    throw new UnsupportedOperationException();
  }

  /**
   * @return the names of the registered ranking policies, sorted
   */
  public Set<String> rankingPolicies() {
    throw new UnsupportedOperationException();
  }

  /**
   * Loads, validates and scores an edition folder.
   *
   * @param editionFolder the folder of formats.md
   * @param rejects receives every refused line: responses first, then audits, in line order
   * @return the results
   */
  public Results score(Path editionFolder, Consumer<? super Reject> rejects) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param definitions the edition's definitions
   * @return an empty tally of that edition, to feed accepted records into
   */
  public Tally tally(EditionDefinitions definitions) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param tally everything accepted and counted
   * @return the results
   */
  public Results results(Tally tally) {
    throw new UnsupportedOperationException();
  }

  /** Builds an engine. */
  public static final class Builder {
    private Builder() {}

    /**
     * @param strategy an item strategy to register
     * @return this builder
     */
    public Builder strategy(ItemStrategy strategy) {
      throw new UnsupportedOperationException();
    }

    /**
     * @param policy a ranking policy to register
     * @return this builder
     */
    public Builder rankingPolicy(RankingPolicy policy) {
      throw new UnsupportedOperationException();
    }

    /**
     * @return this builder, with the built-ins registered
     */
    public Builder builtIns() {
      throw new UnsupportedOperationException();
    }

    /**
     * @return this builder, with the providers ServiceLoader finds registered
     */
    public Builder discover() {
      throw new UnsupportedOperationException();
    }

    /**
     * @param threads worker threads, at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      throw new UnsupportedOperationException();
    }

    /**
     * @return the engine
     */
    public ScoringEngine build() {
      throw new UnsupportedOperationException();
    }
  }
}
