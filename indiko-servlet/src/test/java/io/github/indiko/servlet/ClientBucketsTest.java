package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {
  private final TestClock clock = new TestClock(Instant.parse("2017-09-14T08:32:00Z"));

  @Test
  void take_burstThenOneEveryRefill() {
    ClientBuckets buckets = new ClientBuckets(new RateLimit(3, Duration.ofSeconds(2)), clock, 10);

    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isEqualTo(2);
    clock.advance(Duration.ofMillis(1_001));
    assertThat(buckets.take("a")).isEqualTo(1);
    clock.advance(Duration.ofMillis(999));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isEqualTo(2);
  }

  @Test
  void take_idleClientRefilledUpToTheBurstOnly() {
    ClientBuckets buckets = new ClientBuckets(new RateLimit(2, Duration.ofSeconds(1)), clock, 10);
    buckets.take("a");
    buckets.take("a");

    clock.advance(Duration.ofHours(1));

    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isEqualTo(1);
  }

  @Test
  void take_clientsIndependent() {
    ClientBuckets buckets = new ClientBuckets(new RateLimit(1, Duration.ofMinutes(1)), clock, 10);

    assertThat(buckets.take("192.0.2.1")).isZero();
    assertThat(buckets.take("192.0.2.1")).isEqualTo(60);
    assertThat(buckets.take("2001:db8::1")).isZero();
  }

  @Test
  void take_beyondMaxClients_leastRecentlySeenDropped() {
    ClientBuckets buckets = new ClientBuckets(new RateLimit(1, Duration.ofMinutes(1)), clock, 3);
    buckets.take("a");
    buckets.take("b");
    buckets.take("c");
    assertThat(buckets.take("a")).isPositive();

    buckets.take("d");

    assertThat(buckets.size()).isEqualTo(3);
    assertThat(buckets.take("a")).as("seen last, kept").isPositive();
    assertThat(buckets.take("b")).as("seen first, dropped").isZero();
  }

  @Test
  void maxClients_aHundredThousand() {
    assertThat(ClientBuckets.MAX_CLIENTS).isEqualTo(100_000);
  }
}
