package io.github.indiko.servlet;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.OrganisationReport;
import io.github.indiko.reports.RawReport;
import io.github.indiko.reports.ReportCsv;
import io.github.indiko.reports.ReportFolder;
import io.github.indiko.reports.ReportFormat;
import io.github.indiko.reports.ReportHtml;
import io.github.indiko.reports.ReportJson;
import io.github.indiko.reports.ReportSet;
import io.github.indiko.reports.StructureReports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The results pages of {@link SurveyServlet}, under {@code {mount}/_results/} in the layout of
 * {@link ReportFolder}: the public overview ({@code index.html}, also at the folder's own address)
 * to anyone, and each structure's {@code structures/ID/LEVEL.FORMAT} only when the host's {@link
 * ResultsAccess} allows it (scoring.md §6). The access is asked before anything else is looked
 * up: a denied request gets 401 without a user, else 403, whether the structure or its level
 * exists or not; an allowed one gets 404 for a structure not enrolled or a level its enrolment
 * does not include. Thread-safe.
 */
final class ResultsRoutes {
  /** The path segment of the results: not an identifier of format v1, so never a structure's. */
  static final String SEGMENT = "_results";

  private final EditionDefinitions definitions;
  private final ResultsAccess access;
  private final LiveReports live;
  private final HtmlOptions options;
  private final Pages pages;

  ResultsRoutes(
      EditionDefinitions definitions,
      ResultsAccess access,
      LiveReports live,
      HtmlOptions options,
      Pages pages) {
    this.definitions = definitions;
    this.access = access;
    this.live = live;
    this.options = options;
    this.pages = pages;
  }

  /**
   * @param path a request's path within the servlet
   * @return whether it is one of the results pages: the segment, or a path below it
   */
  static boolean claims(@Nullable String path) {
    return path != null && (path.equals("/" + SEGMENT) || path.startsWith("/" + SEGMENT + "/"));
  }

  /** Answers a GET of a path that {@link #claims}. */
  void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String overview =
        request.getContextPath() + request.getServletPath() + "/" + SEGMENT + "/";
    String rest = request.getPathInfo().substring(1 + SEGMENT.length());
    if (rest.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", overview);
      Replies.headers(response, null);
      return;
    }
    rest = rest.substring(1);
    if (rest.isEmpty() || rest.equals(ReportFolder.INDEX)) {
      Optional<ReportSet> reports = live.current();
      if (reports.isEmpty()) {
        unavailable(response);
        return;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      ReportHtml.write(
          reports.get().overview(), definitions, options, EnumSet.allOf(ReportFormat.class), out);
      send(response, HttpServletResponse.SC_OK, ReportFormat.HTML, out.toByteArray());
      return;
    }
    Report report = Report.parse(rest);
    if (report == null) {
      page(response, HttpServletResponse.SC_NOT_FOUND, pages.reportNotFound(overview));
    } else if (!access.allows(request, report.structure(), report.level())) {
      if (request.getUserPrincipal() == null) {
        page(response, HttpServletResponse.SC_UNAUTHORIZED, pages.signInRequired(overview));
      } else {
        page(response, HttpServletResponse.SC_FORBIDDEN, pages.accessDenied(overview));
      }
    } else {
      Optional<ReportSet> reports = live.current();
      if (reports.isEmpty()) {
        unavailable(response);
        return;
      }
      byte[] body =
          reports.get().structure(report.structure()).map(r -> render(r, report)).orElse(null);
      if (body == null) {
        page(response, HttpServletResponse.SC_NOT_FOUND, pages.reportNotFound(overview));
      } else {
        send(response, HttpServletResponse.SC_OK, report.format(), body);
      }
    }
  }

  /** The report in its format, or null when the structure's enrolment does not include it. */
  private byte @Nullable [] render(StructureReports reports, Report report) {
    Consumer<OutputStream> content =
        switch (report.level()) {
          case RAW -> raw(reports.raw(), report.format());
          case ANALYSIS -> {
            AnalysisReport analysis = reports.analysis();
            yield analysis == null ? null : analysis(analysis, report.format());
          }
          case ORGANISATION -> {
            OrganisationReport organisation = reports.organisation();
            yield organisation == null ? null : organisation(organisation, report.format());
          }
        };
    if (content == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    content.accept(out);
    return out.toByteArray();
  }

  private Consumer<OutputStream> raw(RawReport report, ReportFormat format) {
    return switch (format) {
      case JSON -> out -> ReportJson.write(report, out);
      case CSV -> out -> ReportCsv.write(report, out);
      case HTML -> out -> ReportHtml.write(report, definitions, options, out);
    };
  }

  private Consumer<OutputStream> analysis(AnalysisReport report, ReportFormat format) {
    return switch (format) {
      case JSON -> out -> ReportJson.write(report, out);
      case CSV -> out -> ReportCsv.write(report, out);
      case HTML -> out -> ReportHtml.write(report, definitions, options, out);
    };
  }

  private Consumer<OutputStream> organisation(OrganisationReport report, ReportFormat format) {
    return switch (format) {
      case JSON -> out -> ReportJson.write(report, out);
      case CSV -> out -> ReportCsv.write(report, out);
      case HTML -> out -> ReportHtml.write(report, definitions, options, out);
    };
  }

  private void unavailable(HttpServletResponse response) throws IOException {
    page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, pages.resultsUnavailable());
  }

  private static void page(HttpServletResponse response, int status, String html)
      throws IOException {
    send(response, status, ReportFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      HttpServletResponse response, int status, ReportFormat format, byte[] body)
      throws IOException {
    response.setStatus(status);
    Replies.headers(response, null);
    response.setContentType(
        switch (format) {
          case JSON -> "application/json";
          case CSV -> "text/csv;charset=UTF-8";
          case HTML -> "text/html;charset=UTF-8";
        });
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * A report's path below the segment, {@code structures/ID/LEVEL.FORMAT}: which structure, level
   * and format it names, whether or not the structure is enrolled at that level.
   */
  private record Report(StructureId structure, Level level, ReportFormat format) {
    /** The report a path names, or null when it has not that shape. */
    static @Nullable Report parse(String path) {
      String[] parts = path.split("/", -1);
      if (parts.length != 3 || !parts[0].equals(ReportFolder.STRUCTURES)) {
        return null;
      }
      int dot = parts[2].indexOf('.');
      if (dot < 0) {
        return null;
      }
      String extension = parts[2].substring(dot + 1);
      for (ReportFormat format : ReportFormat.values()) {
        if (format.id().equals(extension)) {
          try {
            return new Report(
                new StructureId(parts[1]), Level.fromId(parts[2].substring(0, dot)), format);
          } catch (IllegalArgumentException e) {
            return null;
          }
        }
      }
      return null;
    }
  }
}
