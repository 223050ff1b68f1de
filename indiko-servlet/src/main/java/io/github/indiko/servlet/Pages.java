package io.github.indiko.servlet;

import io.github.indiko.core.internal.Markup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The servlet's pages around the form: a full HTML document with a language, a title, a {@code
 * <main>} landmark and a heading. Texts in French for a locale of language {@code fr}, in English
 * otherwise; every text from data goes through {@link Markup#escape}. Immutable.
 */
final class Pages {
  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;"
              + "overflow-wrap:break-word;hyphens:auto;"
              + "margin:0}",
          "main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}",
          "h1{font-size:clamp(1.5rem,7vw,2rem)}",
          "a{color:#0b4f9c}",
          "a:focus,input:focus,input:focus-within,textarea:focus,button:focus,[tabindex]:focus"
              + "{outline:3px solid #b35c00;outline-offset:2px}",
          "fieldset{border:1px solid #767676;border-radius:4px;margin:1.25rem 0;"
              + "padding:.5rem 1rem}",
          ".ik-question{margin:1.25rem 0}",
          ".ik-label{font-weight:600;display:block}",
          ".ik-help,.ik-hint,.ik-note{color:#4a4a4a;margin:.25rem 0}",
          ".ik-required,.ik-error{color:#a4262c}",
          ".ik-error{font-weight:600;margin:.25rem 0}",
          ".ik-error-summary{border:4px solid #a4262c;padding:.5rem 1rem;margin:1rem 0}",
          "textarea{font:inherit;width:100%;box-sizing:border-box}",
          "button{font:inherit;padding:.5rem 1.5rem;background:#0b4f9c;color:#fff;"
              + "border:2px solid #0b4f9c;border-radius:4px;cursor:pointer}");

  private final boolean french;

  private Pages(boolean french) {
    this.french = french;
  }

  /**
   * @param locale the citizens' language
   * @return the pages in French for a locale of language {@code fr}, else in English
   */
  static Pages of(Locale locale) {
    return new Pages("fr".equals(locale.getLanguage()));
  }

  /**
   * @param structureName the structure's name
   * @param form the form fragment, markup already
   * @param hasErrors whether the form shows errors (the title says so, as the first thing read)
   * @return the survey page
   */
  String survey(String structureName, String form, boolean hasErrors) {
    String title =
        (hasErrors ? text("Erreur : ", "Error: ") : "")
            + text("Votre avis sur ", "Your opinion of ")
            + structureName;
    return document(
        title,
        "<h1>"
            + Markup.escape(structureName)
            + "</h1>\n<p>"
            + text(
                "Dites-nous comment vous avez été accueilli : vos réponses servent à améliorer"
                    + " l'accueil.",
                "Tell us how you were received: your answers help improve the service.")
            + "</p>\n"
            + form);
  }

  /**
   * @param structureName the structure's name
   * @return the page shown after an accepted response, and after its replays
   */
  String thanks(String structureName) {
    String title = text("Merci pour votre réponse", "Thank you for your answer");
    return document(
        title,
        "<h1>"
            + Markup.escape(title)
            + "</h1>\n<p>"
            + text("Votre réponse au sujet de ", "Your answer about ")
            + Markup.bdi(structureName)
            + text(" a bien été enregistrée.", " has been recorded.")
            + "</p>\n");
  }

  /** The page of a path that names no structure of the edition. */
  String notFound() {
    return error(
        text("Page introuvable", "Page not found"),
        text(
            "Cette adresse ne correspond à aucune enquête. Vérifiez le lien qui vous a été donné.",
            "This address matches no survey. Check the link you were given."));
  }

  /**
   * @param formHref the survey's address, to open it again
   * @return the page of a POST without a valid anti-forgery token
   */
  String forbidden(String formHref) {
    String heading = text("Session expirée", "Session expired");
    return document(
        heading,
        "<h1>"
            + Markup.escape(heading)
            + "</h1>\n<p>"
            + text(
                "Votre réponse n'a pas été enregistrée : la page du questionnaire a expiré.",
                "Your answer was not recorded: the survey page has expired.")
            + " <a href=\""
            + Markup.escape(formHref)
            + "\">"
            + text("Ouvrir le questionnaire à nouveau", "Open the survey again")
            + "</a></p>\n");
  }

  /** The page of a body beyond the limit. */
  String tooLarge() {
    return error(
        text("Réponse trop volumineuse", "Answer too large"),
        text(
            "La réponse envoyée dépasse la taille permise.",
            "The answer sent is larger than allowed."));
  }

  /**
   * @return the message of a response that the store refused (its id or respondent is kept
   *     already), shown above the form
   */
  String refusedByStore() {
    return text(
        "Cette réponse n'a pas pu être enregistrée : une réponse identique l'a déjà été.",
        "This answer could not be recorded: the same answer was recorded already.");
  }

  /**
   * @param overviewHref the public overview's address
   * @return the page of a report asked for without a signed-in user (401)
   */
  String signInRequired(String overviewHref) {
    return withOverview(
        text("Connexion requise", "Sign-in required"),
        text(
            "Ces résultats sont réservés aux personnes autorisées : connectez-vous pour les"
                + " consulter.",
            "These results are for authorised people only: sign in to read them."),
        overviewHref);
  }

  /**
   * @param overviewHref the public overview's address
   * @return the page of a report that the signed-in user may not read (403)
   */
  String accessDenied(String overviewHref) {
    return withOverview(
        text("Accès refusé", "Access denied"),
        text(
            "Votre compte ne permet pas de consulter ces résultats.",
            "Your account does not give access to these results."),
        overviewHref);
  }

  /**
   * @param overviewHref the public overview's address
   * @return the page of a results address that names no report (404)
   */
  String reportNotFound(String overviewHref) {
    return withOverview(
        text("Rapport introuvable", "Report not found"),
        text(
            "Cette adresse ne correspond à aucun rapport de l'édition.",
            "This address matches no report of the edition."),
        overviewHref);
  }

  /** The page of results that cannot be scored now (503). */
  String resultsUnavailable() {
    return error(
        text("Résultats indisponibles", "Results unavailable"),
        text(
            "Les résultats ne peuvent pas être calculés pour le moment. Réessayez plus tard.",
            "The results cannot be computed at the moment. Try again later."));
  }

  private String withOverview(String heading, String message, String overviewHref) {
    return document(
        heading,
        "<h1>"
            + Markup.escape(heading)
            + "</h1>\n<p>"
            + Markup.escape(message)
            + " <a href=\""
            + Markup.escape(overviewHref)
            + "\">"
            + text("Voir les résultats publics", "See the public results")
            + "</a></p>\n");
  }

  /** The page of a client that posted more than its rate limit allows. */
  String tooManyRequests() {
    return error(
        text("Trop de réponses envoyées", "Too many answers sent"),
        text(
            "Votre réponse n'a pas été enregistrée : trop de réponses ont été envoyées depuis"
                + " votre connexion. Réessayez dans un moment.",
            "Your answer was not recorded: too many answers were sent from your connection."
                + " Try again in a moment."));
  }

  /**
   * @param opens the first day of the collection, or null when it is not known to be ahead
   * @return the page of a survey whose edition does not collect yet
   */
  String notYetOpen(@Nullable LocalDate opens) {
    String heading = text("L'enquête n'est pas encore ouverte", "The survey is not open yet");
    String message =
        opens == null
            ? text("Revenez quand elle sera ouverte.", "Come back when it opens.")
            : text("Elle ouvrira le ", "It opens on ") + date(opens) + ".";
    return error(heading, message);
  }

  /** The page of a survey whose edition's collection is over. */
  String closed() {
    return error(
        text("L'enquête est close", "The survey is closed"),
        text(
            "Cette enquête ne reçoit plus de réponses. Merci de votre intérêt.",
            "This survey no longer takes answers. Thank you for your interest."));
  }

  /** The page of an invitation that is not valid, expired, or missing when one is needed. */
  String invalidInvitation() {
    return error(
        text("Lien d'invitation non valide", "Invitation link not valid"),
        text(
            "Le lien d'invitation n'est pas valide ou a expiré. Vérifiez le lien qui vous a été"
                + " donné.",
            "The invitation link is not valid or has expired. Check the link you were given."));
  }

  /** The page of a second answer through the same invitation. */
  String alreadyAnswered() {
    return error(
        text("Vous avez déjà répondu", "You already answered"),
        text(
            "Vous avez déjà répondu par cette invitation : cette nouvelle réponse n'a pas été"
                + " enregistrée.",
            "You already answered through this invitation: this new answer was not recorded."));
  }

  /** The page of a POST that the store could not keep. */
  String unavailable() {
    return error(
        text("Service momentanément indisponible", "Temporarily unavailable"),
        text(
            "Le service est momentanément indisponible : votre réponse n'a pas été enregistrée."
                + " Réessayez dans quelques instants.",
            "The service is temporarily unavailable: your answer was not recorded. Try again in"
                + " a few moments."));
  }

  private String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(french ? Locale.FRENCH : Locale.ENGLISH)
        .format(day);
  }

  private String error(String heading, String message) {
    return document(
        heading,
        "<h1>" + Markup.escape(heading) + "</h1>\n<p>" + Markup.escape(message) + "</p>\n");
  }

  private String text(String fr, String en) {
    return french ? fr : en;
  }

  private String document(String title, String body) {
    return "<!doctype html>\n<html lang=\""
        + (french ? "fr" : "en")
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + Markup.escape(title)
        + "</title>\n<style>\n"
        + STYLE
        + "\n</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }
}
