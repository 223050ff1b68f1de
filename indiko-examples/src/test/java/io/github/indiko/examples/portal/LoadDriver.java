package io.github.indiko.examples.portal;

import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizens answering the portal's survey at once, each a thread with its own cookies, through the
 * whole flow: open the form (GET), post it (POST). Of the posts, a share replays the client's last
 * accepted form (a refresh, a double click), a share is invalid (a required answer missing); the
 * others are new answers, each carrying a unique marker in its free-text comment so that the test
 * finds it in the store. Every request is recorded with its status (or the failure of a portal
 * that was killed) and its latency. Targets only the loopback address the portal prints.
 */
final class LoadDriver {
  /** What a post was meant to be. */
  enum Kind {
    /** A new, valid answer: expects 303 and one stored line. */
    NEW,
    /** The client's last accepted form posted again: expects 303 and nothing stored. */
    REPLAY,
    /** A form without a required answer: expects 422 and nothing stored. */
    INVALID
  }

  /**
   * One post as sent.
   *
   * @param kind what it was meant to be
   * @param marker the comment that identifies its answers
   * @param structure the structure it answered about
   * @param answers the answers sent, as the store must keep them
   * @param status the HTTP status, or 0 when no answer came (the portal was killed)
   */
  record Post(
      Kind kind, String marker, String structure, Map<QuestionId, Answer> answers, int status) {}

  /**
   * What a run did.
   *
   * @param posts every post, in no particular order
   * @param getLatencies the latency of each answered GET, in nanoseconds
   * @param postLatencies the latency of each answered POST, in nanoseconds
   * @param failedGets GETs that got no page (the portal was down, or answered another status)
   */
  record Run(List<Post> posts, List<Long> getLatencies, List<Long> postLatencies, int failedGets) {}

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String[] PROBLEM = {"yes", "partly", "no"};

  private final AtomicReference<URI> base;
  private final List<String> structures;
  private final double replayShare;
  private final double invalidShare;

  /**
   * @param base the portal's address now: moved by the test when it restarts the portal
   * @param structures the enrolled structures answered about
   * @param replayShare the share of posts that replay the last accepted form
   * @param invalidShare the share of posts missing a required answer
   */
  LoadDriver(
      AtomicReference<URI> base,
      List<String> structures,
      double replayShare,
      double invalidShare) {
    this.base = base;
    this.structures = List.copyOf(structures);
    this.replayShare = replayShare;
    this.invalidShare = invalidShare;
  }

  /**
   * Runs the clients until the deadline, then waits for each to finish its request.
   *
   * @param clients how many citizens at once
   * @param duration how long they keep answering
   * @param seed the seed of their choices
   * @return what they did
   * @throws Exception when a client's thread fails otherwise than by the portal's absence
   */
  Run run(int clients, Duration duration, long seed) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Run>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        futures.add(pool.submit(() -> client(client, deadline, new Random(seed * 1_000 + client))));
      }
      List<Post> posts = new ArrayList<>();
      List<Long> gets = new ArrayList<>();
      List<Long> postTimes = new ArrayList<>();
      int failed = 0;
      for (Future<Run> future : futures) {
        Run run = future.get();
        posts.addAll(run.posts());
        gets.addAll(run.getLatencies());
        postTimes.addAll(run.postLatencies());
        failed += run.failedGets();
      }
      return new Run(posts, gets, postTimes, failed);
    } finally {
      pool.shutdownNow();
    }
  }

  private Run client(int client, long deadline, Random random) throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    List<Post> posts = new ArrayList<>();
    List<Long> gets = new ArrayList<>();
    List<Long> postTimes = new ArrayList<>();
    int failedGets = 0;
    Sent last = null;
    for (int n = 0; System.nanoTime() < deadline; n++) {
      double draw = random.nextDouble();
      if (last != null && draw < replayShare) {
        Integer status = post(http, last.uri(), last.body(), postTimes);
        posts.add(new Post(Kind.REPLAY, last.marker(), last.structure(), Map.of(), code(status)));
        continue;
      }
      String structure = structures.get(random.nextInt(structures.size()));
      URI survey = base.get().resolve("/survey/" + structure);
      long start = System.nanoTime();
      HttpResponse<String> form = send(http, HttpRequest.newBuilder(survey).GET());
      Matcher token = form == null ? null : TOKEN.matcher(form.body());
      if (form == null || form.statusCode() != 200 || !token.find()) {
        failedGets++;
        Thread.sleep(50);
        continue;
      }
      gets.add(System.nanoTime() - start);
      String marker = "load-" + client + "-" + n;
      Map<QuestionId, Answer> answers = answers(random, marker);
      boolean invalid = draw < replayShare + invalidShare;
      if (invalid) {
        answers.remove(new QuestionId("courtesy_staff"));
      }
      String body =
          body(answers) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      Integer status = post(http, survey, body, postTimes);
      Kind kind = invalid ? Kind.INVALID : Kind.NEW;
      posts.add(new Post(kind, marker, structure, answers, code(status)));
      if (kind == Kind.NEW && status != null && status == 303) {
        last = new Sent(survey, body, marker, structure);
      }
    }
    return new Run(posts, gets, postTimes, failedGets);
  }

  private static int code(Integer status) {
    return status == null ? 0 : status;
  }

  /** A post that was accepted, kept to be replayed. */
  private record Sent(URI uri, String body, String marker, String structure) {}

  private static Integer post(HttpClient http, URI uri, String body, List<Long> latencies) {
    long start = System.nanoTime();
    HttpResponse<String> answer =
        send(
            http,
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (answer == null) {
      return null;
    }
    latencies.add(System.nanoTime() - start);
    return answer.statusCode();
  }

  /** Sends, or null when the portal is not there or dropped the connection. */
  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Answers that format v1 accepts for the sample's questionnaire whatever the contact: only
   * questions without a condition, the comment being the marker.
   */
  private static Map<QuestionId, Answer> answers(Random random, String marker) {
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    answers.put(new QuestionId("courtesy_staff"), new Answer.Numeric(1 + random.nextInt(5)));
    answers.put(new QuestionId("staff_competent"), new Answer.Numeric(1 + random.nextInt(5)));
    answers.put(new QuestionId("problem_solved"), new Answer.Choice(PROBLEM[random.nextInt(3)]));
    answers.put(new QuestionId("info_clear"), new Answer.Numeric(random.nextInt(11)));
    answers.put(new QuestionId("overall"), new Answer.Numeric(1 + random.nextInt(5)));
    answers.put(new QuestionId("recommend"), new Answer.Numeric(7 + random.nextInt(4)));
    answers.put(new QuestionId("comment"), new Answer.Text(marker));
    return answers;
  }

  private static String body(Map<QuestionId, Answer> answers) {
    List<String> fields = new ArrayList<>();
    answers.forEach(
        (question, answer) -> {
          String value;
          if (answer instanceof Answer.Numeric numeric) {
            value = Long.toString((long) numeric.value());
          } else if (answer instanceof Answer.Choice choice) {
            value = choice.value();
          } else {
            value = ((Answer.Text) answer).value();
          }
          fields.add(question.value() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return String.join("&", fields);
  }

  /**
   * @param latencies nanoseconds
   * @param quantile 0.5, 0.95, 0.99
   * @return that quantile in milliseconds (the nearest rank), or 0 without any
   */
  static double millis(List<Long> latencies, double quantile) {
    if (latencies.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(quantile * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }
}
