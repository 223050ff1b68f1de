package io.github.indiko.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** The cookie of a browser session, {@value SurveyServlet#SESSION_COOKIE}, that tokens bind to. */
final class SessionCookie {
  private SessionCookie() {}

  /**
   * @param request a request
   * @return the session id its cookie holds, when well formed; else null
   */
  static @Nullable String read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (cookie.getName().equals(SurveyServlet.SESSION_COOKIE)) {
          return SubmissionKeys.session(cookie.getValue());
        }
      }
    }
    return null;
  }

  /**
   * @param request the request of the mount
   * @param session a new session id
   * @return the cookie: for the mount's path only, HttpOnly, SameSite=Strict, Secure on TLS
   */
  static Cookie of(HttpServletRequest request, String session) {
    Cookie cookie = new Cookie(SurveyServlet.SESSION_COOKIE, session);
    String path = request.getContextPath() + request.getServletPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }
}
