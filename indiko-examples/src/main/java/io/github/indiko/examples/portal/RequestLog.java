package io.github.indiko.examples.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request at INFO once it is answered (docs/logging.md): {@code METHOD PATH STATUS N ms}.
 * The path is logged without its query, and nothing of the body, the cookies or the headers: a
 * citizen's answers, the anti-forgery token, an invitation, the sessions and the operator's
 * password never reach the log. A path longer than {@value #LONGEST_PATH} characters is cut, so
 * that a line stays short whatever is asked. The portal puts it first, before the login's filters,
 * so that the requests those answer are logged too.
 */
final class RequestLog extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  /** The longest path logged whole, in characters. */
  static final int LONGEST_PATH = 200;

  private static final long NANOS_PER_MILLI = 1_000_000;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (LOG.isInfoEnabled()) {
        String path = request.getRequestURI();
        LOG.info(
            "{} {} {} {} ms",
            request.getMethod(),
            path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "…" : path,
            response.getStatus(),
            (System.nanoTime() - started) / NANOS_PER_MILLI);
      }
    }
  }
}
