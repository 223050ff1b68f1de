package io.github.indiko.testkit.property;

import java.util.Locale;

/**
 * A property that failed on an example: the message names the property, the seed that reproduces
 * the failure and the shrunk counterexample, followed by how it failed (also the cause).
 */
public final class PropertyViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final long seed;
  private final transient Object counterexample;

  PropertyViolation(
      String property,
      long seed,
      int example,
      int shrinks,
      Object counterexample,
      Throwable failure) {
    super(
        String.format(
            Locale.ROOT,
            "%s failed (seed %d, example %d, %d shrinks): counterexample %s%n%s",
            property,
            seed,
            example,
            shrinks,
            counterexample,
            failure.getMessage() != null ? failure.getMessage() : failure.toString()),
        failure);
    this.property = property;
    this.seed = seed;
    this.counterexample = counterexample;
  }

  /**
   * @return the name of the property that failed
   */
  public String property() {
    return property;
  }

  /**
   * @return the seed of the settings that reproduce the failure
   */
  public long seed() {
    return seed;
  }

  /**
   * @return the shrunk value on which the property fails
   */
  public Object counterexample() {
    return counterexample;
  }
}
