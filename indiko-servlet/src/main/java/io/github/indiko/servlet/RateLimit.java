package io.github.indiko.servlet;

import java.time.Duration;
import java.util.Objects;

/**
 * How many submissions one client (one remote address, as the container reports it) may post: a
 * token bucket of {@code burst} submissions, refilled by one every {@code refill}. A POST beyond
 * it is answered 429 with {@code Retry-After}, and nothing is read or stored. Immutable.
 *
 * @param burst the submissions a client may post at once, at least 1
 * @param refill the time after which one more submission is allowed, positive
 */
public record RateLimit(int burst, Duration refill) {
  /** Checks that the burst is at least 1 and the refill positive. */
  public RateLimit {
    Objects.requireNonNull(refill, "refill");
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1: " + burst);
    }
    if (refill.isZero() || refill.isNegative()) {
      throw new IllegalArgumentException("refill must be positive: " + refill);
    }
  }

  /**
   * @return 30 submissions at once, then one every 2 seconds: more than a family or a counter's
   *     kiosk behind one address posts, far less than a script
   */
  public static RateLimit defaults() {
    return new RateLimit(30, Duration.ofSeconds(2));
  }
}
