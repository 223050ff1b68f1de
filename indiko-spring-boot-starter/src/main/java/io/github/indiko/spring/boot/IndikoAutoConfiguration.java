package io.github.indiko.spring.boot;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.reports.Reports;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.servlet.RateLimit;
import io.github.indiko.servlet.ResultsAccess;
import io.github.indiko.servlet.SubmissionKeys;
import io.github.indiko.servlet.SurveyServlet;
import io.github.indiko.servlet.SurveySettings;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.IndikoStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * The survey of one edition in a Spring Boot application, from {@link IndikoProperties}: the
 * edition's definitions, its store (in the application's {@link DataSource} when it has one, else
 * in a SQLite file), the submission keys, the scoring engine, who may read the reports and, in a
 * servlet web application, the {@link SurveyServlet} at {@code {indiko.mount-path}/*}, with the
 * previous edition's results that the edition names, for the analyses. With {@code
 * indiko.invitations.key}, the edition's {@link Invitations}, which the servlet accepts and the
 * application issues links of, and a store that keeps respondents as their pseudonyms under the
 * same key. Each bean
 * gives way to one of the same type the application declares (the servlet's registration to a
 * bean named {@value #SERVLET_BEAN}). A {@link Clock} bean of the application, when there is one,
 * is the survey's and the engine's clock. Nothing is imposed on the application's security: no
 * filter chain, no login.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
    })
@EnableConfigurationProperties(IndikoProperties.class)
public class IndikoAutoConfiguration {
  /** The name of the servlet's registration bean. */
  public static final String SERVLET_BEAN = "indikoSurveyServlet";

  private static final Logger LOG = LoggerFactory.getLogger(IndikoAutoConfiguration.class);
  private static final String INVITATION_KEY = "indiko.invitations.key";

  /** Made by Spring. */
  public IndikoAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(EditionDefinitions.class)
  EditionLocation indikoEditionLocation(IndikoProperties properties, ResourceLoader loader) {
    Resource edition = properties.getEdition();
    if (edition == null) {
      throw new IllegalStateException("indiko.edition names no edition folder");
    }
    return EditionLocation.of(edition, ResourcePatternUtils.getResourcePatternResolver(loader));
  }

  /**
   * @param location the edition's folder
   * @return the edition's definitions, loaded and checked
   */
  @Bean
  @ConditionalOnMissingBean
  public EditionDefinitions indikoEditionDefinitions(ObjectProvider<EditionLocation> location) {
    return EditionFolder.load(location.getObject().folder());
  }

  /**
   * @param properties whether Indiko migrates its tables, and the SQLite file
   * @param dataSource the application's data source, if it has one
   * @return the store: in the application's data source, else in the SQLite file; closed with the
   *     application (a data source is left open)
   */
  @Bean
  @ConditionalOnMissingBean
  public IndikoStore indikoStore(
      IndikoProperties properties, ObjectProvider<DataSource> dataSource) {
    DataSource source = dataSource.getIfUnique();
    IndikoStore store;
    if (source == null) {
      store = IndikoStore.sqlite(properties.getStore().getSqliteFile());
    } else if (properties.getStore().isMigrate()) {
      store = IndikoStore.of(source);
    } else {
      store = IndikoStore.ofMigratedByHost(source);
    }
    LOG.info("Indiko stores responses in the {}", store.describe());
    return store;
  }

  /**
   * @param store the store
   * @param definitions the edition's definitions
   * @param properties the edition's key, if any
   * @return the store of that edition; with {@code indiko.invitations.key}, one that keeps every
   *     respondent as its pseudonym under the key (the lines it gives to score are pseudonymised
   *     already: an engine reads them as they are)
   * @throws IllegalStateException when the key has fewer than 32 bytes
   */
  @Bean
  @ConditionalOnMissingBean
  public EditionStore indikoEditionStore(
      IndikoStore store, EditionDefinitions definitions, IndikoProperties properties) {
    byte[] key = invitationKey(properties);
    if (key == null) {
      return store.edition(definitions);
    }
    try {
      LOG.info(
          "Indiko keeps the respondents of edition {} as pseudonyms under {}",
          definitions.edition().id(),
          INVITATION_KEY);
      return store.edition(definitions, Pseudonymiser.of(key));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * @param properties the edition's key
   * @param definitions the edition, whose collection ends the tokens' validity
   * @return the edition's invitations under the key, which the survey accepts and from which the
   *     application issues links ({@link Invitations#issue})
   * @throws IllegalStateException when the key has fewer than 32 bytes
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "indiko.invitations", name = "key")
  public Invitations indikoInvitations(
      IndikoProperties properties, EditionDefinitions definitions) {
    byte[] key = invitationKey(properties);
    if (key == null) {
      throw new IllegalStateException(INVITATION_KEY + " names no resource");
    }
    try {
      return Invitations.of(key, definitions.edition());
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * @param properties the secret's resource, if any
   * @return the keys under the secret, or under a random key drawn now
   */
  @Bean
  @ConditionalOnMissingBean
  public SubmissionKeys indikoSubmissionKeys(IndikoProperties properties) {
    Resource secret = properties.getSubmissionSecret();
    if (secret == null) {
      LOG.info(
          "indiko.submission-secret is not set: the forms' key is random, and forms opened"
              + " before a restart will be refused after it");
      return SubmissionKeys.random();
    }
    return SubmissionKeys.of(bytes(secret, "indiko.submission-secret"));
  }

  /**
   * @param clock the application's clock, if it has one
   * @return the built-in strategies, scoring as of the clock's day; without a pseudonymiser, since
   *     the store's lines carry the respondents as it keeps them (pseudonyms already, under {@code
   *     indiko.invitations.key})
   */
  @Bean
  @ConditionalOnMissingBean
  public ScoringEngine indikoScoringEngine(ObjectProvider<Clock> clock) {
    return ScoringEngine.builder().builtIns().clock(clock(clock)).build();
  }

  /**
   * @param properties the language, layout, limits, ages and version of the questionnaire
   * @param definitions the edition, whose default locale is the survey's unless set
   * @param clock the application's clock, if it has one
   * @return the survey's settings
   */
  @Bean
  @ConditionalOnMissingBean
  public SurveySettings indikoSurveySettings(
      IndikoProperties properties, EditionDefinitions definitions, ObjectProvider<Clock> clock) {
    Locale locale = properties.getLocale();
    if (locale == null) {
      locale = Locale.forLanguageTag(definitions.edition().defaultLocale());
    }
    SubmissionLimits defaults = SubmissionLimits.defaults();
    IndikoProperties.RateLimit rate = properties.getRateLimit();
    return SurveySettings.of(locale)
        .withLimits(
            new SubmissionLimits(
                properties.getMaxBodyBytes(), defaults.maxFieldBytes(), defaults.maxFields()))
        .withClock(clock(clock))
        .withLayout(properties.getLayout())
        .withRateLimit(new RateLimit(rate.getBurst(), rate.getRefill()))
        .withOpenLinks(properties.isOpenLinks())
        .withResultsMaxAge(properties.getResultsMaxAge())
        .withQuestionnaireVersion(properties.getQuestionnaireVersion());
  }

  private static Clock clock(ObjectProvider<Clock> clock) {
    return clock.getIfUnique(Clock::systemUTC);
  }

  /** The bytes of {@code indiko.invitations.key}, never shown, or null when it is not set. */
  private static byte @Nullable [] invitationKey(IndikoProperties properties) {
    Resource resource = properties.getInvitations().getKey();
    if (resource == null) {
      return null;
    }
    byte[] key = bytes(resource, INVITATION_KEY);
    if (key.length < Invitations.MIN_KEY_BYTES) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      throw new IllegalStateException(
          INVITATION_KEY + " (" + resource.getDescription() + ") holds " + length
              + " bytes; an edition's key has at least " + Invitations.MIN_KEY_BYTES
              + " random bytes");
    }
    return key;
  }

  /** The bytes of a secret's resource, never shown. */
  static byte[] bytes(Resource resource, String property) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(property + " cannot be read: " + resource, e);
    }
  }

  /** The servlet, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class Servlet {
    @Bean(SERVLET_BEAN)
    @ConditionalOnMissingBean(name = SERVLET_BEAN)
    ServletRegistrationBean<SurveyServlet> indikoSurveyServlet(
        IndikoProperties properties,
        EditionDefinitions definitions,
        EditionStore store,
        SubmissionKeys keys,
        SurveySettings settings,
        ResultsAccess access,
        ScoringEngine engine,
        ObjectProvider<Invitations> invitations,
        ObjectProvider<EditionLocation> location) {
      SurveyServlet.Builder builder =
          SurveyServlet.builder(definitions, store)
              .keys(keys)
              .settings(settings)
              .resultsAccess(access)
              .engine(engine);
      invitations.ifAvailable(builder::invitations);
      EditionLocation folder = location.getIfAvailable();
      if (folder != null) {
        Reports.previous(definitions, folder.folder()).ifPresent(builder::previousResults);
      }
      SurveyServlet servlet = builder.build();
      String mount = mount(properties.getMountPath());
      LOG.info("Indiko serves the survey of edition {} at {}/", definitions.edition().id(), mount);
      ServletRegistrationBean<SurveyServlet> registration =
          new ServletRegistrationBean<>(servlet, mount + "/*");
      registration.setName(SERVLET_BEAN);
      return registration;
    }

    /** The mount path with one leading slash and no trailing one. */
    private static String mount(String path) {
      String mount = path.strip();
      while (mount.endsWith("/")) {
        mount = mount.substring(0, mount.length() - 1);
      }
      if (mount.isEmpty() || !mount.startsWith("/") || mount.contains("*")) {
        throw new IllegalStateException(
            "indiko.mount-path is a path below the root such as /survey, not " + path);
      }
      return mount;
    }
  }

  /** Without Spring Security: the public overview only. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingClass(SpringSecurityResultsAccess.CONTEXT_HOLDER)
  static class PublicOverviewOnly {
    @Bean
    @ConditionalOnMissingBean
    ResultsAccess indikoResultsAccess() {
      return ResultsAccess.publicOverviewOnly();
    }
  }

  /** With Spring Security: the operators and each structure's staff. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = SpringSecurityResultsAccess.CONTEXT_HOLDER)
  static class SpringSecurity {
    @Bean
    @ConditionalOnMissingBean
    ResultsAccess indikoResultsAccess(IndikoProperties properties) {
      IndikoProperties.Security security = properties.getSecurity();
      return new SpringSecurityResultsAccess(
          security.getOperatorRole(), security.getStructureAuthorityPrefix());
    }
  }
}
