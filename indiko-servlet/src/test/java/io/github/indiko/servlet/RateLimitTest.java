package io.github.indiko.servlet;

import static io.github.indiko.servlet.ServletFixture.RESPONSES;
import static io.github.indiko.servlet.ServletFixture.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.servlet.ServletFixture.Form;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-client rate limit of submissions, over HTTP: one client on 127.0.0.1. */
class RateLimitTest {
  private static final int BURST = 5;
  private static final Duration REFILL = Duration.ofMinutes(1);
  private static final int POSTS = 1_000;

  @TempDir Path temp;

  private ServletFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture =
        ServletFixture.start(
            temp, s -> s.withRateLimit(new RateLimit(BURST, REFILL)), builder -> builder);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void post_burstOfAThousand_exactlyBurstHandledTheRest429() throws Exception {
    List<Form> forms = new ArrayList<>();
    for (int i = 0; i < POSTS; i++) {
      forms.add(fixture.open());
    }
    List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
    for (Form form : forms) {
      posts.add(() -> fixture.post(form, minimal()));
    }

    List<HttpResponse<String>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }

    List<HttpResponse<String>> limited =
        answers.stream().filter(a -> a.statusCode() == 429).toList();
    assertThat(answers.stream().filter(a -> a.statusCode() == 303)).hasSize(BURST);
    assertThat(limited).hasSize(POSTS - BURST);
    for (HttpResponse<String> answer : limited) {
      assertThat(answer.headers().firstValue("Retry-After"))
          .hasValueSatisfying(
              seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, REFILL.toSeconds()));
    }
    assertThat(limited.get(0).body()).contains("Trop de réponses envoyées");
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(BURST);
  }

  @Test
  void post_afterTheRefill_oneMoreAllowed() throws Exception {
    for (int i = 0; i < BURST; i++) {
      Form form = fixture.open();
      assertThat(fixture.post(form, minimal()).statusCode()).isEqualTo(303);
    }
    Form refused = fixture.open();
    HttpResponse<String> beyond = fixture.post(refused, minimal());

    fixture.clock.advance(REFILL.minusSeconds(1));
    HttpResponse<String> early = fixture.post(refused, minimal());
    fixture.clock.advance(Duration.ofSeconds(1));
    HttpResponse<String> refilled = fixture.post(refused, minimal());
    HttpResponse<String> next = fixture.post(fixture.open(), minimal());

    assertThat(beyond.statusCode()).isEqualTo(429);
    assertThat(beyond.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(early.statusCode()).isEqualTo(429);
    assertThat(early.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refilled.statusCode()).isEqualTo(303);
    assertThat(next.statusCode()).isEqualTo(429);
    assertThat(fixture.edition.count(RESPONSES)).isEqualTo(BURST + 1);
  }

  @Test
  void get_neverLimited() throws Exception {
    for (int i = 0; i < BURST * 4; i++) {
      assertThat(fixture.get("/survey/" + ServletFixture.STRUCTURE).statusCode())
          .isEqualTo(200);
    }
  }
}
