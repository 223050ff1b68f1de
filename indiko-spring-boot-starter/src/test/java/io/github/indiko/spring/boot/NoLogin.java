package io.github.indiko.spring.boot;

/**
 * The auto-configurations of Spring Security's login, left out of the test applications that
 * have no security: Spring Security is on the tests' class path for the one that has.
 */
final class NoLogin {
  /** Their names, comma-separated, for {@code spring.autoconfigure.exclude}. */
  static final String CONFIGURATIONS =
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
          + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
          + "org.springframework.boot.security.autoconfigure.web.servlet"
          + ".ServletWebSecurityAutoConfiguration,"
          + "org.springframework.boot.security.autoconfigure.web.servlet"
          + ".SecurityFilterAutoConfiguration";

  private NoLogin() {}
}
