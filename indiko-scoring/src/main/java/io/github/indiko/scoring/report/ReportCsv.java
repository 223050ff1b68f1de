package io.github.indiko.scoring.report;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.scoring.ChannelScore;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.Quantities;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.Trophy;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders reports to CSV (RFC 4180): UTF-8 with a byte order mark for spreadsheet users, CRLF line
 * ends, a header row, one row per value in long form ({@code
 * section,subject,detail,measure,value}). A text cell that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, tab, CR or LF is prefixed with a single quote, as OWASP recommends against formula
 * injection; numbers are written as they are. Stateless and thread-safe.
 *
 * <h2>Cells</h2>
 *
 * <p>A cell that contains a comma, a double quote, CR or LF is enclosed in double quotes, its
 * double quotes doubled. Every text that comes from data (ids, names, categories, answer values,
 * free-text answers) is a text cell, and so neutralised: an answer value {@code -2} of a rating
 * reads {@code '-2} in the {@code detail} column. Numbers are plain decimals with {@code .}: no
 * exponent, no trailing zero, integral values without a decimal point ({@code 80}, {@code 80.25},
 * {@code 0.00001}, {@code -12.5}); they are unrounded and read back to the same double. Booleans
 * are {@code true} or {@code false}, enumerations their lowercase ids. A value that does not exist
 * is an empty cell; an object that does not exist (a missing ranking, a question's missing
 * quantities) has no row.
 *
 * <h2>Rows</h2>
 *
 * <p>Rows come in the order below, lists in their order in the report. Each number of the report is
 * in exactly one row; a {@code position} is the 1-based place of an entry in its list. Every report
 * starts with its head: {@code report,,,format,…} (e.g. {@code indiko.report.raw/1}, as in {@link
 * ReportJson}) and {@code report,,,edition,…}; a structure's report goes on with {@code
 * report,,,structure,ID}, then {@code name}, {@code category}, {@code level}.
 *
 * <table>
 *   <caption>Raw results</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td></td>
 *       <td>{@code read}, {@code accepted}, {@code rejected}</td></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td>reason code</td>
 *       <td>{@code rejected}, one row per reason</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code type}, {@code theme}, {@code scored}, {@code answered}, {@code na}</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td>answer value</td>
 *       <td>{@code distribution}: the count of that value</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code n}, {@code mean}, {@code satisfaction}, {@code net}, {@code nps}</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td>{@code quantities}</td>
 *       <td>{@code n}, {@code min}, {@code median}, {@code max}, {@code mean}</td></tr>
 *   <tr><td>{@code question}</td><td>question id</td><td></td>
 *       <td>{@code texts}: the count of texts; then {@code text}: one row per text kept, the
 *       answer as value</td></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td></td>
 *       <td>{@code channel}, {@code type}, {@code theme}, {@code weight}, {@code scored},
 *       {@code met}, {@code notMet}, {@code measured}, {@code missed}, {@code na},
 *       {@code failing}</td></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td>{@code measures}</td>
 *       <td>{@code n}, {@code min}, {@code median}, {@code max}, {@code mean}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Results analysis</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code analysis}</td><td></td><td></td>
 *       <td>{@code target}, {@code previousEdition}, {@code partial}, {@code eligible}</td></tr>
 *   <tr><td>{@code composite}</td><td></td><td></td>
 *       <td>{@code value}, {@code toTarget}, {@code previous}, {@code change}</td></tr>
 *   <tr><td>{@code ranking}</td><td></td><td></td>
 *       <td>{@code rank}, {@code of}, {@code percentile}</td></tr>
 *   <tr><td>{@code indicator}</td><td>{@code satisfaction}, {@code net}, {@code nps}</td><td></td>
 *       <td>{@code value}, {@code n}, {@code low}, {@code high}</td></tr>
 *   <tr><td>{@code satisfactionChange}</td><td></td><td></td>
 *       <td>{@code current}, {@code n}, {@code previous}, {@code previousN}, {@code change},
 *       {@code z}, {@code significant}</td></tr>
 *   <tr><td>{@code source}</td><td>source</td><td></td>
 *       <td>{@code weight}, {@code value}, {@code toTarget}, {@code previous}, {@code change},
 *       {@code sufficient}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td>source</td>
 *       <td>{@code weight}, {@code value}, {@code toTarget}, {@code previous}, {@code change},
 *       {@code categoryMean}, {@code categoryStructures}</td></tr>
 *   <tr><td>{@code channel}</td><td>channel</td><td>source</td>
 *       <td>{@code score}, {@code n}, {@code suppressed}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td></td><td>{@code score} over both sources</td></tr>
 *   <tr><td>{@code strength}, {@code weakness}</td><td>theme</td><td></td>
 *       <td>{@code position}; the score is the theme's {@code score} row</td></tr>
 *   <tr><td>{@code item}</td><td>item id</td><td>source</td>
 *       <td>{@code theme}, {@code value}, {@code n}, {@code low}, {@code high}</td></tr>
 * </table>
 *
 * <p>The source rows, then their theme and channel rows, come source by source.
 *
 * <table>
 *   <caption>Organisation audit</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code criterion}</td><td>criterion id</td><td></td>
 *       <td>{@code channel}, {@code theme}, {@code weight}, {@code conformity}, {@code gap},
 *       {@code observations}, {@code failed}, {@code failing}</td></tr>
 *   <tr><td>{@code theme}</td><td>theme</td><td></td>
 *       <td>{@code importance}, {@code respondents}, {@code performance}, {@code quadrant}</td></tr>
 *   <tr><td>{@code organisation}</td><td></td><td></td>
 *       <td>{@code meanImportance}, {@code meanPerformance}</td></tr>
 *   <tr><td>{@code action}</td><td>theme or criterion id</td><td>{@code theme} or
 *       {@code criterion}</td><td>{@code position}, {@code priority}, {@code score}</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Overview (head: format and edition only)</caption>
 *   <tr><th>section</th><th>subject</th><th>detail</th><th>measures</th></tr>
 *   <tr><td>{@code report}</td><td></td><td>language tag</td>
 *       <td>{@code name}: the edition's name in that language</td></tr>
 *   <tr><td>{@code responses}, {@code audits}</td><td></td><td>empty or reason code</td>
 *       <td>as in raw results</td></tr>
 *   <tr><td>{@code category}</td><td>category</td><td></td>
 *       <td>{@code enrolled}, {@code eligible}, {@code meanComposite}</td></tr>
 *   <tr><td>{@code trophy}</td><td>category</td><td></td>
 *       <td>{@code structure}, {@code composite}</td></tr>
 *   <tr><td>{@code trophy}</td><td>{@code consultation}</td><td></td>
 *       <td>{@code structure}, {@code participation}, {@code responses}</td></tr>
 *   <tr><td>{@code notAwarded}</td><td>category</td><td></td>
 *       <td>{@code reason}, {@code eligible}</td></tr>
 *   <tr><td>{@code consultation}</td><td>structure id</td><td></td>
 *       <td>{@code position}, {@code participation}, {@code responses}</td></tr>
 *   <tr><td>{@code structure}</td><td>structure id</td><td></td>
 *       <td>{@code name}, {@code category}, {@code level}</td></tr>
 * </table>
 */
public final class ReportCsv {
  private ReportCsv() {}

  /**
   * @param report a raw report
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(RawReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(
        out,
        rows -> {
          head(rows, ReportJson.RAW, report.structure());
          rows.counts("responses", report.responses());
          rows.counts("audits", report.audits());
          report.questions().forEach(question -> question(rows, question));
          report.criteria().forEach(criterion -> criterion(rows, criterion));
        });
  }

  /**
   * @param report an analysis
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AnalysisReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(out, rows -> analysis(rows, report));
  }

  /**
   * @param report an organisation audit
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(OrganisationReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(
        out,
        rows -> {
          head(rows, ReportJson.ORGANISATION, report.structure());
          for (CriterionConformity criterion : report.criteria()) {
            rows.on("criterion", criterion.id().value(), "")
                .text("channel", criterion.channel().id())
                .text("theme", criterion.theme() == null ? null : criterion.theme().id())
                .number("weight", criterion.weight())
                .number("conformity", criterion.conformity())
                .number("gap", criterion.gap())
                .integer("observations", criterion.observations())
                .integer("failed", criterion.failed())
                .bool("failing", criterion.failing());
          }
          for (ThemeImportance theme : report.themes()) {
            rows.on("theme", theme.theme().id(), "")
                .number("importance", theme.importance())
                .integer("respondents", theme.respondents())
                .number("performance", theme.performance())
                .text("quadrant", theme.quadrant() == null ? null : theme.quadrant().id());
          }
          rows.on("organisation", "", "")
              .number("meanImportance", report.meanImportance())
              .number("meanPerformance", report.meanPerformance());
          long position = 0;
          for (Action action : report.actionPlan()) {
            rows.on("action", action.id(), action.kind().id())
                .integer("position", ++position)
                .number("priority", action.priority())
                .number("score", action.score());
          }
        });
  }

  /**
   * @param overview the public overview
   * @param out where to write UTF-8 CSV with a byte order mark; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the file
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(Overview overview, OutputStream out) {
    Objects.requireNonNull(overview, "overview");
    CsvRows.write(out, rows -> overview(rows, overview));
  }

  private static void head(CsvRows rows, String format, StructureInfo structure) {
    rows.on("report", "", "")
        .text("format", format)
        .text("edition", structure.edition().value())
        .text("structure", structure.id().value())
        .text("name", structure.name())
        .text("category", structure.category().toString())
        .text("level", structure.level().id());
  }

  private static void question(CsvRows rows, QuestionDetail question) {
    String id = question.id().value();
    rows.on("question", id, "")
        .text("type", question.type())
        .text("theme", question.theme() == null ? null : question.theme().id())
        .bool("scored", question.scored())
        .integer("answered", question.answered())
        .integer("na", question.na());
    for (Map.Entry<String, Long> value : question.distribution().entrySet()) {
      rows.on("question", id, value.getKey()).integer("distribution", value.getValue());
    }
    rows.on("question", id, "")
        .integer("n", question.n())
        .number("mean", question.mean())
        .number("satisfaction", question.satisfaction())
        .number("net", question.net())
        .number("nps", question.nps());
    quantities(rows.on("question", id, "quantities"), question.quantities());
    CsvRows.Subject texts = rows.on("question", id, "").integer("texts", question.texts().count());
    question.texts().sample().forEach(text -> texts.text("text", text));
  }

  private static void criterion(CsvRows rows, CriterionDetail criterion) {
    String id = criterion.id().value();
    rows.on("criterion", id, "")
        .text("channel", criterion.channel().id())
        .text("type", criterion.type())
        .text("theme", criterion.theme() == null ? null : criterion.theme().id())
        .number("weight", criterion.weight())
        .bool("scored", criterion.scored())
        .integer("met", criterion.met())
        .integer("notMet", criterion.notMet())
        .integer("measured", criterion.measured())
        .integer("missed", criterion.missed())
        .integer("na", criterion.na())
        .integer("failing", criterion.failing());
    quantities(rows.on("criterion", id, "measures"), criterion.measures());
  }

  private static void quantities(CsvRows.Subject rows, @Nullable Quantities quantities) {
    if (quantities != null) {
      rows.integer("n", quantities.n())
          .number("min", quantities.min())
          .number("median", quantities.median())
          .number("max", quantities.max())
          .number("mean", quantities.mean());
    }
  }

  private static void analysis(CsvRows rows, AnalysisReport report) {
    head(rows, ReportJson.ANALYSIS, report.structure());
    rows.on("analysis", "", "")
        .number("target", report.target())
        .text(
            "previousEdition",
            report.previousEdition() == null ? null : report.previousEdition().value())
        .bool("partial", report.partial())
        .bool("eligible", report.eligible());
    comparison(rows.on("composite", "", ""), report.composite());
    Ranking ranking = report.ranking();
    if (ranking != null) {
      rows.on("ranking", "", "")
          .integer("rank", ranking.rank())
          .integer("of", ranking.of())
          .number("percentile", ranking.percentile());
    }
    indicator(rows, "satisfaction", report.satisfaction());
    indicator(rows, "net", report.net());
    indicator(rows, "nps", report.nps());
    SatisfactionChange change = report.satisfactionChange();
    if (change != null) {
      rows.on("satisfactionChange", "", "")
          .number("current", change.current())
          .integer("n", change.n())
          .number("previous", change.previous())
          .integer("previousN", change.previousN())
          .number("change", change.change())
          .number("z", change.z())
          .bool("significant", change.significant());
    }
    for (SourceAnalysis source : report.sources()) {
      String id = source.source().id();
      CsvRows.Subject sourceRows = rows.on("source", id, "").number("weight", source.weight());
      comparison(sourceRows, source.score()).bool("sufficient", source.sufficient());
      for (ThemeAnalysis theme : source.themes()) {
        CsvRows.Subject themeRows =
            rows.on("theme", theme.theme().id(), id).number("weight", theme.weight());
        comparison(themeRows, theme.score())
            .number("categoryMean", theme.categoryMean())
            .integer("categoryStructures", theme.categoryStructures());
      }
      for (Map.Entry<Channel, ChannelScore> channel : source.channels().entrySet()) {
        rows.on("channel", channel.getKey().id(), id)
            .number("score", channel.getValue().score())
            .integer("n", channel.getValue().n())
            .bool("suppressed", channel.getValue().suppressed());
      }
    }
    for (ThemeScore theme : report.themes()) {
      rows.on("theme", theme.theme().id(), "").number("score", theme.score());
    }
    positions(rows, "strength", report.strengths());
    positions(rows, "weakness", report.weaknesses());
    for (ItemAnalysis item : report.items()) {
      rows.on("item", item.id(), item.source().id())
          .text("theme", item.theme() == null ? null : item.theme().id())
          .number("value", item.value())
          .integer("n", item.n())
          .interval(item.ci());
    }
  }

  private static CsvRows.Subject comparison(CsvRows.Subject rows, Comparison comparison) {
    return rows.number("value", comparison.value())
        .number("toTarget", comparison.toTarget())
        .number("previous", comparison.previous())
        .number("change", comparison.change());
  }

  private static void indicator(CsvRows rows, String name, Indicator indicator) {
    rows.on("indicator", name, "")
        .number("value", indicator.value())
        .integer("n", indicator.n())
        .interval(indicator.ci());
  }

  private static void positions(CsvRows rows, String section, List<ThemeScore> themes) {
    long position = 0;
    for (ThemeScore theme : themes) {
      rows.on(section, theme.theme().id(), "").integer("position", ++position);
    }
  }

  private static void overview(CsvRows rows, Overview overview) {
    rows.on("report", "", "")
        .text("format", ReportJson.OVERVIEW)
        .text("edition", overview.edition().value());
    overview.name().values().forEach((tag, text) -> rows.on("report", "", tag).text("name", text));
    rows.counts("responses", overview.responses());
    rows.counts("audits", overview.audits());
    for (CategorySummary category : overview.categories()) {
      rows.on("category", category.category().toString(), "")
          .integer("enrolled", category.enrolled())
          .integer("eligible", category.eligible())
          .number("meanComposite", category.meanComposite());
    }
    for (Trophy trophy : overview.trophies()) {
      if (trophy instanceof Trophy.CategoryTrophy category) {
        rows.on("trophy", category.category().toString(), "")
            .text("structure", category.structure().value())
            .number("composite", category.composite());
      } else if (trophy instanceof Trophy.Consultation consultation) {
        rows.on("trophy", "consultation", "")
            .text("structure", consultation.structure().value())
            .number("participation", consultation.participation())
            .integer("responses", consultation.responses());
      }
    }
    for (NotAwarded category : overview.notAwarded()) {
      rows.on("notAwarded", category.category().toString(), "")
          .text("reason", category.reason())
          .integer("eligible", category.eligible());
    }
    long position = 0;
    for (Trophy.Consultation entry : overview.consultation()) {
      rows.on("consultation", entry.structure().value(), "")
          .integer("position", ++position)
          .number("participation", entry.participation())
          .integer("responses", entry.responses());
    }
    for (StructureEntry structure : overview.structures()) {
      rows.on("structure", structure.id().value(), "")
          .text("name", structure.name())
          .text("category", structure.category().toString())
          .text("level", structure.level().id());
    }
  }
}
