package io.github.indiko.examples.portal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's login: Spring Security's form login, with its anti-forgery token, for the one user
 * of {@link OperatorCredentials}, who has the starter's operator role
 * ({@code indiko.security.operator-role}). Every report under {@value Portal#RESULTS} needs a
 * logged-in user, who is sent to the login page first; the starter's {@code ResultsAccess} then
 * decides, by role, which reports that user reads. The survey, its thank-you page, the public
 * overview and the list of structures need no login.
 *
 * <p>Spring Security's anti-forgery check is off for the survey's paths alone: the survey's
 * servlet checks its own token, bound to its own session cookie, and a citizen has no Spring
 * session; the login and the logout keep Spring's.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class PortalSecurity {
  /** The starter's default role of the operators, when the property does not set one. */
  static final String OPERATOR_ROLE = "INDIKO_OPERATOR";

  @Bean
  SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
    String survey = Portal.MOUNT + "/**";
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, Portal.RESULTS, Portal.RESULTS + "index.html")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, Portal.RESULTS, Portal.RESULTS + "index.html")
                    .permitAll()
                    .requestMatchers(Portal.RESULTS + "**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .formLogin(login -> login.defaultSuccessUrl(Portal.RESULTS, false))
        .logout(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, survey)));
    return http.build();
  }

  @Bean
  PasswordEncoder portalPasswordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService portalOperator(OperatorCredentials credentials, Environment environment) {
    String role = environment.getProperty("indiko.security.operator-role", OPERATOR_ROLE);
    return new InMemoryUserDetailsManager(
        User.withUsername(credentials.user()).password(credentials.hash()).roles(role).build());
  }
}
