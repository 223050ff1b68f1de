package io.github.indiko.servlet;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionState;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.forms.kit.Invitations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a request reaches the survey: the client's submission rate, the edition's collection
 * period and the invitation the link carries. Each check answers null when the request may go on,
 * else the {@link Refusal} to send. Thread-safe.
 */
final class Admission {
  /** The query parameter of an invitation's token, as the communication kit's link has it. */
  static final String INVITATION = "i";

  private final Edition edition;
  private final SurveySettings settings;
  private final @Nullable Invitations invitations;
  private final ClientBuckets buckets;
  private final Pages pages;

  Admission(
      Edition edition, SurveySettings settings, @Nullable Invitations invitations, Pages pages) {
    this.edition = edition;
    this.settings = settings;
    this.invitations = invitations;
    this.buckets =
        new ClientBuckets(settings.rateLimit(), settings.clock(), ClientBuckets.MAX_CLIENTS);
    this.pages = pages;
  }

  /**
   * Takes one submission from the client's bucket (its remote address, as the container reports
   * it: behind a proxy, the container's forwarded-header handling gives the citizen's).
   *
   * @param request a POST, whose body is not read
   * @return null when the client may submit; else 429 with the seconds to wait
   */
  @Nullable Refusal rate(HttpServletRequest request) {
    long wait = buckets.take(request.getRemoteAddr());
    return wait == 0 ? null : new Refusal(429, pages.tooManyRequests(), wait);
  }

  /**
   * Whether the edition collects at the settings' clock's instant ({@link Edition#collectsAt},
   * domain.md, Lifecycle of an edition).
   *
   * @return null when it does; else 403 and a page with the opening date when it has not opened
   *     yet (its state is not past {@code collection} and the day not past {@code
   *     collection.to}), 410 and a page saying it is closed otherwise
   */
  @Nullable Refusal collection() {
    Instant now = settings.clock().instant();
    if (edition.collectsAt(now)) {
      return null;
    }
    LocalDate today = LocalDate.ofInstant(now, edition.timeZone());
    LocalDate from = edition.collection().from();
    boolean notYet =
        edition.stateOn(today).compareTo(EditionState.COLLECTION) <= 0
            && !today.isAfter(edition.collection().to());
    if (!notYet) {
      return new Refusal(HttpServletResponse.SC_GONE, pages.closed(), 0);
    }
    String page = pages.notYetOpen(from.isAfter(today) ? from : null);
    return new Refusal(HttpServletResponse.SC_FORBIDDEN, page, 0);
  }

  /**
   * @param request a request of a structure's survey
   * @param structure that structure
   * @return the invitation the request carries ({@link Invitation#OPEN} without one, when open
   *     links are allowed), or null when it carries an invalid or expired one, more than one, or
   *     none while open links are not allowed
   */
  @Nullable Invitation invitation(HttpServletRequest request, StructureId structure) {
    List<@Nullable String> tokens = FormFields.parameters(request, INVITATION);
    if (tokens.isEmpty()) {
      return settings.openLinks() ? Invitation.OPEN : null;
    }
    String token = tokens.size() == 1 ? tokens.get(0) : null;
    if (invitations == null || token == null) {
      return null;
    }
    return invitations
        .respondent(structure, token, settings.clock().instant())
        .map(respondent -> new Invitation(token, respondent))
        .orElse(null);
  }

  /**
   * What the servlet sends instead of the survey.
   *
   * @param status the status
   * @param page the page
   * @param retryAfter the seconds of {@code Retry-After}, or 0 for none
   */
  record Refusal(int status, String page, long retryAfter) {}

  /**
   * The invitation of a request.
   *
   * @param token its token, base64url (no character to escape in a URL), or null for an open link
   * @param respondent the respondent its response carries, or null for an open link
   */
  record Invitation(@Nullable String token, @Nullable String respondent) {
    /** An open link: no invitation, no respondent. */
    static final Invitation OPEN = new Invitation(null, null);

    /**
     * @param href the survey's address
     * @return that address carrying the token, when there is one
     */
    String href(String href) {
      return token == null ? href : href + "?" + INVITATION + "=" + token;
    }
  }
}
