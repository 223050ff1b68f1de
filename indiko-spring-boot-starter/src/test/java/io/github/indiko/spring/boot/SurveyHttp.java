package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A citizen's browser over real HTTP, without redirects: opens a structure's survey, keeps its
 * session cookie and token, and posts answers with them.
 */
final class SurveyHttp {
  /** A structure enrolled in the 2017 sample. */
  static final String STRUCTURE = "mairie-grandpre-sur-vire";

  /** The three required questions of the sample, answered. */
  static final String ANSWERS = "courtesy_staff=4&problem_solved=yes&overall=5";

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("ik_session=([^;]+)");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  /**
   * @param port the application's port on 127.0.0.1
   */
  SurveyHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * @return a day of the 2017 sample's collection, the test applications' clock
   */
  static Clock collecting() {
    return Clock.fixed(
        OffsetDateTime.parse("2017-09-14T10:32:00+02:00").toInstant(), ZoneOffset.UTC);
  }

  /**
   * @param prefix the start of the temporary folder's name
   * @return a new temporary folder holding a copy of the 2017 sample in {@code edition}
   * @throws IOException when it cannot be written
   */
  static Path folderWithTheSample(String prefix) throws IOException {
    Path folder = Files.createTempDirectory(prefix);
    SampleEdition.copyTo(folder.resolve("edition"));
    return folder;
  }

  /**
   * Deletes a temporary folder and everything in it.
   *
   * @param folder the folder
   * @throws IOException when a file cannot be deleted
   */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A form opened in a browser: its session cookie and token. */
  record Form(String session, String token) {
    String body(String answers) {
      return "_csrf=" + token + "&" + answers;
    }
  }

  /**
   * @param path a path of the application
   * @param headers header names and values, in pairs
   * @return its answer
   */
  HttpResponse<String> get(String path, String... headers) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * @param mount the survey's mount path
   * @return the form of {@link #STRUCTURE}, its page checked to be 200 with a token and a cookie
   */
  Form open(String mount) throws IOException, InterruptedException {
    return open(mount, "");
  }

  /**
   * @param mount the survey's mount path
   * @param query the page's query, e.g. {@code ?i=TOKEN}, or empty
   * @return the form of {@link #STRUCTURE} at that query, its page checked as by {@link #open}
   */
  Form open(String mount, String query) throws IOException, InterruptedException {
    HttpResponse<String> page = get(mount + "/" + STRUCTURE + query);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = TOKEN.matcher(page.body());
    Matcher session = SESSION.matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(token.find()).isTrue();
    assertThat(session.find()).isTrue();
    return new Form(session.group(1), token.group(1));
  }

  /**
   * @param mount the survey's mount path
   * @param form the opened form
   * @param body the body to post
   * @return the answer
   */
  HttpResponse<String> post(String mount, Form form, String body)
      throws IOException, InterruptedException {
    return post(mount, "", form, body);
  }

  /**
   * @param mount the survey's mount path
   * @param query the form's query, e.g. {@code ?i=TOKEN}, or empty
   * @param form the opened form
   * @param body the body to post
   * @return the answer
   */
  HttpResponse<String> post(String mount, String query, Form form, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + mount + "/" + STRUCTURE + query))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "ik_session=" + form.session())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
