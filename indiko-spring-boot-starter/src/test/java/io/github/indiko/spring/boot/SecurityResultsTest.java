package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal with Spring Security (HTTP basic, users in memory) and the starter's properties: the
 * survey's reports follow the users' authorities through the starter's ResultsAccess, with no
 * security rule of the application naming them. Anonymous requests get no report of any
 * structure; an operator gets every one; a structure's staff get their structure's only.
 */
@SpringBootTest(
    classes = SecurityResultsTest.Portal.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "spring.autoconfigure.exclude="
          + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
class SecurityResultsTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static Path folder;

  @LocalServerPort int port;
  @Autowired EditionDefinitions definitions;

  /** The portal: its own login, every path open to anyone, the survey's POSTs without CSRF. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Portal {
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .httpBasic(Customizer.withDefaults())
          .csrf(csrf -> csrf.ignoringRequestMatchers("/survey/**"))
          .build();
    }

    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(
          User.withUsername("operator").password("{noop}" + PASSWORD)
              .roles("INDIKO_OPERATOR").build(),
          User.withUsername("staff").password("{noop}" + PASSWORD)
              .authorities("INDIKO_STRUCTURE_" + SurveyHttp.STRUCTURE).build(),
          User.withUsername("citizen").password("{noop}" + PASSWORD)
              .roles("USER").build());
    }

    @Bean
    Clock clock() {
      return SurveyHttp.collecting();
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    folder = SurveyHttp.folderWithTheSample("indiko-starter-security-");
    Path edition = folder.resolve("edition");
    registry.add("indiko.edition", () -> edition.toUri().toString());
    registry.add("indiko.store.sqlite-file", () -> folder.resolve("store.db").toString());
  }

  @AfterAll
  static void deleteFolder() throws IOException {
    SurveyHttp.delete(folder);
  }

  @Test
  void reports_anonymous_everyReportOfEveryStructureRefused() throws Exception {
    SurveyHttp http = new SurveyHttp(port);

    for (String url : everyReport()) {
      assertThat(http.get(url).statusCode()).as(url).isIn(401, 403);
    }
    assertThat(http.get("/survey/_results/").statusCode()).isEqualTo(200);
  }

  @Test
  void reports_userWithoutIndikoAuthority_everyReportForbidden() throws Exception {
    SurveyHttp http = new SurveyHttp(port);

    for (String url : everyReport()) {
      assertThat(http.get(url, basic("citizen")).statusCode()).as(url).isEqualTo(403);
    }
  }

  @Test
  void reports_operator_everyEnrolledReportServed() throws Exception {
    SurveyHttp http = new SurveyHttp(port);

    for (Enrolment enrolment : definitions.enrolments()) {
      String url = report(enrolment.structure().value(), enrolment.level(), "html");
      assertThat(http.get(url, basic("operator")).statusCode()).as(url).isEqualTo(200);
    }
  }

  @Test
  void reports_staff_theirStructureOnly() throws Exception {
    SurveyHttp http = new SurveyHttp(port);
    int own = 0;
    int others = 0;

    for (Enrolment enrolment : definitions.enrolments()) {
      String structure = enrolment.structure().value();
      String url = report(structure, enrolment.level(), "html");
      int status = http.get(url, basic("staff")).statusCode();
      if (structure.equals(SurveyHttp.STRUCTURE)) {
        assertThat(status).as(url).isEqualTo(200);
        own++;
      } else {
        assertThat(status).as(url).isEqualTo(403);
        others++;
      }
    }
    assertThat(own).isEqualTo(1);
    assertThat(others).isPositive();
  }

  /** Every report of every structure: the three levels, in each format. */
  private List<String> everyReport() {
    List<String> urls = new ArrayList<>();
    for (Enrolment enrolment : definitions.enrolments()) {
      for (Level level : Level.values()) {
        for (String format : List.of("html", "json", "csv")) {
          urls.add(report(enrolment.structure().value(), level, format));
        }
      }
    }
    return urls;
  }

  private static String report(String structure, Level level, String format) {
    return "/survey/_results/structures/" + structure + "/" + level.id() + "." + format;
  }

  private static String[] basic(String user) {
    String credentials = user + ":" + PASSWORD;
    return new String[] {
      "Authorization",
      "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))
    };
  }
}
