package io.github.indiko.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.security.Principal;

/**
 * Test-only authentication: a request carrying the header {@value #HEADER} is passed on wrapped,
 * its user ({@link HttpServletRequest#getUserPrincipal()}) named by that header. A real host
 * authenticates with its container's or framework's login instead; anyone can send this header.
 */
final class TestUserFilter implements Filter {
  /** The header naming the request's user. */
  static final String HEADER = "X-Test-User";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String user = http.getHeader(HEADER);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    Principal principal = () -> user;
    chain.doFilter(
        new HttpServletRequestWrapper(http) {
          @Override
          public Principal getUserPrincipal() {
            return principal;
          }

          @Override
          public String getRemoteUser() {
            return user;
          }
        },
        response);
  }
}
