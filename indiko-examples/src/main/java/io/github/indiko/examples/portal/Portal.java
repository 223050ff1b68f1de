package io.github.indiko.examples.portal;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.samples.ApplicationLogging;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.store.EditionStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The example portal: a Spring Boot application on the loopback interface that serves the bundled
 * sample edition's survey through indiko-spring-boot-starter, keeps the responses in a SQLite file
 * of its data folder (or the database of {@code --jdbc-url}) and shows the reports to its operator
 * once logged in.
 *
 * <p>Paths: {@code /} the default structure's survey or the list of structures ({@link
 * PortalHome}); {@value #MOUNT}{@code /ID} the survey of an enrolled structure, its POST and its
 * thank-you page ({@code SurveyServlet}); {@value #RESULTS} the public overview, to anyone; below
 * it, each structure's reports, to the operator only ({@link PortalSecurity}); {@code /login} and
 * {@code /logout}. Each request is logged, without its query or body ({@link RequestLog}). {@link
 * #close()} stops it.
 */
public final class Portal implements AutoCloseable {
  /** Where the survey is mounted: the starter's default. */
  static final String MOUNT = "/survey";

  /** The results' folder: the public overview, and the reports below it. */
  static final String RESULTS = MOUNT + "/_results/";

  /**
   * How long the portal's Tomcat waits for a client that has stopped sending, whether it is in its
   * request line, its headers or its body, and for an idle kept-alive connection: the value of
   * Tomcat's own {@code server.xml}, which Spring Boot leaves at 60 s. A citizen's browser sends
   * its form at once; a client that sends half a request and waits holds a connection (and, in
   * its body, a request thread) only this long (docs/security.md).
   */
  static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(20);

  /** The folder of the data folder that the sample edition is copied to. */
  static final String EDITION = "edition-2017";

  /**
   * The levels of particular loggers, unless the user sets them: the requests at INFO; Spring's
   * warnings only, even when the default level is lowered, since its DEBUG lines show each
   * request's query, which may carry an invitation (docs/logging.md).
   */
  static final Map<String, String> LOGGERS =
      Map.of(RequestLog.class.getName(), "info", "org.springframework", "warn");

  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

  private static final String USAGE =
      String.join(
          "\n",
          "usage: indiko-portal [--port N] [--data DIR] [--structure ID] [--now INSTANT]"
              + " [--locale fr|en] [--jdbc-url URL]",
          "  --port N         TCP port on localhost, 0 for any free one (default 8080)",
          "  --data DIR       the portal's folder: edition, operator's credentials, responses.db",
          "                   (default ./indiko-portal-data)",
          "  --structure ID   the structure whose survey / opens (default: a list of structures)",
          "  --now INSTANT    when responses are dated from, e.g. 2017-10-01T10:00:00+02:00",
          "                   (default: now, or within the edition's collection period)",
          "  --locale TAG     the citizen's language (default: the edition's, fr)",
          "  --jdbc-url URL   the database of the responses, e.g."
              + " jdbc:postgresql://localhost/indiko",
          "                   (password from ~/.pgpass; default: DIR/" + PortalSettings.SQLITE_FILE
              + ")");

  private final ConfigurableApplicationContext context;
  private final URI uri;
  private final PortalClock clock;
  private final OperatorCredentials credentials;

  private Portal(
      ConfigurableApplicationContext context, PortalClock clock, OperatorCredentials credentials) {
    this.context = context;
    this.clock = clock;
    this.credentials = credentials;
    InetAddress address = InetAddress.getLoopbackAddress();
    String host =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.uri = URI.create("http://" + host + ":" + port + "/");
  }

  /**
   * Copies the bundled edition into the data folder, reads or makes the operator's credentials,
   * and starts serving once the sample's data are in the store.
   *
   * @param settings how to run
   * @return the running portal
   * @throws IOException when the folder cannot be written
   * @throws IllegalArgumentException when the default structure is not enrolled
   */
  static Portal start(PortalSettings settings) throws IOException {
    return start(settings, List.of());
  }

  /**
   * @param settings how to run
   * @param more more properties, {@code --name=value}, which win over the portal's: the tests'
   * @return the running portal
   * @throws IOException when the folder cannot be written
   * @throws IllegalArgumentException when the default structure is not enrolled
   */
  static Portal start(PortalSettings settings, List<String> more) throws IOException {
    Path data = settings.data().toAbsolutePath();
    Path edition = data.resolve(EDITION);
    SampleEdition.copyTo(edition);
    EditionDefinitions definitions = EditionFolder.load(edition);
    StructureId structure = settings.defaultStructure();
    if (structure != null
        && definitions.enrolments().stream().noneMatch(e -> e.structure().equals(structure))) {
      throw new IllegalArgumentException(
          "structure " + structure.value() + " is not enrolled in the edition");
    }
    PortalClock clock =
        PortalClock.choose(settings.clock(), Clock.systemUTC(), definitions.edition());
    SecureRandom random = new SecureRandom();
    OperatorCredentials credentials = OperatorCredentials.loadOrCreate(data, random);
    Path secret = SubmissionSecret.loadOrCreate(data, random);
    // Spring Boot leaves the logging to the SLF4J binding (slf4j-simple, set up by main).
    if (System.getProperty(LOGGING_SYSTEM) == null) {
      System.setProperty(LOGGING_SYSTEM, "none");
    }
    SpringApplication application = new SpringApplication(Application.class);
    application.setBannerMode(Banner.Mode.OFF);
    application.setLogStartupInfo(false);
    application.addInitializers(
        context -> {
          var beans = context.getBeanFactory();
          beans.registerSingleton("portalSettings", settings);
          beans.registerSingleton("portalCredentials", credentials);
          beans.registerSingleton("portalClock", clock.clock());
        });
    List<String> properties = properties(settings, data, edition, secret);
    properties.addAll(more);
    ConfigurableApplicationContext context =
        application.run(properties.toArray(String[]::new));
    return new Portal(context, clock, credentials);
  }

  /**
   * The application's properties, given as command-line ones so that they win over any other
   * source: the loopback interface, the connection timeout, the starter's edition, mount,
   * language, body limit, store and submission key ({@link SubmissionSecret}), and the reports
   * scored again on each request, as the collection goes on.
   */
  private static List<String> properties(
      PortalSettings settings, Path data, Path edition, Path secret) {
    List<String> properties = new ArrayList<>();
    properties.add("--server.address=" + InetAddress.getLoopbackAddress().getHostAddress());
    properties.add("--server.port=" + settings.port());
    properties.add(
        "--server.tomcat.connection-timeout=" + CONNECTION_TIMEOUT.toMillis() + "ms");
    properties.add("--indiko.edition=" + edition.toUri());
    properties.add("--indiko.mount-path=" + MOUNT);
    properties.add("--indiko.max-body-bytes=" + settings.maxBodyBytes());
    properties.add("--indiko.results-max-age=PT0S");
    properties.add("--indiko.submission-secret=" + secret.toUri());
    if (settings.locale() != null) {
      properties.add("--indiko.locale=" + settings.locale().toLanguageTag());
    }
    if (settings.jdbcUrl() != null) {
      properties.add("--spring.datasource.url=" + settings.jdbcUrl());
    } else {
      // Without a URL, no DataSource: the starter opens its SQLite file with its own settings.
      properties.add(
          "--spring.autoconfigure.exclude="
              + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
      properties.add(
          "--indiko.store.sqlite-file=" + data.resolve(PortalSettings.SQLITE_FILE));
    }
    return properties;
  }

  /**
   * @return the portal's base URL, {@code http://127.0.0.1:PORT/} (the loopback address it listens
   *     on)
   */
  URI uri() {
    return uri;
  }

  /**
   * @param structure a structure
   * @return the link to its survey
   */
  URI survey(StructureId structure) {
    return uri.resolve(PortalHome.survey(structure));
  }

  /**
   * @return where the responses are kept
   */
  EditionStore store() {
    return context.getBean(EditionStore.class);
  }

  /**
   * @return the clock chosen and the note about it
   */
  PortalClock clock() {
    return clock;
  }

  /** Stops serving and closes the store. */
  @Override
  public void close() {
    context.close();
  }

  /**
   * Starts the portal and prints its URLs, and the operator's password on the start that drew it;
   * it serves until the process is stopped.
   *
   * @param args the options of {@link #USAGE}
   */
  public static void main(String[] args) {
    ApplicationLogging.quiet();
    // Before anything logs: the requests at INFO, the libraries' warnings (docs/logging.md).
    ApplicationLogging.simpleLogger(
        System.getProperty(ApplicationLogging.DEFAULT_LEVEL, "warn"), LOGGERS);
    PortalSettings settings;
    try {
      settings = parse(args, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      System.err.println("indiko-portal: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (settings == null) {
      System.out.println(USAGE);
      return;
    }
    Portal portal;
    try {
      portal = start(settings);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("indiko-portal: " + e.getMessage());
      System.exit(e instanceof IOException ? 4 : 2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "indiko-portal-stop"));
    portal.describe(settings, System.out);
  }

  /**
   * Prints what the portal serves, where it keeps the responses and, on the start that drew it,
   * the operator's password: the only time it is shown.
   *
   * @param settings how it runs
   * @param out the console
   */
  void describe(PortalSettings settings, PrintStream out) {
    if (clock.note() != null) {
      out.println("indiko-portal: " + clock.note());
    }
    StructureId structure = settings.defaultStructure();
    out.println("Indiko example portal, open " + (structure == null ? uri : survey(structure)));
    out.println("  survey of a structure:  " + uri.resolve(MOUNT + "/ID"));
    out.println("  public overview:        " + uri.resolve(RESULTS));
    out.println("  reports (operator):     " + uri.resolve(RESULTS + "structures/ID/LEVEL.html"));
    out.println(
        "  responses stored in:    "
            + (settings.jdbcUrl() != null
                ? settings.jdbcUrl()
                : settings.data().toAbsolutePath().resolve(PortalSettings.SQLITE_FILE)));
    if (credentials.generatedPassword() != null) {
      out.println(
          "Operator login, shown this once (only its hash is kept, in "
              + settings.data().toAbsolutePath().resolve(OperatorCredentials.FILE)
              + "):");
      out.println("  user:     " + credentials.user());
      out.println("  password: " + credentials.generatedPassword());
    }
    out.println("Stop it with Ctrl+C.");
  }

  /**
   * @param args the command line
   * @param system the system clock, which {@code --now} starts from
   * @return the settings, or null when {@code --help} was asked
   * @throws IllegalArgumentException when an option is unknown, lacks its value or has a wrong one
   */
  static @Nullable PortalSettings parse(String[] args, Clock system) {
    int port = 8080;
    Path data = Path.of("indiko-portal-data");
    StructureId structure = null;
    Clock clock = null;
    Locale locale = null;
    String jdbcUrl = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> port = integer(option, value);
        case "--data" -> data = Path.of(value);
        case "--structure" -> structure = new StructureId(value);
        case "--now" -> clock = PortalClock.startingAt(instant(value), system);
        case "--locale" -> locale = Locale.forLanguageTag(value);
        case "--jdbc-url" -> jdbcUrl = value;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new PortalSettings(
        port, data, structure, clock, locale, SubmissionLimits.defaults().maxBodyBytes(), jdbcUrl);
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs an integer, not " + value, e);
    }
  }

  private static OffsetDateTime instant(String value) {
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--now needs a date and time with its offset, e.g. 2017-10-01T10:00:00+02:00, not "
              + value,
          e);
    }
  }

  /**
   * The Spring Boot application: the starter's auto-configuration (from the properties of {@link
   * #start}), the login, the page {@code /}, the request log and the sample's data.
   */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import({PortalSecurity.class, PortalHome.class, PortalBeans.class})
  static class Application {}
}
