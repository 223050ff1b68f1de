package io.github.indiko.reports.internal;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.reports.Action;
import io.github.indiko.reports.AnalysisReport;
import io.github.indiko.reports.CategorySummary;
import io.github.indiko.reports.ChannelAnalysis;
import io.github.indiko.reports.Comparison;
import io.github.indiko.reports.CriterionConformity;
import io.github.indiko.reports.ItemAnalysis;
import io.github.indiko.reports.OrganisationReport;
import io.github.indiko.reports.Overview;
import io.github.indiko.reports.Ranking;
import io.github.indiko.reports.RawReport;
import io.github.indiko.reports.ReportCsv;
import io.github.indiko.reports.ReportJson;
import io.github.indiko.reports.SatisfactionChange;
import io.github.indiko.reports.SegmentAnalysis;
import io.github.indiko.reports.SegmentValueAnalysis;
import io.github.indiko.reports.SourceAnalysis;
import io.github.indiko.reports.StructureEntry;
import io.github.indiko.reports.StructureInfo;
import io.github.indiko.reports.ThemeAnalysis;
import io.github.indiko.reports.ThemeImportance;
import io.github.indiko.reports.ThemeScore;
import io.github.indiko.reports.WeightingAnalysis;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.NotAwarded;
import io.github.indiko.scoring.QuantitySummary;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.SegmentCell;
import io.github.indiko.scoring.StructureWeighting;
import io.github.indiko.scoring.Trophy;
import io.github.indiko.scoring.spi.Interval;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the CSV files of {@link ReportCsv}, whose Javadoc gives the rows, through {@link
 * CsvRows}. Stateless and thread-safe.
 */
public final class CsvReportWriter {
  private CsvReportWriter() {}

  /** Writes the CSV file of {@code ReportCsv.write(RawReport, …)}. */
  public static void raw(RawReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(
        out,
        rows -> {
          head(rows, ReportJson.RAW, report.structure());
          rows.counts("responses", report.responses());
          report
              .versions()
              .forEach(
                  (version, count) ->
                      rows.on("version", version.toString(), "").integer("responses", count));
          rows.counts("audits", report.audits());
          report.questions().forEach(question -> question(rows, question));
          report.criteria().forEach(criterion -> criterion(rows, criterion));
        });
  }

  /** Writes the CSV file of {@code ReportCsv.write(AnalysisReport, …)}. */
  public static void analysis(AnalysisReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    CsvRows.write(out, rows -> analysis(rows, report));
  }

  /** Writes the CSV file of {@code ReportCsv.write(OrganisationReport, …)}. */
  public static void organisation(OrganisationReport report, OutputStream out) {
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

  /** Writes the CSV file of {@code ReportCsv.write(Overview, …)}. */
  public static void overview(Overview overview, OutputStream out) {
    Objects.requireNonNull(overview, "overview");
    CsvRows.write(out, rows -> overview(rows, overview));
  }

  private static void head(CsvRows rows, String format, StructureInfo structure) {
    rows.on("report", "", "")
        .text("format", format)
        .text("edition", structure.edition().value())
        .text("asOf", structure.asOf().date().toString())
        .bool("provisional", structure.asOf().provisional())
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
    CsvRows.Subject versions = rows.on("question", id, "");
    question.versions().forEach(version -> versions.integer("version", version));
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

  private static void quantities(CsvRows.Subject rows, @Nullable QuantitySummary quantities) {
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
      for (Map.Entry<Channel, ChannelAnalysis> channel : source.channels().entrySet()) {
        rows.on("channel", channel.getKey().id(), id)
            .number("score", channel.getValue().score())
            .count("n", channel.getValue().n())
            .bool("suppressed", channel.getValue().suppressed());
      }
    }
    for (ThemeScore theme : report.themes()) {
      rows.on("theme", theme.theme().id(), "").number("score", theme.score());
    }
    positions(rows, "strength", report.strengths());
    positions(rows, "weakness", report.weaknesses());
    for (ItemAnalysis item : report.items()) {
      CsvRows.Subject itemRows =
          rows.on("item", item.id(), item.source().id())
              .text("theme", item.theme() == null ? null : item.theme().id())
              .number("value", item.value())
              .integer("n", item.n());
      if (report.weighting() != null) {
        itemRows.number("nEffective", item.nEffective());
      }
      itemRows.interval(item.ci());
    }
    for (SegmentAnalysis segment : report.segments()) {
      for (SegmentValueAnalysis value : segment.values()) {
        SegmentCell cell = value.cell();
        CsvRows.Subject cellRows =
            rows.on("segment", segment.key(), value.value())
                .bool("suppressed", value.suppressed())
                .count("n", cell == null ? null : cell.n())
                .number("score", cell == null ? null : cell.score());
        segmentIndicator(cellRows, "satisfaction", cell == null ? null : cell.satisfaction());
        segmentIndicator(cellRows, "net", cell == null ? null : cell.net());
        segmentIndicator(cellRows, "nps", cell == null ? null : cell.nps());
      }
    }
    if (report.weighting() != null) {
      weighting(rows, report.weighting());
    }
  }

  /**
   * The weighting rows (analysis.md §A3): the method, each key's position, then the structure's
   * block of {@code results.json}, {@code cycles}, {@code key} and {@code value} empty where they
   * do not exist.
   */
  private static void weighting(CsvRows rows, WeightingAnalysis weighting) {
    StructureWeighting result = weighting.result();
    rows.on("weighting", "", "").text("method", weighting.method().code());
    long position = 0;
    for (String key : weighting.keys()) {
      rows.on("weighting", key, "").integer("position", ++position);
    }
    rows.on("weighting", "", "")
        .text("status", result.status().json())
        .count("cycles", result.cycles() == null ? null : result.cycles().longValue())
        .integer("weightedResponses", result.weightedResponses())
        .integer("unweightedResponses", result.unweightedResponses())
        .number("nEffective", result.nEffective())
        .number("designEffect", result.designEffect())
        .text("key", result.key())
        .text("value", result.value());
  }

  /** A segment cell's indicator: NAME, NAME.n, NAME.low, NAME.high, empty when suppressed. */
  private static void segmentIndicator(
      CsvRows.Subject rows, String name, @Nullable Indicator indicator) {
    Interval ci = indicator == null ? null : indicator.ci();
    rows.number(name, indicator == null ? null : indicator.value())
        .count(name + ".n", indicator == null ? null : indicator.n())
        .number(name + ".low", ci == null ? null : ci.low())
        .number(name + ".high", ci == null ? null : ci.high());
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
        .text("edition", overview.edition().value())
        .text("asOf", overview.asOf().date().toString())
        .bool("provisional", overview.asOf().provisional());
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
