package io.github.indiko.spring.boot;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.forms.SubmissionLimits;
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
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
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
 * previous edition's results that the edition names, for the analyses. Each bean
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
   * @return the store of that edition
   */
  @Bean
  @ConditionalOnMissingBean
  public EditionStore indikoEditionStore(IndikoStore store, EditionDefinitions definitions) {
    return store.edition(definitions);
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
   * @return the built-in strategies, scoring as of the clock's day
   */
  @Bean
  @ConditionalOnMissingBean
  public ScoringEngine indikoScoringEngine(ObjectProvider<Clock> clock) {
    return ScoringEngine.builder().builtIns().clock(clock(clock)).build();
  }

  /**
   * @param properties the language, layout, limits and ages
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
        .withResultsMaxAge(properties.getResultsMaxAge());
  }

  private static Clock clock(ObjectProvider<Clock> clock) {
    return clock.getIfUnique(Clock::systemUTC);
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
        ObjectProvider<EditionLocation> location) {
      SurveyServlet.Builder builder =
          SurveyServlet.builder(definitions, store)
              .keys(keys)
              .settings(settings)
              .resultsAccess(access)
              .engine(engine);
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
