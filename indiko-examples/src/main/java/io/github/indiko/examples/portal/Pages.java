package io.github.indiko.examples.portal;

import java.util.Locale;

/**
 * The portal's own pages around the form: a full HTML document with a language, a title, a
 * {@code <main>} landmark and a heading. Texts in French for a locale of language {@code fr}, in
 * English otherwise; every text from data is escaped. Immutable.
 */
final class Pages {
  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}",
          "main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}",
          "a{color:#0b4f9c}",
          "a:focus,input:focus,textarea:focus,button:focus,[tabindex]:focus"
              + "{outline:3px solid #b35c00;outline-offset:2px}",
          "fieldset{border:1px solid #767676;border-radius:4px;margin:1.25rem 0;padding:.5rem 1rem}",
          ".ik-question{margin:1.25rem 0}",
          ".ik-label{font-weight:600;display:block}",
          ".ik-option{margin:.25rem 0}",
          ".ik-help,.ik-hint,.ik-note{color:#4a4a4a;margin:.25rem 0}",
          ".ik-required{color:#a4262c}",
          ".ik-error{color:#a4262c;font-weight:600;margin:.25rem 0}",
          ".ik-error-summary{border:4px solid #a4262c;padding:.5rem 1rem;margin:1rem 0}",
          "input[type=number],input[type=date]{font:inherit;padding:.25rem}",
          "textarea{font:inherit;width:100%;box-sizing:border-box}",
          "button{font:inherit;padding:.5rem 1.5rem;background:#0b4f9c;color:#fff;"
              + "border:2px solid #0b4f9c;border-radius:4px;cursor:pointer}",
          "[aria-invalid=true]{border-color:#a4262c}");

  private final boolean french;

  private Pages(boolean french) {
    this.french = french;
  }

  /**
   * @param locale the citizen's language
   * @return the pages in French for a locale of language {@code fr}, else in English
   */
  static Pages of(Locale locale) {
    return new Pages("fr".equals(locale.getLanguage()));
  }

  /** The language of the pages, for the {@code lang} attribute. */
  String language() {
    return french ? "fr" : "en";
  }

  /**
   * @param structureName the structure's name
   * @param form the form fragment
   * @param hasErrors whether the form shows errors (the title says so, as the first thing read)
   * @return the survey page
   */
  String survey(String structureName, String form, boolean hasErrors) {
    String title =
        (hasErrors ? (french ? "Erreur : " : "Error: ") : "")
            + (french ? "Votre avis sur " : "Your opinion of ")
            + structureName;
    String body =
        "<h1>"
            + escape(structureName)
            + "</h1>\n<p>"
            + (french
                ? "Dites-nous comment vous avez été accueilli : vos réponses sont anonymes et"
                    + " servent à améliorer l'accueil."
                : "Tell us how you were received: your answers are anonymous and help improve"
                    + " the service.")
            + "</p>\n"
            + form;
    return document(title, body);
  }

  /**
   * @param structureName the structure's name
   * @param resultsHref the link to the structure's live results
   * @param againHref the link to the survey, to answer again
   * @return the page shown after an accepted response
   */
  String thanks(String structureName, String resultsHref, String againHref) {
    String title = french ? "Merci pour votre réponse" : "Thank you for your answer";
    String body =
        "<h1>"
            + escape(title)
            + "</h1>\n<p>"
            + (french ? "Votre réponse au sujet de " : "Your answer about ")
            + "<bdi>"
            + escape(structureName)
            + "</bdi>"
            + (french ? " a bien été enregistrée." : " has been recorded.")
            + "</p>\n<ul>\n<li><a href=\""
            + escape(resultsHref)
            + "\">"
            + (french ? "Voir les résultats en direct" : "See the live results")
            + "</a></li>\n<li><a href=\""
            + escape(againHref)
            + "\">"
            + (french ? "Répondre à nouveau" : "Answer again")
            + "</a></li>\n</ul>\n";
    return document(title, body);
  }

  /**
   * @param heading what went wrong, in a few words
   * @param message what to do
   * @return an error page
   */
  String error(String heading, String message) {
    return document(
        heading, "<h1>" + escape(heading) + "</h1>\n<p>" + escape(message) + "</p>\n");
  }

  /** The page of an unknown or not-enrolled structure. */
  String unknownStructure(String id) {
    return french
        ? error(
            "Structure inconnue",
            "L'enquête de la structure « "
                + id
                + " » n'existe pas : elle n'est pas inscrite à cette édition du baromètre."
                + " Vérifiez le lien qui vous a été donné.")
        : error(
            "Unknown structure",
            "There is no survey for structure \""
                + id
                + "\": it is not enrolled in this edition of the barometer."
                + " Check the link you were given.");
  }

  /** The page of a POST without a valid anti-forgery token. */
  String forbidden(String formHref) {
    String heading = french ? "Session expirée" : "Session expired";
    return document(
        heading,
        "<h1>"
            + escape(heading)
            + "</h1>\n<p>"
            + (french
                ? "Votre réponse n'a pas été enregistrée : la page du questionnaire a expiré."
                : "Your answer was not recorded: the survey page has expired.")
            + " <a href=\""
            + escape(formHref)
            + "\">"
            + (french ? "Ouvrir le questionnaire à nouveau" : "Open the survey again")
            + "</a></p>\n");
  }

  /** The page of a body beyond the limit. */
  String tooLarge() {
    return french
        ? error("Réponse trop volumineuse", "La réponse envoyée dépasse la taille permise.")
        : error("Answer too large", "The answer sent is larger than allowed.");
  }

  /**
   * @param listHtml the list of structures, as markup
   * @return the page listing the structures whose survey the portal serves
   */
  String directory(String listHtml) {
    String title = french ? "Enquêtes de satisfaction" : "Satisfaction surveys";
    return document(
        title,
        "<h1>"
            + escape(title)
            + "</h1>\n<p>"
            + (french
                ? "Choisissez la structure dont vous voulez évaluer l'accueil."
                : "Choose the structure whose service you want to rate.")
            + "</p>\n"
            + listHtml);
  }

  /** The page of an unexpected failure. */
  String serverError() {
    return french
        ? error("Erreur du serveur", "Votre demande n'a pas pu être traitée. Réessayez plus tard.")
        : error("Server error", "Your request could not be processed. Try again later.");
  }

  /** The page of a path that does not exist. */
  String notFound() {
    return french
        ? error("Page introuvable", "Cette adresse ne correspond à aucune page du portail.")
        : error("Page not found", "This address matches no page of the portal.");
  }

  /** The page of a method the path does not allow. */
  String methodNotAllowed() {
    return french
        ? error("Méthode non permise", "Cette page ne peut pas être demandée ainsi.")
        : error("Method not allowed", "This page cannot be requested this way.");
  }

  private String document(String title, String body) {
    return "<!doctype html>\n<html lang=\""
        + language()
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + STYLE
        + "\n</style>\n</head>\n<body>\n<main>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  /**
   * @param text any text
   * @return it escaped for HTML text and double-quoted attribute values
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
