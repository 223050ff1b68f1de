package io.github.indiko.forms.kit;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Markup;

/**
 * The printable pages and the banner of the kit. Every text from data goes through {@link
 * Markup#escape}; interface strings come from {@link KitText}.
 */
final class Pages {
  /** A printed format: its {@code @page} size and the sizes of the page's parts. */
  enum Sheet {
    A4("A4", "poster.title", "12mm", "12pt", "30pt", "22pt", "14pt", "95mm", "8mm"),
    A5("A5", "flyer.title", "9mm", "9pt", "21pt", "16pt", "11pt", "66mm", "5mm");

    final String css;
    final String titleKey;

    Sheet(
        String size,
        String titleKey,
        String margin,
        String small,
        String heading,
        String name,
        String text,
        String qr,
        String gap) {
      this.titleKey = titleKey;
      this.css =
          PAGE_CSS
              .replace("{size}", size)
              .replace("{margin}", margin)
              .replace("{small}", small)
              .replace("{heading}", heading)
              .replace("{name}", name)
              .replace("{text}", text)
              .replace("{qr}", qr)
              .replace("{gap}", gap);
    }
  }

  /** No script, no external resource: styles are inline and nothing else may load. */
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

  private static final String PAGE_CSS =
      """
      @page{size:{size};margin:{margin}}
      html{background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,"Segoe UI",\
      Roboto,"Noto Sans","DejaVu Sans",sans-serif;line-height:1.3;\
      -webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{margin:0;padding:{margin}}
      @media print{body{padding:0}}
      main{display:flex;flex-direction:column;align-items:center;text-align:center;\
      border-top:{gap} solid #1f4e79;padding-top:{gap}}
      .edition{margin:0;font-size:{small};font-weight:600;color:#404040;overflow-wrap:anywhere}
      h1{margin:{gap} 0 0;font-size:{heading};line-height:1.1;color:#1f4e79}
      .structure{margin:{gap} 0 0;font-size:{name};font-weight:700;overflow-wrap:anywhere}
      .lead{margin:{gap} 0 0;font-size:{text};max-width:36em}
      figure{margin:{gap} 0 0}
      figure svg{display:block;width:{qr};height:{qr};margin:0 auto}
      figcaption{margin-top:.5em;font-size:{text};font-weight:600}
      .link{margin:{gap} 0 0;font-size:{text};overflow-wrap:anywhere}
      .link a{color:#0b4f9c;font-weight:600}
      .thanks{margin:{gap} 0 0;font-size:{text};font-weight:600;color:#1f4e79}
      """;

  private Pages() {}

  /**
   * A printable page: the edition's name, the call to action, the structure's name, the QR code
   * inline, the link as text, thanks.
   */
  static String page(Sheet sheet, KitText text, LocalizedText.Choice edition, String structure, QrCode qr) {
    String link = qr.text();
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Markup.escape(text.language())).append("\">");
    out.append("<head><meta charset=\"utf-8\">");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.append("<meta name=\"generator\" content=\"Indiko\">");
    out.append("<title>").append(Markup.escape(text.msg(sheet.titleKey, structure))).append("</title>");
    out.append("<style>").append(sheet.css).append("</style></head><body><main>");
    out.append("<p class=\"edition\">").append(Markup.label(edition, text.language())).append("</p>");
    out.append("<h1>").append(Markup.escape(text.msg("page.heading"))).append("</h1>");
    out.append("<p class=\"structure\">").append(Markup.bdi(structure)).append("</p>");
    out.append("<p class=\"lead\">").append(Markup.escape(text.msg("page.lead"))).append("</p>");
    out.append("<figure>").append(qr.svg(text.msg("qr.title", link)));
    out.append("<figcaption>").append(Markup.escape(text.msg("page.scan"))).append("</figcaption></figure>");
    out.append("<p class=\"link\">").append(Markup.escape(text.msg("page.or"))).append("<br><a href=\"");
    out.append(Markup.escape(link)).append("\">").append(Markup.escape(link)).append("</a></p>");
    out.append("<p class=\"thanks\">").append(Markup.escape(text.msg("page.thanks"))).append("</p>");
    out.append("</main></body></html>\n");
    return out.toString();
  }

  /** The banner: an {@code <aside>} with inline styles, its language, a text and the link. */
  static String banner(KitText text, LocalizedText.Choice edition, String structure, String link) {
    StringBuilder out = new StringBuilder(2048);
    out.append("<aside lang=\"").append(Markup.escape(text.language())).append("\" aria-label=\"");
    out.append(Markup.escape(text.msg("banner.label"))).append("\" style=\"");
    out.append("box-sizing:border-box;max-width:40rem;margin:1rem auto;padding:1rem 1.25rem;");
    out.append("border:2px solid #1f4e79;border-radius:6px;background:#fff;color:#1a1a1a;");
    out.append("font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.4;");
    out.append("text-align:start;overflow-wrap:anywhere\">");
    out.append("<p style=\"margin:0 0 .5rem;font-size:1.15rem;font-weight:700;color:#1f4e79\">");
    out.append(Markup.escape(text.msg("banner.heading"))).append("</p>");
    out.append("<p style=\"margin:0 0 .75rem\">");
    out.append(text.markup("banner.text", Markup.bdi(structure), Markup.label(edition, text.language()))).append("</p>");
    out.append("<a href=\"").append(Markup.escape(link)).append("\" style=\"display:inline-block;");
    out.append("padding:.5rem 1rem;border-radius:4px;background:#1f4e79;color:#fff;");
    out.append("font-weight:600;text-decoration:none\">");
    out.append(Markup.escape(text.msg("banner.action"))).append("</a></aside>");
    return out.toString();
  }
}
