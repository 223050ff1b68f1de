package io.github.indiko.examples.portal;

import com.sun.net.httpserver.HttpServer;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.samples.ApplicationLogging;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.scoring.ScoringEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The example portal: the JDK's HTTP server on the loopback interface, serving the bundled sample
 * edition's survey, storing accepted responses in {@code responses.jsonl} and showing live results.
 *
 * <p>Routes: {@code GET /?s=ID} the survey of an enrolled structure ({@code /} alone: the default
 * structure, or the list of structures); {@code POST /?s=ID} a response; {@code GET /thanks?s=ID}
 * the thanks page; {@code GET /results?s=ID[&level=raw|analysis|organisation]} the structure's
 * report scored now (default: its analysis when its enrolment has one, else its raw results);
 * {@code GET /index.html} the public overview and {@code GET /structures/ID/LEVEL.html}, which the
 * reports link to. Each request is logged, without its query or body ({@link RequestLog}).
 * Thread-safe; {@link #close()} stops it.
 */
public final class Portal implements AutoCloseable {
  private static final String USAGE =
      String.join(
          "\n",
          "usage: indiko-portal [--port N] [--data DIR] [--structure ID] [--now INSTANT] [--locale fr|en]",
          "  --port N         TCP port on localhost, 0 for any free one (default 8080)",
          "  --data DIR       folder of responses.jsonl (default ./indiko-portal-data)",
          "  --structure ID   the structure of / without ?s= (default: a list of structures)",
          "  --now INSTANT    when responses are dated from, e.g. 2017-10-01T10:00:00+02:00",
          "                   (default: now, or within the edition's collection period)",
          "  --locale TAG     the citizen's language (default: the edition's, fr)");

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI uri;
  private final ResponseStore store;
  private final PortalClock clock;

  private Portal(
      HttpServer server, ExecutorService executor, ResponseStore store, PortalClock clock) {
    this.server = server;
    this.executor = executor;
    this.store = store;
    this.clock = clock;
    InetAddress address = server.getAddress().getAddress();
    String host =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    this.uri = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
  }

  /**
   * Copies the bundled edition into the data folder, loads it and starts serving.
   *
   * @param settings how to run
   * @return the running portal
   * @throws IOException when the folder cannot be written or the port is taken
   * @throws IllegalArgumentException when the default structure is not enrolled
   */
  static Portal start(PortalSettings settings) throws IOException {
    Path edition = settings.data().resolve("edition-2017");
    SampleEdition.copyTo(edition);
    EditionDefinitions definitions = EditionFolder.load(edition);
    PortalClock clock =
        PortalClock.choose(settings.clock(), Clock.systemUTC(), definitions.edition());
    Locale locale =
        settings.locale() != null
            ? settings.locale()
            : Locale.forLanguageTag(definitions.edition().defaultLocale());
    ResponseStore store = new ResponseStore(settings.data().resolve("responses.jsonl"));
    // Scored as of the portal's day: during the collection, its reports say they are provisional.
    LiveResults results =
        new LiveResults(
            ScoringEngine.builder().builtIns().clock(clock.clock()).build(),
            definitions,
            edition,
            store);
    PortalRoutes routes =
        new PortalRoutes(
            definitions,
            store,
            results,
            clock.clock(),
            locale,
            settings.defaultStructure(),
            settings.maxBodyBytes(),
            new SecureRandom());
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            8,
            task -> {
              Thread thread = new Thread(task, "indiko-portal");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", routes).getFilters().add(new RequestLog());
    server.start();
    return new Portal(server, executor, store, clock);
  }

  /**
   * @return the portal's base URL, {@code http://127.0.0.1:PORT/} (the loopback address it listens on)
   */
  URI uri() {
    return uri;
  }

  /**
   * @param structure a structure
   * @return the link to its survey: the base URL, {@code ?s=} and its id
   */
  URI survey(StructureId structure) {
    return uri.resolve("?s=" + structure.value());
  }

  /**
   * @return the file of stored responses
   */
  Path responses() {
    return store.file();
  }

  /**
   * @return the clock chosen and the note about it
   */
  PortalClock clock() {
    return clock;
  }

  /** Stops serving, waiting for no exchange in progress. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * Starts the portal and prints its URLs; it serves until the process is stopped.
   *
   * @param args the options of {@link #USAGE}
   */
  public static void main(String[] args) {
    ApplicationLogging.quiet();
    // Before anything logs: the requests at INFO, the libraries' warnings (docs/logging.md).
    ApplicationLogging.simpleLogger(
        System.getProperty(ApplicationLogging.DEFAULT_LEVEL, "warn"),
        Map.of(RequestLog.class.getName(), "info"));
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

  private void describe(PortalSettings settings, PrintStream out) {
    if (clock.note() != null) {
      out.println("indiko-portal: " + clock.note());
    }
    StructureId structure = settings.defaultStructure();
    out.println("Indiko example portal, open " + (structure == null ? uri : survey(structure)));
    out.println("  survey of a structure:  " + uri + "?s=ID");
    out.println("  its live results:       " + uri + "results?s=ID");
    out.println("  public overview:        " + uri + "index.html");
    out.println("  responses stored in:    " + store.file().toAbsolutePath());
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
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new PortalSettings(
        port,
        data,
        structure,
        clock,
        locale,
        SubmissionLimits.defaults().maxBodyBytes());
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
}
