package io.github.indiko.examples.portal;

import java.util.Locale;
import java.util.Map;

/**
 * The portal's own pages, beside the survey's: the list of structures and the page of an unknown
 * one, each a full HTML document with a language, a title, a {@code <main>} landmark and a
 * heading. Texts in French for a locale of language {@code fr}, in English otherwise; every text
 * from data is escaped. Immutable.
 */
final class Pages {
  private static final String STYLE =
      String.join(
          "\n",
          "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}",
          "main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}",
          "a{color:#0b4f9c}",
          "a:focus{outline:3px solid #b35c00;outline-offset:2px}");

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

  /**
   * @param surveys the links to the structures' surveys and their names, in the order listed
   * @param overviewHref the link to the public overview of the results
   * @return the page listing the structures whose survey the portal serves
   */
  String directory(Map<String, String> surveys, String overviewHref) {
    String title = french ? "Enquêtes de satisfaction" : "Satisfaction surveys";
    StringBuilder list = new StringBuilder("<ul>\n");
    surveys.forEach(
        (href, name) ->
            list.append("<li><a href=\"")
                .append(escape(href))
                .append("\">")
                .append(escape(name))
                .append("</a></li>\n"));
    list.append("</ul>\n");
    return document(
        title,
        "<h1>"
            + escape(title)
            + "</h1>\n<p>"
            + (french
                ? "Choisissez la structure dont vous voulez évaluer l'accueil."
                : "Choose the structure whose service you want to rate.")
            + "</p>\n"
            + list
            + "<p><a href=\""
            + escape(overviewHref)
            + "\">"
            + (french ? "Résultats publics du baromètre" : "The barometer's public results")
            + "</a></p>\n");
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
