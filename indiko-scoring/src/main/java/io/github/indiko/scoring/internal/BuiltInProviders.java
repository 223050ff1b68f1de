package io.github.indiko.scoring.internal;

import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import io.github.indiko.scoring.spi.RankingInput;
import io.github.indiko.scoring.spi.RankingPolicies;
import io.github.indiko.scoring.spi.RankingPolicy;
import io.github.indiko.scoring.spi.Strategies;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link java.util.ServiceLoader} providers of the built-in strategies and ranking policies,
 * declared both in {@code module-info.java} and in {@code META-INF/services}. On the module path,
 * ServiceLoader calls each provider's {@code provider()} method and gets the built-in of {@link
 * Strategies} (or {@link RankingPolicies}) itself. On the class path, where provider methods are
 * not supported, it calls the public constructor and gets a strategy (or policy) that forwards to
 * that built-in.
 */
public final class BuiltInProviders {
  private BuiltInProviders() {}

  /** Provides {@link Strategies#mean()}. */
  public static final class Mean extends Forwarding {
    /** The class-path route: forwards to the built-in. */
    public Mean() {
      super(provider());
    }

    /**
     * @return the built-in, for the module path
     */
    public static ItemStrategy provider() {
      return Strategies.mean();
    }
  }

  /** Provides {@link Strategies#topBox()}. */
  public static final class TopBox extends Forwarding {
    /** The class-path route: forwards to the built-in. */
    public TopBox() {
      super(provider());
    }

    /**
     * @return the built-in, for the module path
     */
    public static ItemStrategy provider() {
      return Strategies.topBox();
    }
  }

  /** Provides {@link Strategies#shareAtLeast()}. */
  public static final class ShareAtLeast extends Forwarding {
    /** The class-path route: forwards to the built-in. */
    public ShareAtLeast() {
      super(provider());
    }

    /**
     * @return the built-in, for the module path
     */
    public static ItemStrategy provider() {
      return Strategies.shareAtLeast();
    }
  }

  /** Provides {@link RankingPolicies#composite()}. */
  public static final class Composite extends ForwardingPolicy {
    /** The class-path route: forwards to the built-in. */
    public Composite() {
      super(provider());
    }

    /**
     * @return the built-in, for the module path
     */
    public static RankingPolicy provider() {
      return RankingPolicies.composite();
    }
  }

  /** Provides {@link RankingPolicies#lowerBound()}. */
  public static final class LowerBound extends ForwardingPolicy {
    /** The class-path route: forwards to the built-in. */
    public LowerBound() {
      super(provider());
    }

    /**
     * @return the built-in, for the module path
     */
    public static RankingPolicy provider() {
      return RankingPolicies.lowerBound();
    }
  }

  /** A ranking policy that does what another does. */
  abstract static class ForwardingPolicy implements RankingPolicy {
    private final RankingPolicy delegate;

    ForwardingPolicy(RankingPolicy delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public RankingPolicy configure(Map<String, Object> parameters) {
      return delegate.configure(parameters);
    }

    @Override
    public @Nullable Double key(RankingInput input) {
      return delegate.key(input);
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }

  /** A strategy that does what another does. */
  abstract static class Forwarding implements ItemStrategy {
    private final ItemStrategy delegate;

    Forwarding(ItemStrategy delegate) {
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public ItemStrategy configure(Map<String, Object> parameters) {
      return delegate.configure(parameters);
    }

    @Override
    public boolean acceptsWeights() {
      return delegate.acceptsWeights();
    }

    @Override
    public ItemAccumulator empty() {
      return delegate.empty();
    }

    @Override
    public String toString() {
      return delegate.toString();
    }
  }
}
