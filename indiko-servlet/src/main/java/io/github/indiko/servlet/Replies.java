package io.github.indiko.servlet;

import io.github.indiko.servlet.Admission.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * How the servlet answers: every page and redirect with a Content-Security-Policy (scripts only
 * by nonce), {@code nosniff}, no referrer and no caching.
 */
final class Replies {
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private Replies() {}

  /**
   * @param response the response
   * @param status its status
   * @param nonce the nonce of the page's script, or null when it has none
   * @param html the page, or the form fragment alone
   * @throws IOException when it cannot be written
   */
  static void send(HttpServletResponse response, int status, @Nullable String nonce, String html)
      throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    headers(response, nonce);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /**
   * @param response the response
   * @param refusal its status, its page and, when positive, the seconds of {@code Retry-After}
   * @throws IOException when it cannot be written
   */
  static void send(HttpServletResponse response, Refusal refusal) throws IOException {
    if (refusal.retryAfter() > 0) {
      response.setHeader("Retry-After", Long.toString(refusal.retryAfter()));
    }
    send(response, refusal.status(), null, refusal.page());
  }

  /**
   * @param response the response
   * @param location where to, a path of the host
   */
  static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
    headers(response, null);
  }

  /** The headers of every page: its CSP (scripts only by nonce), nosniff, no referrer, no cache. */
  static void headers(HttpServletResponse response, @Nullable String nonce) {
    String csp = nonce == null ? CSP : CSP + "; script-src 'nonce-" + nonce + "'";
    response.setHeader("Content-Security-Policy", csp);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
  }
}
