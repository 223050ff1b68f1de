package io.github.indiko.reports.internal;

import io.github.indiko.core.internal.Markup;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.AsOf;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The markup of one HTML page, built in memory. Every text that comes from data goes through
 * {@link Markup#escape}, the one escaping function of Indiko's markup; methods taking {@code html}
 * take markup that was built from escaped parts.
 */
final class Html {
  /** A link of the page's navigation: an in-page anchor or a relative file. */
  record Link(String href, String text) {}

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final StringBuilder out = new StringBuilder(64 * 1024);
  private int ids;

  /** The cells of a row of counts of lines: its source, then read, accepted, rejected. */
  static List<String> countRow(HtmlText text, String source, SourceCounts counts) {
    return List.of(
        Markup.escape(source),
        Markup.escape(text.count(counts.read())),
        Markup.escape(text.count(counts.accepted())),
        Markup.escape(text.count(counts.rejected())));
  }

  /** A page-unique id with this prefix. */
  String id(String prefix) {
    ids++;
    return prefix + "-" + ids;
  }

  Html html(String markup) {
    out.append(markup);
    return this;
  }

  Html text(String text) {
    out.append(Markup.escape(text));
    return this;
  }

  /** An element holding an escaped text. */
  Html element(String tag, String text) {
    out.append('<').append(tag).append('>').append(Markup.escape(text)).append("</").append(tag).append('>');
    return this;
  }

  /** A section: {@code <section aria-labelledby>} with its heading at {@code level}. */
  Html section(String id, int level, String heading) {
    return sectionHtml(id, level, Markup.escape(heading));
  }

  /** A section whose heading is markup (a label from data). */
  Html sectionHtml(String id, int level, String headingHtml) {
    out.append("<section aria-labelledby=\"")
        .append(Markup.escape(id))
        .append("\"><h")
        .append(level)
        .append(" id=\"")
        .append(Markup.escape(id))
        .append("\">")
        .append(headingHtml)
        .append("</h")
        .append(level)
        .append('>');
    return this;
  }

  Html endSection() {
    out.append("</section>");
    return this;
  }

  Html paragraph(String text) {
    return element("p", text);
  }

  /** A paragraph of markup. */
  Html paragraphHtml(String markup) {
    out.append("<p>").append(markup).append("</p>");
    return this;
  }

  /**
   * A table: its caption, its column headers ({@code scope="col"}), and rows whose first cell is
   * the row header ({@code scope="row"}). Cells are markup.
   */
  Html table(String caption, List<String> headers, List<List<String>> rows) {
    out.append(tableMarkup(caption, headers, rows));
    return this;
  }

  /** The markup of {@link #table}. */
  String tableMarkup(String caption, List<String> headers, List<List<String>> rows) {
    String captionId = id("table");
    StringBuilder table = new StringBuilder();
    // A wide table scrolls sideways in its region, which keyboard users reach with Tab.
    table
        .append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        .append(captionId)
        .append("\"><table><caption id=\"")
        .append(captionId)
        .append("\">")
        .append(Markup.escape(caption))
        .append("</caption>");
    table.append("<thead><tr>");
    for (String header : headers) {
      table.append("<th scope=\"col\">").append(Markup.escape(header)).append("</th>");
    }
    table.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      table.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          table.append("<th scope=\"row\">").append(row.get(i)).append("</th>");
        } else {
          table.append("<td>").append(row.get(i)).append("</td>");
        }
      }
      table.append("</tr>");
    }
    table.append("</tbody></table></div>");
    return table.toString();
  }

  /**
   * The notice of provisional results (domain.md, Lifecycle of an edition), right under the
   * {@code h1}: nothing when the results are final.
   */
  Html provisional(HtmlText text, AsOf asOf) {
    if (asOf.provisional()) {
      out.append("<p class=\"provisional\" role=\"note\"><strong>")
          .append(Markup.escape(text.msg("page.provisional.title")))
          .append("</strong> ")
          .append(Markup.escape(text.msg("page.provisional", text.date(asOf.date()))))
          .append("</p>");
    }
    return this;
  }

  /** A description list of terms (texts) and definitions (markup). */
  Html facts(List<List<String>> pairs) {
    out.append("<dl class=\"facts\">");
    for (List<String> pair : pairs) {
      out.append("<div><dt>").append(Markup.escape(pair.get(0))).append("</dt><dd>");
      out.append(pair.get(1)).append("</dd></div>");
    }
    out.append("</dl>");
    return this;
  }

  /**
   * Opens the page: doctype, head with the content security policy and the style sheet, the
   * skip link, the header with the navigation, then {@code <main>} and its {@code h1}.
   *
   * @param title the document's title, a text
   * @param heading the {@code h1}, markup
   * @param context the header's line above the navigation, markup
   */
  Html start(
      HtmlText text,
      String title,
      String heading,
      String context,
      @Nullable Link home,
      List<Link> links) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Markup.escape(text.language())).append("\">");
    out.append("<head><meta charset=\"utf-8\">");
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.append("<meta name=\"generator\" content=\"Indiko\">");
    out.append("<title>").append(Markup.escape(title)).append("</title>");
    out.append("<style>").append(HtmlStyle.CSS).append("</style></head><body>");
    out.append("<a class=\"skip\" href=\"#main\">").append(Markup.escape(text.msg("page.skip"))).append("</a>");
    out.append("<header><p class=\"context\">").append(context).append("</p>");
    out.append("<nav aria-label=\"").append(Markup.escape(text.msg("page.nav"))).append("\"><ul>");
    if (home != null) {
      out.append("<li><a href=\"").append(Markup.escape(home.href())).append("\">");
      out.append(Markup.escape(home.text())).append("</a></li>");
    }
    for (Link link : links) {
      out.append("<li><a href=\"").append(Markup.escape(link.href())).append("\">");
      out.append(Markup.escape(link.text())).append("</a></li>");
    }
    out.append("</ul></nav></header><main id=\"main\"><h1>").append(heading).append("</h1>");
    return this;
  }

  /** Closes {@code <main>} and the page. */
  Html end(HtmlText text) {
    out.append("</main><footer><p>").append(Markup.escape(text.msg("page.footer"))).append("</p></footer>");
    out.append("</body></html>\n");
    return this;
  }

  /** Writes the page in UTF-8. */
  void writeTo(OutputStream stream) {
    try {
      stream.write(out.toString().getBytes(StandardCharsets.UTF_8));
      stream.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
