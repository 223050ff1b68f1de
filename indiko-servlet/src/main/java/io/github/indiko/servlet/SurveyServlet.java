package io.github.indiko.servlet;

import static io.github.indiko.servlet.Replies.send;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.forms.CsrfField;
import io.github.indiko.forms.FieldError;
import io.github.indiko.forms.FormOptions;
import io.github.indiko.forms.FormState;
import io.github.indiko.forms.Submission;
import io.github.indiko.forms.SubmissionContext;
import io.github.indiko.forms.Submissions;
import io.github.indiko.reports.HtmlOptions;
import io.github.indiko.reports.Reports;
import io.github.indiko.reports.ScoreScale;
import io.github.indiko.scoring.Results;
import io.github.indiko.forms.kit.Invitations;
import io.github.indiko.servlet.Admission.Invitation;
import io.github.indiko.servlet.Admission.Refusal;
import io.github.indiko.servlet.SurveyRoutes.Route;
import io.github.indiko.scoring.ScoringEngine;
import io.github.indiko.store.EditionStore;
import io.github.indiko.store.Outcome;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The survey of one edition's structures, served by a servlet that the host mounts at a path of
 * its choice, e.g. {@code /survey/*}:
 *
 * <ul>
 *   <li>{@code GET {mount}/{structure}}, and {@code ?i=TOKEN} for an invitation: the survey page,
 *       the form of indiko-forms in a minimal accessible page (or alone, {@link
 *       SurveySettings.Layout#FRAGMENT}), carrying an anti-forgery token bound to a session cookie
 *       and, in its action, the invitation's token;
 *   <li>{@code POST {mount}/{structure}} (with the same {@code ?i=TOKEN}): 429 with {@code
 *       Retry-After} beyond the client's {@link RateLimit}, before anything else and before the
 *       body is read; 403 without a valid token; 413 beyond the body limit; 422 and the form with
 *       its errors when {@link Submissions} refuses it; else the response is stored through {@link
 *       EditionStore#accept(io.github.indiko.core.response.Response, String)} under the form's
 *       submission key and the answer is 303 to the thank-you page. The same form posted again (a
 *       replay, a double click) gets the same 303 and stores nothing ({@link Outcome.Replayed}); a
 *       second answer through the same invitation, which the store refuses as {@code
 *       duplicate_respondent}, gets 409 and a page that says so; a failure of the store gets 503
 *       with {@code Retry-After}, logged at WARN without the answers, token or respondent;
 *   <li>for both: while the edition does not collect at the settings' clock's instant (domain.md,
 *       Lifecycle of an edition), 403 and a page giving the opening date before the collection,
 *       410 and a page saying it is closed after; an invitation that is not valid, expired or for
 *       another structure, or none when {@link SurveySettings#openLinks()} is false, 403 and a
 *       page saying the invitation link is not valid;
 *   <li>{@code GET {mount}/{structure}/thanks}: the thank-you page;
 *   <li>{@code GET {mount}/_results/} (or {@code …/_results/index.html}): the public overview of
 *       the store's results, to anyone ({@code {mount}/_results} redirects there);
 *   <li>{@code GET {mount}/_results/structures/{structure}/{level}.{format}}, level {@code raw},
 *       {@code analysis} or {@code organisation}, format {@code html}, {@code json} or {@code
 *       csv}: that report, only when the {@link ResultsAccess} allows the request; else 401 to a
 *       request without a user, 403 to one with a user, whatever the path names; 404 to an
 *       allowed request when the structure is not enrolled or not at that level. The reports are
 *       the store scored by the builder's engine, kept for {@link SurveySettings#resultsMaxAge()}
 *       and scored by one request at a time; 503 when scoring fails (scoring.md §6);
 *   <li>{@code GET {mount}?s={structure}} or {@code {mount}/?s={structure}}, the communication
 *       kit's link: 303 to {@code {mount}/{structure}}, keeping {@code i};
 *   <li>any other path, or a structure not enrolled in the edition: 404.
 * </ul>
 *
 * <p>With {@link Builder#invitations}, the response of an invitation carries the token's pseudonym
 * as its {@code respondent} ({@link Invitations}); open links give none. Every page is sent with a
 * Content-Security-Policy (scripts only by nonce), {@code nosniff}, no referrer and no caching;
 * every status above stores nothing but the 303. Thread-safe.
 */
public final class SurveyServlet extends HttpServlet {
  /** The form field holding the token: not an identifier of format v1, so never a question id. */
  static final String TOKEN_FIELD = "_csrf";

  /** The cookie holding the session id. */
  static final String SESSION_COOKIE = "ik_session";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SurveyServlet.class);

  /** The seconds of {@code Retry-After} when the store failed: a restarting database's time. */
  private static final long UNAVAILABLE_RETRY_SECONDS = 30;

  private final transient EditionDefinitions definitions;
  private final transient EditionStore store;
  private final transient SubmissionKeys keys;
  private final transient SurveySettings settings;
  private final transient ResultsRoutes results;
  private final transient Submissions submissions;
  private final transient Pages pages;
  private final transient Admission admission;
  private final transient SurveyRoutes routes;

  private SurveyServlet(Builder builder) {
    this.definitions = builder.definitions;
    this.store = builder.store;
    this.keys = builder.keys;
    this.settings = builder.settings;
    ScoringEngine engine =
        builder.engine != null
            ? builder.engine
            : ScoringEngine.builder().builtIns().clock(settings.clock()).build();
    String edition = definitions.edition().id().value();
    if (!store.edition().equals(edition)) {
      throw new IllegalArgumentException(
          "the store is edition " + store.edition() + "'s, not " + edition + "'s");
    }
    Submissions newest = Submissions.of(definitions, settings.limits(), settings.clock());
    @Nullable Integer version = settings.questionnaireVersion();
    this.submissions = version == null ? newest : newest.forVersion(version);
    this.pages = Pages.of(settings.locale());
    @Nullable Results previous = builder.previous;
    LiveReports live =
        new LiveReports(
            edition,
            () -> Reports.of(engine.scoreInFull(definitions, store.data(), r -> {}), previous),
            settings.clock(),
            settings.resultsMaxAge());
    this.results =
        new ResultsRoutes(
            definitions,
            builder.access,
            live,
            new HtmlOptions(settings.locale(), ScoreScale.HUNDRED),
            pages);
    this.admission =
        new Admission(definitions.edition(), settings, builder.invitations, pages);
    this.routes = new SurveyRoutes(definitions);
  }

  /**
   * @param definitions the edition's definitions
   * @param store where the edition's responses are kept: opened on the same definitions
   * @return a builder of the survey of that edition, with random keys, the settings of the
   *     edition's default locale and results for no one but the public overview
   */
  public static Builder builder(EditionDefinitions definitions, EditionStore store) {
    return new Builder(definitions, store);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (ResultsRoutes.claims(request.getPathInfo())) {
      results.get(request, response);
      return;
    }
    Route route = routes.route(request.getPathInfo());
    if (route == null) {
      String survey = KitLinks.survey(request, routes::href);
      if (survey != null) {
        Replies.seeOther(response, survey);
      } else {
        send(response, HttpServletResponse.SC_NOT_FOUND, null, pages.notFound());
      }
    } else if (route.thanks()) {
      send(response, HttpServletResponse.SC_OK, null, pages.thanks(route.structure().name()));
    } else {
      Invitation invitation = admitted(request, response, route);
      if (invitation != null) {
        String session = SessionCookie.read(request);
        if (session == null) {
          session = keys.newSession();
          response.addCookie(SessionCookie.of(request, session));
        }
        form(request, response, HttpServletResponse.SC_OK, route, invitation, FormState.empty(),
            keys.newToken(session));
      }
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Refusal limited = admission.rate(request);
    if (limited != null) {
      send(response, limited);
      return;
    }
    Route route = routes.route(request.getPathInfo());
    if (route == null || route.thanks()) {
      send(response, HttpServletResponse.SC_NOT_FOUND, null, pages.notFound());
      return;
    }
    Invitation invitation = admitted(request, response, route);
    if (invitation == null) {
      return;
    }
    byte[] body = FormFields.body(request, settings.limits().maxBodyBytes());
    if (body == null) {
      send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, null, pages.tooLarge());
      return;
    }
    String token = FormFields.field(body, TOKEN_FIELD);
    if (!keys.check(SessionCookie.read(request), token)) {
      send(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          null,
          pages.forbidden(invitation.href(SurveyRoutes.href(request, route))));
      return;
    }
    SubmissionContext context =
        new SubmissionContext(
            new ResponseId(keys.responseId(token)),
            route.structure().id(),
            Channel.WEBSITE,
            OffsetDateTime.ofInstant(
                settings.clock().instant(), definitions.edition().timeZone()),
            invitation.respondent(),
            settings.locale(),
            TOKEN_FIELD);
    Submission submission = submissions.parse(new ByteArrayInputStream(body), context);
    if (submission instanceof Submission.Rejected rejected) {
      form(request, response, 422, route, invitation, rejected.state(), token);
      return;
    }
    Outcome outcome =
        keep(response, route, ((Submission.Accepted) submission).response(), token);
    if (outcome == null) {
      return;
    }
    if (outcome instanceof Outcome.Refused refused) {
      if (invitation.respondent() != null
          && refused.reject().reason() == RejectReason.DUPLICATE_RESPONDENT) {
        send(response, HttpServletResponse.SC_CONFLICT, null, pages.alreadyAnswered());
        return;
      }
      FieldError error = new FieldError(null, FieldError.Code.NOT_ACCEPTED, pages.refusedByStore());
      FormState state = new FormState(Map.of(), List.of(error));
      form(request, response, 422, route, invitation, state, token);
      return;
    }
    Replies.seeOther(response, SurveyRoutes.href(request, route) + "/" + SurveyRoutes.THANKS);
  }

  private void form(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      Route route,
      Invitation invitation,
      FormState state,
      String token)
      throws IOException {
    String nonce = keys.newScriptNonce();
    FormOptions options =
        FormOptions.of(settings.locale(), invitation.href(SurveyRoutes.href(request, route)))
            .withCsrf(new CsrfField(TOKEN_FIELD, token))
            .withScriptNonce(nonce);
    String fragment = submissions.form().render(state, options);
    send(
        response,
        status,
        nonce,
        settings.layout() == SurveySettings.Layout.FRAGMENT
            ? fragment
            : pages.survey(route.structure().name(), fragment, !state.errors().isEmpty()));
  }

  /**
   * Sends the refusal of a request that the collection period or its invitation keeps from the
   * survey.
   *
   * @return the request's invitation ({@link Invitation#OPEN} for an open link), or null when a
   *     refusal was sent
   */
  private @Nullable Invitation admitted(
      HttpServletRequest request, HttpServletResponse response, Route route) throws IOException {
    Refusal closed = admission.collection();
    if (closed != null) {
      send(response, closed);
      return null;
    }
    Invitation invitation = admission.invitation(request, route.structure().id());
    if (invitation == null) {
      send(response, HttpServletResponse.SC_FORBIDDEN, null, pages.invalidInvitation());
    }
    return invitation;
  }

  /**
   * Keeps an accepted response under its form's submission key; a failure of the store (a {@link
   * io.github.indiko.store.StoreException}, a closed store) is answered 503 and logged, never with
   * the response, the token or the respondent.
   *
   * @return the store's outcome, or null when the store failed and 503 was sent
   */
  private @Nullable Outcome keep(
      HttpServletResponse response, Route route, Response accepted, String token)
      throws IOException {
    try {
      return store.accept(accepted, keys.submissionKey(token));
    } catch (RuntimeException e) {
      LOG.warn(
          "Survey of edition {}, structure {}: the store failed, answered 503: {}: {}",
          store.edition(),
          route.structure().id(),
          e.getClass().getName(),
          e.getMessage());
      send(
          response,
          new Refusal(
              HttpServletResponse.SC_SERVICE_UNAVAILABLE,
              pages.unavailable(),
              UNAVAILABLE_RETRY_SECONDS));
      return null;
    }
  }

  /** How a {@link SurveyServlet} is made: the edition and its store, then what differs. */
  public static final class Builder {
    private final EditionDefinitions definitions;
    private final EditionStore store;
    private SubmissionKeys keys = SubmissionKeys.random();
    private SurveySettings settings;
    private ResultsAccess access = ResultsAccess.publicOverviewOnly();
    private @Nullable ScoringEngine engine;
    private @Nullable Results previous;
    private @Nullable Invitations invitations;

    private Builder(EditionDefinitions definitions, EditionStore store) {
      this.definitions = Objects.requireNonNull(definitions, "definitions");
      this.store = Objects.requireNonNull(store, "store");
      this.settings =
          SurveySettings.of(Locale.forLanguageTag(definitions.edition().defaultLocale()));
    }

    /**
     * @param keys the server key of the tokens and submission keys: the same for every server
     *     sharing the store (default: random, for this servlet's life)
     * @return this builder
     */
    public Builder keys(SubmissionKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * @param settings the language, limits, clock, layout and rate limit
     * @return this builder
     */
    public Builder settings(SurveySettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * @param access who may read which structure's reports (default: {@link
     *     ResultsAccess#publicOverviewOnly()})
     * @return this builder
     */
    public Builder resultsAccess(ResultsAccess access) {
      this.access = Objects.requireNonNull(access, "access");
      return this;
    }

    /**
     * @param engine how the store is scored for the reports (default: the built-in strategies,
     *     on the settings' clock)
     * @return this builder
     */
    public Builder engine(ScoringEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * @param previous the previous edition's results, which the definitions' {@code
     *     edition.previous} names (read with {@link Reports#previous}): the analyses compare with
     *     them (default: none, the analyses show no change)
     * @return this builder
     */
    public Builder previousResults(Results previous) {
      this.previous = Objects.requireNonNull(previous, "previous");
      return this;
    }

    /**
     * @param invitations the edition's single-use invitations, whose tokens the links' parameter
     *     {@code i} carries and whose pseudonyms become the responses' respondents (default: none,
     *     every link with {@code i} is refused as not valid)
     * @return this builder
     */
    public Builder invitations(Invitations invitations) {
      this.invitations = Objects.requireNonNull(invitations, "invitations");
      return this;
    }

    /**
     * @return the servlet
     * @throws IllegalArgumentException when the store is another edition's, or the settings name
     *     a version of the questionnaire the edition lacks
     * @throws io.github.indiko.core.condition.ConditionException when a {@code when} of the
     *     questionnaire or grid does not compile
     */
    public SurveyServlet build() {
      return new SurveyServlet(this);
    }
  }

}
