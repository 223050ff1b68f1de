package io.github.indiko.examples.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.CsrfField;
import io.github.indiko.forms.FormOptions;
import io.github.indiko.forms.FormState;
import io.github.indiko.forms.Submission;
import io.github.indiko.forms.SubmissionContext;
import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.forms.Submissions;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ReportHtml;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.reports.StructureReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The portal's routes (see {@link Portal}). Thread-safe: every exchange works on its own state. */
final class PortalRoutes implements HttpHandler {
  private static final String HTML = "text/html; charset=utf-8";
  private static final String PAGE_CSP =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self';"
          + " base-uri 'none'; frame-ancestors 'none'";
  private static final String REPORT_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self';"
          + " base-uri 'none'; frame-ancestors 'none'";
  private static final Pattern STRUCTURE_PAGE =
      Pattern.compile("/structures/([^/]+)/(raw|analysis|organisation)\\.html");

  private final EditionDefinitions definitions;
  private final Submissions submissions;
  private final ResponseStore store;
  private final LiveResults results;
  private final Clock clock;
  private final Locale locale;
  private final Pages pages;
  private final @Nullable StructureId defaultStructure;
  private final int maxBodyBytes;
  private final SecureRandom random;
  private final Csrf csrf;
  private final Map<StructureId, Structure> enrolled = new LinkedHashMap<>();

  PortalRoutes(
      EditionDefinitions definitions,
      ResponseStore store,
      LiveResults results,
      Clock clock,
      Locale locale,
      @Nullable StructureId defaultStructure,
      int maxBodyBytes,
      SecureRandom random) {
    this.definitions = definitions;
    SubmissionLimits defaults = SubmissionLimits.defaults();
    this.submissions =
        Submissions.of(
            definitions,
            new SubmissionLimits(maxBodyBytes, defaults.maxFieldBytes(), defaults.maxFields()),
            clock);
    this.store = store;
    this.results = results;
    this.clock = clock;
    this.locale = locale;
    this.pages = Pages.of(locale);
    this.maxBodyBytes = maxBodyBytes;
    this.random = random;
    this.csrf = new Csrf(random);
    for (Enrolment enrolment : definitions.enrolments()) {
      definitions.structures().stream()
          .filter(s -> s.id().equals(enrolment.structure()))
          .findFirst()
          .ifPresent(s -> enrolled.put(s.id(), s));
    }
    if (defaultStructure != null && !enrolled.containsKey(defaultStructure)) {
      throw new IllegalArgumentException(
          "structure " + defaultStructure.value() + " is not enrolled in the edition");
    }
    this.defaultStructure = defaultStructure;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // The exchange is closed after the catch, so that the error page can still be sent.
    try (exchange) {
      try {
        route(exchange);
      } catch (IOException | RuntimeException e) {
        // An example has no logger: the console says what failed, the citizen gets a page.
        System.err.println(
            "indiko-portal: "
                + exchange.getRequestMethod()
                + " "
                + exchange.getRequestURI()
                + ": "
                + e);
        if (exchange.getResponseCode() == -1) {
          send(exchange, 500, PAGE_CSP, pages.serverError());
        }
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    boolean get = method.equals("GET");
    Matcher page = STRUCTURE_PAGE.matcher(path);
    if (path.equals("/")) {
      if (get) {
        survey(exchange, query);
      } else if (method.equals("POST")) {
        submit(exchange, query);
      } else {
        notAllowed(exchange, "GET, POST");
      }
    } else if (!get) {
      notAllowed(exchange, "GET");
    } else if (path.equals("/thanks")) {
      thanks(exchange, query);
    } else if (path.equals("/results")) {
      report(exchange, query.get("s"), query.get("level"));
    } else if (path.equals("/index.html")) {
      overview(exchange);
    } else if (page.matches()) {
      // getPath() is decoded already: decoding again would read %25 as an escape.
      report(exchange, page.group(1), page.group(2));
    } else {
      send(exchange, 404, PAGE_CSP, pages.notFound());
    }
  }

  private void survey(HttpExchange exchange, Map<String, String> query) throws IOException {
    if (!query.containsKey("s") && defaultStructure == null) {
      send(exchange, 200, PAGE_CSP, directory());
      return;
    }
    Structure structure = structure(exchange, query);
    if (structure == null) {
      return;
    }
    String session = Csrf.session(exchange.getRequestHeaders().get("Cookie"));
    if (session == null) {
      session = csrf.newSession();
      exchange.getResponseHeaders().add("Set-Cookie", Csrf.setCookie(session));
    }
    form(exchange, 200, structure, FormState.empty(), session);
  }

  private void form(
      HttpExchange exchange, int status, Structure structure, FormState state, String session)
      throws IOException {
    byte[] nonceBytes = new byte[18];
    random.nextBytes(nonceBytes);
    String nonce = Base64.getEncoder().encodeToString(nonceBytes);
    FormOptions options =
        FormOptions.of(locale, surveyHref(structure.id()))
            .withCsrf(new CsrfField(Csrf.FIELD, csrf.token(session)))
            .withScriptNonce(nonce);
    String fragment = submissions.form().render(state, options);
    String html = pages.survey(structure.name(), fragment, !state.errors().isEmpty());
    send(exchange, status, PAGE_CSP + "; script-src 'nonce-" + nonce + "'", html);
  }

  private void submit(HttpExchange exchange, Map<String, String> query) throws IOException {
    Structure structure = structure(exchange, query);
    if (structure == null) {
      return;
    }
    byte[] body = body(exchange);
    if (body == null) {
      send(exchange, 413, PAGE_CSP, pages.tooLarge());
      return;
    }
    String session = Csrf.session(exchange.getRequestHeaders().get("Cookie"));
    if (!csrf.check(session, Csrf.field(body))) {
      send(exchange, 403, PAGE_CSP, pages.forbidden(surveyHref(structure.id())));
      return;
    }
    SubmissionContext context =
        new SubmissionContext(
            new ResponseId("web-" + UUID.randomUUID()),
            structure.id(),
            Channel.WEBSITE,
            OffsetDateTime.ofInstant(clock.instant(), definitions.edition().timeZone()),
            null,
            locale,
            Csrf.FIELD);
    Submission submission = submissions.parse(new ByteArrayInputStream(body), context);
    if (submission instanceof Submission.Accepted accepted) {
      store.append(accepted.line());
      exchange.getResponseHeaders().add("Location", "/thanks?s=" + encode(structure.id()));
      send(exchange, 303, PAGE_CSP, "");
    } else if (submission instanceof Submission.Rejected rejected) {
      form(exchange, 422, structure, rejected.state(), session);
    }
  }

  /** The body, or null when it is larger than the limit (not read beyond it). */
  private byte @Nullable [] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBodyBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        return null;
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(maxBodyBytes + 1);
      return bytes.length > maxBodyBytes ? null : bytes;
    }
  }

  private void thanks(HttpExchange exchange, Map<String, String> query) throws IOException {
    Structure structure = structure(exchange, query);
    if (structure != null) {
      send(
          exchange,
          200,
          PAGE_CSP,
          pages.thanks(
              structure.name(),
              "/results?s=" + encode(structure.id()),
              surveyHref(structure.id())));
    }
  }

  private void report(HttpExchange exchange, @Nullable String id, @Nullable String level)
      throws IOException {
    Structure structure = enrolled(id);
    if (structure == null) {
      send(exchange, 404, PAGE_CSP, pages.unknownStructure(id == null ? "" : id));
      return;
    }
    StructureReports reports = results.reports().structure(structure.id()).orElseThrow();
    HtmlOptions options = new HtmlOptions(locale, ScoreScale.HUNDRED);
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    String chosen =
        level != null ? level : reports.analysis() != null ? "analysis" : "raw";
    switch (chosen) {
      case "raw" -> ReportHtml.write(reports.raw(), definitions, options, out);
      case "analysis" -> {
        if (reports.analysis() == null) {
          send(exchange, 404, PAGE_CSP, pages.notFound());
          return;
        }
        ReportHtml.write(reports.analysis(), definitions, options, out);
      }
      case "organisation" -> {
        if (reports.organisation() == null) {
          send(exchange, 404, PAGE_CSP, pages.notFound());
          return;
        }
        ReportHtml.write(reports.organisation(), definitions, options, out);
      }
      default -> {
        send(exchange, 404, PAGE_CSP, pages.notFound());
        return;
      }
    }
    send(exchange, 200, REPORT_CSP, out.toByteArray());
  }

  private void overview(HttpExchange exchange) throws IOException {
    ReportSet set = results.reports();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    ReportHtml.write(
        set.overview(),
        definitions,
        new HtmlOptions(locale, ScoreScale.HUNDRED),
        EnumSet.of(ReportFormat.HTML),
        out);
    send(exchange, 200, REPORT_CSP, out.toByteArray());
  }

  private String directory() {
    StringBuilder list = new StringBuilder("<ul>\n");
    boolean french = pages.language().equals("fr");
    enrolled.values().stream()
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .forEach(
            s ->
                list.append("<li><a href=\"")
                    .append(Pages.escape(surveyHref(s.id())))
                    .append("\">")
                    .append(Pages.escape(s.name()))
                    .append("</a> (<a href=\"/results?s=")
                    .append(Pages.escape(encode(s.id())))
                    .append("\">")
                    .append(french ? "résultats" : "results")
                    .append("</a>)</li>\n"));
    list.append("</ul>\n");
    return pages.directory(list.toString());
  }

  /** The enrolled structure of {@code ?s=} (or the default one), or null with a 404 page sent. */
  private @Nullable Structure structure(HttpExchange exchange, Map<String, String> query)
      throws IOException {
    String id = query.get("s");
    if (id == null && defaultStructure != null) {
      id = defaultStructure.value();
    }
    Structure structure = enrolled(id);
    if (structure == null) {
      send(exchange, 404, PAGE_CSP, pages.unknownStructure(id == null ? "" : id));
    }
    return structure;
  }

  private @Nullable Structure enrolled(@Nullable String id) {
    if (id == null) {
      return null;
    }
    try {
      return enrolled.get(new StructureId(id));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String surveyHref(StructureId id) {
    return "/?s=" + encode(id);
  }

  private static String encode(StructureId id) {
    return URLEncoder.encode(id.value(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      try {
        values.putIfAbsent(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed escape leaves the parameter out: the page then says what is missing.
      }
    }
    return values;
  }

  private void notAllowed(HttpExchange exchange, String allow) throws IOException {
    exchange.getResponseHeaders().add("Allow", allow);
    send(exchange, 405, PAGE_CSP, pages.methodNotAllowed());
  }

  private static void send(HttpExchange exchange, int status, String csp, String html)
      throws IOException {
    send(exchange, status, csp, html.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String csp, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", HTML);
    headers.set("Content-Security-Policy", csp);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
