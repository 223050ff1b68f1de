package io.github.indiko.servlet;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The token buckets of a {@link RateLimit}, one per client, in a map of at most {@value
 * #MAX_CLIENTS} clients where the least recently seen is dropped first (a dropped client starts
 * again with a full bucket). Each bucket is one number, the instant at which it would be full
 * again if nothing more were taken (the generic cell rate algorithm, equivalent to a bucket of
 * {@code burst} tokens refilled by one every {@code refill}); time is the clock's. Thread-safe.
 */
final class ClientBuckets {
  /** The most clients kept: about 10 MB of addresses and instants at most. */
  static final int MAX_CLIENTS = 100_000;

  private final long interval;
  private final long tolerance;
  private final Clock clock;
  private final Map<String, Long> full;

  /**
   * @param limit the burst and refill of every client's bucket
   * @param clock the time of the buckets
   * @param maxClients the most clients kept
   */
  ClientBuckets(RateLimit limit, Clock clock, int maxClients) {
    this.interval = limit.refill().toNanos();
    this.tolerance = (limit.burst() - 1) * interval;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.full =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > maxClients;
          }
        };
  }

  /**
   * Takes a token from a client's bucket when it has one.
   *
   * @param client the client, e.g. its remote address
   * @return 0 when a token was taken; else the whole seconds, at least 1, until the bucket has
   *     one, and nothing was taken
   */
  long take(String client) {
    long now = nanos();
    synchronized (full) {
      long at = Math.max(full.getOrDefault(client, now), now);
      long wait = at - now - tolerance;
      if (wait > 0) {
        return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      }
      full.put(client, at + interval);
      return 0;
    }
  }

  /**
   * @return the clients kept now
   */
  int size() {
    synchronized (full) {
      return full.size();
    }
  }

  private long nanos() {
    var instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
