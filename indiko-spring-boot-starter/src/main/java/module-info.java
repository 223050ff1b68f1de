/**
 * Indiko's survey in a Spring Boot application from {@code indiko.*} properties alone: the
 * servlet registered at a path, the edition's responses stored in the application's DataSource
 * (or a SQLite file), and the reports shown to those Spring Security lets see them. Every bean
 * gives way to one the application declares. Never logs an answer, a token or a key.
 */
module io.github.indiko.spring.boot {
  // SurveyServlet and what its builder takes (EditionStore, SubmissionKeys, ResultsAccess,
  // ScoringEngine, Invitations), the beans this module declares; the store's Pseudonymiser.
  requires transitive io.github.indiko.servlet;
  // The previous edition's results (Reports.previous) that the servlet's analyses compare with.
  requires io.github.indiko.reports;
  // @AutoConfiguration, the conditions, @ConfigurationProperties and ServletRegistrationBean;
  // automatic modules named by their jars' manifests.
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.boot;
  requires transitive spring.context;
  requires spring.beans;
  // Resource and ResourcePatternResolver: the edition's folder, a secret's file.
  requires transitive spring.core;
  // The ResultsAccess of Spring Security's users, when the application has Spring Security.
  requires static spring.security.core;
  // The logging API, never a binding: the application's logging says where a line goes.
  requires org.slf4j;
  requires static transitive org.jspecify;

  // IndikoAutoConfiguration, IndikoProperties and SpringSecurityResultsAccess.
  exports io.github.indiko.spring.boot;

  // Spring reads the configuration's bean methods and binds the properties by reflection.
  opens io.github.indiko.spring.boot to spring.core, spring.beans, spring.context, spring.boot;
}
