package io.github.indiko.examples.portal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request at INFO once it is answered (docs/logging.md): {@code METHOD PATH STATUS N ms}.
 * The path is logged without its query, and nothing of the body, the cookies or the headers: a
 * citizen's answers, the anti-forgery token and the session never reach the log. A path longer
 * than {@value #LONGEST_PATH} characters is cut, so that a line stays short whatever is asked.
 */
final class RequestLog extends Filter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  /** The longest path logged whole, in characters. */
  static final int LONGEST_PATH = 200;

  private static final long NANOS_PER_MILLI = 1_000_000;

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    long started = System.nanoTime();
    try {
      chain.doFilter(exchange);
    } finally {
      if (LOG.isInfoEnabled()) {
        String path = exchange.getRequestURI().getRawPath();
        LOG.info(
            "{} {} {} {} ms",
            exchange.getRequestMethod(),
            path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "…" : path,
            exchange.getResponseCode(),
            (System.nanoTime() - started) / NANOS_PER_MILLI);
      }
    }
  }

  @Override
  public String description() {
    return "logs each request's method, path without its query, status and time";
  }
}
