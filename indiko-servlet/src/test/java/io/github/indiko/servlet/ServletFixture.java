package io.github.indiko.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The survey over real HTTP for the tests: the servlet mounted at {@code /survey/*} in an embedded
 * Tomcat on 127.0.0.1, serving a copy of the 2017 sample (one response per respondent) and
 * storing into a SQLite store in a temporary folder, on a {@link TestClock} set in the middle of
 * the collection. Each test builds the servlet as it needs from the default builder.
 */
final class ServletFixture implements AutoCloseable {
  static final String STRUCTURE = "mairie-grandpre-sur-vire";
  static final String RESPONSES = "responses.jsonl";
  static final Instant DURING = OffsetDateTime.parse("2017-09-14T10:32:00+02:00").toInstant();

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern ACTION = Pattern.compile("<form [^>]*action=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("ik_session=([^;]+)");

  final TestClock clock = new TestClock(DURING);
  final EditionDefinitions definitions;
  final IndikoStore store;
  final EditionStore edition;
  private final Tomcat tomcat;
  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * @param temp a temporary folder
   * @param opener opens the store, given a file in the folder
   * @param settings the servlet's settings, given the default ones (French, the test clock)
   * @param servlet the servlet's builder, given the one with those settings
   */
  ServletFixture(
      Path temp,
      Function<Path, IndikoStore> opener,
      UnaryOperator<SurveySettings> settings,
      UnaryOperator<SurveyServlet.Builder> servlet)
      throws IOException, LifecycleException {
    this(temp, opener, settings, servlet, false);
  }

  /**
   * @param temp a temporary folder
   * @param opener opens the store, given a file in the folder
   * @param settings the servlet's settings, given the default ones (French, the test clock)
   * @param servlet the servlet's builder, given the one with those settings
   * @param secure whether the connector reports its requests as secure, as one behind TLS (or a
   *     proxy that terminates TLS, with the container's forwarded-header handling) does
   */
  ServletFixture(
      Path temp,
      Function<Path, IndikoStore> opener,
      UnaryOperator<SurveySettings> settings,
      UnaryOperator<SurveyServlet.Builder> servlet,
      boolean secure)
      throws IOException, LifecycleException {
    this(temp, opener, settings, servlet, secure, SampleEdition::copyTo);
  }

  /**
   * @param temp a temporary folder
   * @param opener opens the store, given a file in the folder
   * @param settings the servlet's settings, given the default ones (French, the test clock)
   * @param servlet the servlet's builder, given the one with those settings
   * @param secure whether the connector reports its requests as secure
   * @param folderWriter writes the edition folder served to the path given and returns it: the
   *     sample's copy unless another edition is tested
   */
  ServletFixture(
      Path temp,
      Function<Path, IndikoStore> opener,
      UnaryOperator<SurveySettings> settings,
      UnaryOperator<SurveyServlet.Builder> servlet,
      boolean secure,
      Folder folderWriter)
      throws IOException, LifecycleException {
    Path folder = folderWriter.write(temp.resolve("ed"));
    Path editionJson = folder.resolve("edition.json");
    String json = Files.readString(editionJson);
    Files.writeString(
        editionJson,
        json.replace(
            "\"oneResponsePerRespondent\": false", "\"oneResponsePerRespondent\": true"));
    definitions = EditionFolder.load(folder);
    assertThat(definitions.edition().scoring().oneResponsePerRespondent()).isTrue();
    store = opener.apply(temp.resolve("store.db"));
    edition = store.edition(definitions);
    SurveyServlet.Builder builder =
        SurveyServlet.builder(definitions, edition)
            .settings(settings.apply(SurveySettings.of(Locale.FRENCH).withClock(clock)));
    tomcat = new Tomcat();
    tomcat.setBaseDir(temp.resolve("tomcat").toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    connector.setSecure(secure);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "survey", servlet.apply(builder).build());
    context.addServletMappingDecoded("/survey/*", "survey");
    tomcat.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  /** The fixture with a SQLite store, the settings and the servlet's builder changed. */
  static ServletFixture start(
      Path temp,
      UnaryOperator<SurveySettings> settings,
      UnaryOperator<SurveyServlet.Builder> servlet)
      throws IOException, LifecycleException {
    return new ServletFixture(temp, IndikoStore::sqlite, settings, servlet);
  }

  @Override
  public void close() throws LifecycleException {
    tomcat.stop();
    tomcat.destroy();
    store.close();
  }

  /**
   * @param path a path of the server, with its query
   * @return its address on 127.0.0.1
   */
  String url(String path) {
    return base + path;
  }

  /** The three required questions of the sample, answered. */
  static String minimal() {
    return "courtesy_staff=4&problem_solved=yes&overall=5";
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * @param path the survey's path, with its query
   * @return the form as a browser holds it after a GET of that path
   */
  Form open(String path) throws IOException, InterruptedException {
    HttpResponse<String> page = get(path);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    Matcher token = TOKEN.matcher(page.body());
    Matcher action = ACTION.matcher(page.body());
    Matcher session = SESSION.matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
    assertThat(token.find()).isTrue();
    assertThat(action.find()).isTrue();
    assertThat(session.find()).isTrue();
    return new Form(session.group(1), token.group(1), action.group(1).replace("&amp;", "&"));
  }

  /** The form of the sample's structure, by an open link. */
  Form open() throws IOException, InterruptedException {
    return open("/survey/" + STRUCTURE);
  }

  /** Posts answers with a form's token and cookie to the form's action. */
  HttpResponse<String> post(Form form, String answers) throws IOException, InterruptedException {
    return post(form.action, form.session, form.body(answers));
  }

  /** Posts a body to a path, with a session cookie when not null. */
  HttpResponse<String> post(String path, String session, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      request.header("Cookie", "ik_session=" + session);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Writes an edition folder. */
  @FunctionalInterface
  interface Folder {
    /**
     * @param dir where to write it
     * @return the folder written
     */
    Path write(Path dir) throws IOException;
  }

  /** A form as a browser holds it: its session cookie, its token and its action. */
  record Form(String session, String token, String action) {
    String body(String answers) {
      return answers + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
  }
}
