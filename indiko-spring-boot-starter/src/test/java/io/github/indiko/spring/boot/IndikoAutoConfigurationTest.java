package io.github.indiko.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.samples.SampleEdition;
import io.github.indiko.servlet.ResultsAccess;
import io.github.indiko.servlet.SubmissionKeys;
import io.github.indiko.servlet.SurveyServlet;
import io.github.indiko.servlet.SurveySettings;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The beans the auto-configuration declares from the properties, and how each gives way to the
 * application's: contexts started without a server.
 */
class IndikoAutoConfigurationTest {
  @TempDir Path temp;

  private WebApplicationContextRunner web;

  @BeforeEach
  void edition() throws IOException {
    Path edition = SampleEdition.copyTo(temp.resolve("edition"));
    web =
        new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IndikoAutoConfiguration.class))
            .withPropertyValues(
                "indiko.edition=" + edition.toUri(),
                "indiko.store.sqlite-file=" + temp.resolve("store.db"));
  }

  /** A host that answers who reads the reports itself. */
  @Configuration(proxyBeanMethods = false)
  static class HostAccess {
    static final ResultsAccess ACCESS = (request, structure, level) -> true;

    @Bean
    ResultsAccess hostAccess() {
      return ACCESS;
    }
  }

  @Test
  void context_hostResultsAccess_winsOverTheStarters() {
    web.withUserConfiguration(HostAccess.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ResultsAccess.class);
              assertThat(context.getBean(ResultsAccess.class)).isSameAs(HostAccess.ACCESS);
            });
  }

  @Test
  void context_withSpringSecurity_resultsAccessOfItsUsers() {
    web.run(
        context ->
            assertThat(context.getBean(ResultsAccess.class))
                .isInstanceOf(SpringSecurityResultsAccess.class));
  }

  @Test
  void context_withoutSpringSecurity_publicOverviewOnly() {
    web.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class))
        .run(
            context -> {
              ResultsAccess access = context.getBean(ResultsAccess.class);
              assertThat(access).isNotInstanceOf(SpringSecurityResultsAccess.class);
              assertThat(access.allows(null, new StructureId("x"), Level.RAW)).isFalse();
            });
  }

  @Test
  void context_properties_servletRegisteredAtTheMountWithTheSettings() {
    web.withPropertyValues(
            "indiko.mount-path=/enquete/",
            "indiko.locale=en",
            "indiko.layout=fragment",
            "indiko.open-links=false",
            "indiko.rate-limit.burst=5",
            "indiko.rate-limit.refill=10s",
            "indiko.max-body-bytes=4096",
            "indiko.results-max-age=0s",
            "indiko.questionnaire-version=3")
        .run(
            context -> {
              ServletRegistrationBean<?> registration =
                  context.getBean(IndikoAutoConfiguration.SERVLET_BEAN,
                      ServletRegistrationBean.class);
              assertThat(registration.getServlet()).isInstanceOf(SurveyServlet.class);
              assertThat(registration.getUrlMappings()).containsExactly("/enquete/*");
              SurveySettings settings = context.getBean(SurveySettings.class);
              assertThat(settings.locale()).isEqualTo(Locale.ENGLISH);
              assertThat(settings.layout()).isEqualTo(SurveySettings.Layout.FRAGMENT);
              assertThat(settings.openLinks()).isFalse();
              assertThat(settings.rateLimit().burst()).isEqualTo(5);
              assertThat(settings.rateLimit().refill()).hasSeconds(10);
              assertThat(settings.limits().maxBodyBytes()).isEqualTo(4096);
              assertThat(settings.resultsMaxAge()).isZero();
              assertThat(settings.questionnaireVersion()).isEqualTo(3);
            });
  }

  @Test
  void context_questionnaireVersionTheEditionLacks_failsNamingItsVersions() {
    web.withPropertyValues("indiko.questionnaire-version=4")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("it names 3"));
  }

  @Test
  void context_noLocale_theEditionsDefault() {
    web.run(
        context ->
            assertThat(context.getBean(SurveySettings.class).locale().getLanguage())
                .isEqualTo("fr"));
  }

  @Test
  void context_notAWebApplication_storeWithoutServlet() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(IndikoAutoConfiguration.class))
        .withPropertyValues(
            "indiko.edition=" + temp.resolve("edition").toUri(),
            "indiko.store.sqlite-file=" + temp.resolve("store.db"))
        .run(
            context -> {
              assertThat(context).hasSingleBean(EditionStore.class);
              assertThat(context).doesNotHaveBean(IndikoAutoConfiguration.SERVLET_BEAN);
            });
  }

  @Test
  void context_submissionSecretFile_keysOfTheFile() throws IOException {
    Path secret = Files.write(temp.resolve("secret"), new byte[32]);

    web.withPropertyValues("indiko.submission-secret=" + secret.toUri())
        .run(context -> assertThat(context).hasSingleBean(SubmissionKeys.class));
  }

  @Test
  void context_submissionSecretTooShort_fails() throws IOException {
    Path secret = Files.write(temp.resolve("secret"), new byte[31]);

    web.withPropertyValues("indiko.submission-secret=" + secret.toUri())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("at least 32 bytes"));
  }

  @Test
  void context_noInvitationKey_noInvitations() {
    web.run(context -> assertThat(context).doesNotHaveBean(Invitations.class));
  }

  @Test
  void context_invitationKey_invitationsAndAPseudonymisingStore() throws IOException {
    Path key = Files.write(temp.resolve("edition.key"), new byte[32]);

    web.withPropertyValues("indiko.invitations.key=" + key.toUri())
        .run(
            context -> {
              assertThat(context).hasSingleBean(Invitations.class);
              EditionStore store = context.getBean(EditionStore.class);
              String line =
                  firstSampleLine().replaceFirst("\\{", "{\"respondent\":\"someone\",");

              assertThat(store.accept(line, "key-1")).isInstanceOf(Outcome.Stored.class);
              store.export(temp.resolve("export"));

              assertThat(temp.resolve("export/responses.jsonl"))
                  .content()
                  .contains(Pseudonymiser.of(new byte[32]).pseudonym("someone"))
                  .doesNotContain("\"someone\"");
            });
  }

  private static String firstSampleLine() throws IOException {
    try (InputStream in = SampleEdition.open("responses.jsonl")) {
      String lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return lines.lines().findFirst().orElseThrow();
    }
  }

  /** A host that issues its own invitations. */
  @Configuration(proxyBeanMethods = false)
  static class HostInvitations {
    @Bean
    Invitations hostInvitations(EditionDefinitions definitions) {
      return Invitations.of(new byte[64], definitions.edition());
    }
  }

  @Test
  void context_hostInvitations_winOverTheStarters() throws IOException {
    Path key = Files.write(temp.resolve("edition.key"), new byte[32]);

    web.withUserConfiguration(HostInvitations.class)
        .withPropertyValues("indiko.invitations.key=" + key.toUri())
        .run(
            context -> {
              assertThat(context).hasSingleBean(Invitations.class);
              assertThat(context).hasBean("hostInvitations");
            });
  }

  @Test
  void context_invitationKeyTooShort_failsNamingTheProperty() throws IOException {
    Path key = Files.write(temp.resolve("edition.key"), new byte[31]);

    web.withPropertyValues("indiko.invitations.key=" + key.toUri())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("indiko.invitations.key")
                    .hasMessageContaining("holds 31 bytes")
                    .hasMessageContaining("at least 32"));
  }

  @Test
  void context_noEdition_failsNamingTheProperty() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(IndikoAutoConfiguration.class))
        .run(
            context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("indiko.edition"));
  }

  @Test
  void context_mountPathNotAPath_fails() {
    web.withPropertyValues("indiko.mount-path=survey")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("indiko.mount-path"));
  }
}
