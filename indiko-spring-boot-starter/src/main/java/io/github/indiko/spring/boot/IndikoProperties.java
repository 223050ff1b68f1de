package io.github.indiko.spring.boot;

import io.github.indiko.forms.SubmissionLimits;
import io.github.indiko.servlet.SurveySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code indiko.*} properties of the survey in a Spring Boot application; each field's
 * comment is its description in the configuration metadata, its initial value the default there.
 * Only {@code indiko.edition} is required; the others default to what {@link SurveySettings#of},
 * {@link io.github.indiko.servlet.RateLimit#defaults()} and {@link SubmissionLimits#defaults()}
 * choose (a test checks they agree).
 */
@ConfigurationProperties("indiko")
public class IndikoProperties {
  /**
   * The edition's folder (formats.md, edition.json): a Spring resource location, e.g.
   * file:/srv/barometre/2026 or classpath:barometre/2026; a classpath folder inside a jar is copied
   * to a temporary folder to be loaded.
   */
  private @Nullable Resource edition;

  /** The path the survey is served under: {mount-path}/{structure id}. */
  private String mountPath = "/survey";

  /** The citizens' language; by default, the edition's default locale. */
  private @Nullable Locale locale;

  /** Whether the survey is a whole page, or the form fragment alone for the host's layout. */
  private SurveySettings.Layout layout = SurveySettings.Layout.PAGE;

  /** Whether the survey answers without an invitation. */
  private boolean openLinks = true;

  /**
   * The version of the questionnaire the survey serves, one the edition names (analysis.md §A4);
   * by default, the newest.
   */
  private @Nullable Integer questionnaireVersion;

  /** The largest body of a submission, in bytes; larger ones are refused with 413. */
  private int maxBodyBytes = 1_048_576;

  /** How long scored reports are served before the store is scored again. */
  private Duration resultsMaxAge = Duration.ofMinutes(1);

  /**
   * The server key of the forms' anti-forgery tokens and submission keys: a resource of at least
   * 32 random bytes, the same for every server sharing the store. When absent, a random key is
   * drawn at start: forms opened before a restart are then refused.
   */
  private @Nullable Resource submissionSecret;

  /** How many submissions one client may post. */
  private final RateLimit rateLimit = new RateLimit();

  /** The edition's single-use invitations. */
  private final Invitations invitations = new Invitations();

  /** Where the responses are stored. */
  private final Store store = new Store();

  /** Who may read the reports, when Spring Security is on the class path. */
  private final Security security = new Security();

  /**
   * @return the edition's folder, or null when not set
   */
  public @Nullable Resource getEdition() {
    return edition;
  }

  /**
   * @param edition the edition's folder
   */
  public void setEdition(@Nullable Resource edition) {
    this.edition = edition;
  }

  /**
   * @return the path the survey is served under
   */
  public String getMountPath() {
    return mountPath;
  }

  /**
   * @param mountPath the path the survey is served under, e.g. {@code /survey}
   */
  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  /**
   * @return the citizens' language, or null for the edition's
   */
  public @Nullable Locale getLocale() {
    return locale;
  }

  /**
   * @param locale the citizens' language
   */
  public void setLocale(@Nullable Locale locale) {
    this.locale = locale;
  }

  /**
   * @return a whole page or the fragment alone
   */
  public SurveySettings.Layout getLayout() {
    return layout;
  }

  /**
   * @param layout a whole page or the fragment alone
   */
  public void setLayout(SurveySettings.Layout layout) {
    this.layout = layout;
  }

  /**
   * @return whether the survey answers without an invitation
   */
  public boolean isOpenLinks() {
    return openLinks;
  }

  /**
   * @param openLinks whether the survey answers without an invitation
   */
  public void setOpenLinks(boolean openLinks) {
    this.openLinks = openLinks;
  }

  /**
   * @return the version of the questionnaire served, or null for the newest
   */
  public @Nullable Integer getQuestionnaireVersion() {
    return questionnaireVersion;
  }

  /**
   * @param questionnaireVersion the version of the questionnaire served, or null for the newest
   */
  public void setQuestionnaireVersion(@Nullable Integer questionnaireVersion) {
    this.questionnaireVersion = questionnaireVersion;
  }

  /**
   * @return the largest body of a submission, in bytes
   */
  public int getMaxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * @param maxBodyBytes the largest body of a submission, in bytes
   */
  public void setMaxBodyBytes(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @return how long scored reports are served
   */
  public Duration getResultsMaxAge() {
    return resultsMaxAge;
  }

  /**
   * @param resultsMaxAge how long scored reports are served
   */
  public void setResultsMaxAge(Duration resultsMaxAge) {
    this.resultsMaxAge = resultsMaxAge;
  }

  /**
   * @return the server key's resource, or null for a random key
   */
  public @Nullable Resource getSubmissionSecret() {
    return submissionSecret;
  }

  /**
   * @param submissionSecret the server key's resource
   */
  public void setSubmissionSecret(@Nullable Resource submissionSecret) {
    this.submissionSecret = submissionSecret;
  }

  /**
   * @return the rate limit's properties
   */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /**
   * @return the invitations' properties
   */
  public Invitations getInvitations() {
    return invitations;
  }

  /**
   * @return the store's properties
   */
  public Store getStore() {
    return store;
  }

  /**
   * @return the security properties
   */
  public Security getSecurity() {
    return security;
  }

  /** {@code indiko.rate-limit.*}: a token bucket per client address. */
  public static class RateLimit {
    /** The submissions one client may post at once. */
    private int burst = 30;

    /** The time after which a client may post one more submission. */
    private Duration refill = Duration.ofSeconds(2);

    /**
     * @return the submissions one client may post at once
     */
    public int getBurst() {
      return burst;
    }

    /**
     * @param burst the submissions one client may post at once
     */
    public void setBurst(int burst) {
      this.burst = burst;
    }

    /**
     * @return the time after which one more submission is allowed
     */
    public Duration getRefill() {
      return refill;
    }

    /**
     * @param refill the time after which one more submission is allowed
     */
    public void setRefill(Duration refill) {
      this.refill = refill;
    }
  }

  /** {@code indiko.invitations.*}: the edition's single-use invitation links. */
  public static class Invitations {
    /**
     * The edition's key: a resource of at least 32 random bytes, taken as they are. When set, the
     * survey accepts invitation links (parameter i) signed with it, and the store keeps every
     * respondent as its pseudonym under it, as the CLI's --pseudonymise-key does with the same
     * file.
     */
    private @Nullable Resource key;

    /**
     * @return the key's resource, or null when the survey has no invitations
     */
    public @Nullable Resource getKey() {
      return key;
    }

    /**
     * @param key the key's resource
     */
    public void setKey(@Nullable Resource key) {
      this.key = key;
    }
  }

  /** {@code indiko.store.*}: where the responses are kept. */
  public static class Store {
    /** The SQLite file of the responses, used when the application has no DataSource. */
    private Path sqliteFile = Path.of("indiko.db");

    /**
     * Whether Indiko migrates its tables at start; false when the application's Flyway runs
     * IndikoStore's migrations (IndikoStore.POSTGRESQL_MIGRATIONS or SQLITE_MIGRATIONS, history
     * table indiko_schema_history).
     */
    private boolean migrate = true;

    /**
     * @return the SQLite file
     */
    public Path getSqliteFile() {
      return sqliteFile;
    }

    /**
     * @param sqliteFile the SQLite file
     */
    public void setSqliteFile(Path sqliteFile) {
      this.sqliteFile = sqliteFile;
    }

    /**
     * @return whether Indiko migrates its tables
     */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * @param migrate whether Indiko migrates its tables
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }
  }

  /** {@code indiko.security.*}: the authorities that open the reports under Spring Security. */
  public static class Security {
    /** The role (without ROLE_) of the operators, who may read every report. */
    private String operatorRole = "INDIKO_OPERATOR";

    /**
     * The prefix of the authority of a structure's staff, who may read that structure's reports:
     * the prefix followed by the structure's id.
     */
    private String structureAuthorityPrefix = "INDIKO_STRUCTURE_";

    /**
     * @return the operators' role
     */
    public String getOperatorRole() {
      return operatorRole;
    }

    /**
     * @param operatorRole the operators' role, without {@code ROLE_}
     */
    public void setOperatorRole(String operatorRole) {
      this.operatorRole = operatorRole;
    }

    /**
     * @return the prefix of a structure's authority
     */
    public String getStructureAuthorityPrefix() {
      return structureAuthorityPrefix;
    }

    /**
     * @param structureAuthorityPrefix the prefix of a structure's authority
     */
    public void setStructureAuthorityPrefix(String structureAuthorityPrefix) {
      this.structureAuthorityPrefix = structureAuthorityPrefix;
    }
  }
}
