package io.github.indiko.reports.internal;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.internal.json.JsonDocument;
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
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.CriterionDetail;
import io.github.indiko.scoring.Indicator;
import io.github.indiko.scoring.QuantitySummary;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.SegmentCell;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Streams the documents of {@link ReportJson} in the member order its Javadoc gives, with the
 * conventions of {@code results.json} ({@link JsonDocument}).
 */
public final class JsonReportWriter {
  private final JsonDocument document;
  private final JsonGenerator json;

  private JsonReportWriter(JsonDocument document) {
    this.document = document;
    this.json = document.generator();
  }

  /** Writes the document of {@code ReportJson.write(RawReport, …)}. */
  public static void raw(RawReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    write(out, writer -> writer.raw(report));
  }

  /** Writes the document of {@code ReportJson.write(AnalysisReport, …)}. */
  public static void analysis(AnalysisReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    write(out, writer -> writer.analysis(report));
  }

  /** Writes the document of {@code ReportJson.write(OrganisationReport, …)}. */
  public static void organisation(OrganisationReport report, OutputStream out) {
    Objects.requireNonNull(report, "report");
    write(out, writer -> writer.organisation(report));
  }

  /** Writes the document of {@code ReportJson.write(Overview, …)}. */
  public static void overview(Overview overview, OutputStream out) {
    Objects.requireNonNull(overview, "overview");
    write(out, writer -> writer.overview(overview));
  }

  private static void write(OutputStream out, Consumer<JsonReportWriter> body) {
    JsonDocument.write(out, "a report", document -> body.accept(new JsonReportWriter(document)));
  }

  private void head(String format, StructureInfo structure) {
    json.writeStringProperty("format", format);
    json.writeStringProperty("edition", structure.edition().value());
    asOf(structure.asOf());
    json.writeName("structure");
    json.writeStartObject();
    json.writeStringProperty("id", structure.id().value());
    json.writeStringProperty("name", structure.name());
    json.writeStringProperty("category", structure.category().toString());
    json.writeStringProperty("level", structure.level().id());
    json.writeEndObject();
  }

  /** Writes {@code asOf} and {@code provisional}, as {@code results.json} does. */
  private void asOf(AsOf asOf) {
    json.writeStringProperty("asOf", asOf.date().toString());
    json.writeBooleanProperty("provisional", asOf.provisional());
  }

  private void raw(RawReport report) {
    json.writeStartObject();
    head(ReportJson.RAW, report.structure());
    document.counts("responses", report.responses());
    if (!report.versions().isEmpty()) {
      json.writeName("versions");
      json.writeStartObject();
      report
          .versions()
          .forEach((version, count) -> json.writeNumberProperty(version.toString(), count));
      json.writeEndObject();
    }
    document.counts("audits", report.audits());
    json.writeName("questions");
    json.writeStartArray();
    report.questions().forEach(this::question);
    json.writeEndArray();
    json.writeName("criteria");
    json.writeStartArray();
    report.criteria().forEach(this::criterion);
    json.writeEndArray();
    json.writeEndObject();
  }

  private void question(QuestionDetail question) {
    json.writeStartObject();
    json.writeStringProperty("id", question.id().value());
    json.writeStringProperty("type", question.type());
    document.text("theme", question.theme() == null ? null : question.theme().id());
    json.writeBooleanProperty("scored", question.scored());
    if (!question.versions().isEmpty()) {
      json.writeName("versions");
      json.writeStartArray();
      question.versions().forEach(json::writeNumber);
      json.writeEndArray();
    }
    json.writeNumberProperty("answered", question.answered());
    json.writeNumberProperty("na", question.na());
    json.writeName("distribution");
    json.writeStartObject();
    question.distribution().forEach(json::writeNumberProperty);
    json.writeEndObject();
    json.writeNumberProperty("n", question.n());
    document.number("mean", question.mean());
    document.number("satisfaction", question.satisfaction());
    document.number("net", question.net());
    document.number("nps", question.nps());
    quantities("quantities", question.quantities());
    json.writeName("texts");
    json.writeStartObject();
    json.writeNumberProperty("count", question.texts().count());
    json.writeName("sample");
    json.writeStartArray();
    question.texts().sample().forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void criterion(CriterionDetail criterion) {
    json.writeStartObject();
    json.writeStringProperty("id", criterion.id().value());
    json.writeStringProperty("channel", criterion.channel().id());
    json.writeStringProperty("type", criterion.type());
    document.text("theme", criterion.theme() == null ? null : criterion.theme().id());
    document.number("weight", criterion.weight());
    json.writeBooleanProperty("scored", criterion.scored());
    json.writeNumberProperty("met", criterion.met());
    json.writeNumberProperty("notMet", criterion.notMet());
    json.writeNumberProperty("measured", criterion.measured());
    json.writeNumberProperty("missed", criterion.missed());
    json.writeNumberProperty("na", criterion.na());
    json.writeNumberProperty("failing", criterion.failing());
    quantities("measures", criterion.measures());
    json.writeEndObject();
  }

  private void quantities(String name, @Nullable QuantitySummary quantities) {
    json.writeName(name);
    if (quantities == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeNumberProperty("n", quantities.n());
    document.number("min", quantities.min());
    document.number("median", quantities.median());
    document.number("max", quantities.max());
    document.number("mean", quantities.mean());
    json.writeEndObject();
  }

  private void analysis(AnalysisReport report) {
    json.writeStartObject();
    head(ReportJson.ANALYSIS, report.structure());
    document.number("target", report.target());
    document.text(
        "previousEdition",
        report.previousEdition() == null ? null : report.previousEdition().value());
    comparison("composite", report.composite());
    json.writeBooleanProperty("partial", report.partial());
    json.writeBooleanProperty("eligible", report.eligible());
    json.writeName("ranking");
    Ranking ranking = report.ranking();
    if (ranking == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeNumberProperty("rank", ranking.rank());
      json.writeNumberProperty("of", ranking.of());
      document.number("percentile", ranking.percentile());
      json.writeEndObject();
    }
    indicator("satisfaction", report.satisfaction());
    indicator("net", report.net());
    indicator("nps", report.nps());
    satisfactionChange(report.satisfactionChange());
    json.writeName("sources");
    json.writeStartArray();
    report.sources().forEach(this::source);
    json.writeEndArray();
    themeScores("themes", report.themes());
    themeScores("strengths", report.strengths());
    themeScores("weaknesses", report.weaknesses());
    json.writeName("items");
    json.writeStartArray();
    for (ItemAnalysis item : report.items()) {
      json.writeStartObject();
      json.writeStringProperty("id", item.id());
      json.writeStringProperty("source", item.source().id());
      document.text("theme", item.theme() == null ? null : item.theme().id());
      document.number("value", item.value());
      json.writeNumberProperty("n", item.n());
      if (report.weighting() != null) {
        document.number("nEffective", item.nEffective());
      }
      ResultsMembers.interval(document, item.ci());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!report.segments().isEmpty()) {
      segments(report.segments());
    }
    if (report.weighting() != null) {
      ResultsMembers.weighting(document, report.weighting());
    }
    json.writeEndObject();
  }

  /** The member {@code segments}, written only when the questionnaire declares segments. */
  private void segments(List<SegmentAnalysis> segments) {
    json.writeName("segments");
    json.writeStartArray();
    for (SegmentAnalysis segment : segments) {
      json.writeStartObject();
      json.writeStringProperty("key", segment.key());
      json.writeName("values");
      json.writeStartArray();
      for (SegmentValueAnalysis value : segment.values()) {
        SegmentCell cell = value.cell();
        json.writeStartObject();
        json.writeStringProperty("value", value.value());
        json.writeBooleanProperty("suppressed", value.suppressed());
        count("n", cell == null ? null : cell.n());
        document.number("score", cell == null ? null : cell.score());
        indicator("satisfaction", cell == null ? null : cell.satisfaction());
        indicator("net", cell == null ? null : cell.net());
        indicator("nps", cell == null ? null : cell.nps());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void count(String name, @Nullable Long value) {
    if (value == null) {
      json.writeNullProperty(name);
    } else {
      json.writeNumberProperty(name, value);
    }
  }

  private void satisfactionChange(@Nullable SatisfactionChange change) {
    json.writeName("satisfactionChange");
    if (change == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    document.number("current", change.current());
    json.writeNumberProperty("n", change.n());
    document.number("previous", change.previous());
    json.writeNumberProperty("previousN", change.previousN());
    document.number("change", change.change());
    document.number("z", change.z());
    json.writeBooleanProperty("significant", change.significant());
    json.writeEndObject();
  }

  private void source(SourceAnalysis source) {
    json.writeStartObject();
    json.writeStringProperty("source", source.source().id());
    document.number("weight", source.weight());
    comparison("score", source.score());
    json.writeBooleanProperty("sufficient", source.sufficient());
    json.writeName("themes");
    json.writeStartArray();
    for (ThemeAnalysis theme : source.themes()) {
      json.writeStartObject();
      json.writeStringProperty("theme", theme.theme().id());
      document.number("weight", theme.weight());
      comparison("score", theme.score());
      document.number("categoryMean", theme.categoryMean());
      json.writeNumberProperty("categoryStructures", theme.categoryStructures());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("channels");
    json.writeStartObject();
    for (Map.Entry<Channel, ChannelAnalysis> channel : source.channels().entrySet()) {
      json.writeName(channel.getKey().id());
      json.writeStartObject();
      document.number("score", channel.getValue().score());
      count("n", channel.getValue().n());
      json.writeBooleanProperty("suppressed", channel.getValue().suppressed());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void comparison(String name, Comparison comparison) {
    json.writeName(name);
    json.writeStartObject();
    document.number("value", comparison.value());
    document.number("toTarget", comparison.toTarget());
    document.number("previous", comparison.previous());
    document.number("change", comparison.change());
    json.writeEndObject();
  }

  private void indicator(String name, @Nullable Indicator indicator) {
    json.writeName(name);
    if (indicator == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    document.number("value", indicator.value());
    json.writeNumberProperty("n", indicator.n());
    ResultsMembers.interval(document, indicator.ci());
    json.writeEndObject();
  }

  private void themeScores(String name, List<ThemeScore> themes) {
    json.writeName(name);
    json.writeStartArray();
    for (ThemeScore theme : themes) {
      json.writeStartObject();
      json.writeStringProperty("theme", theme.theme().id());
      document.number("score", theme.score());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void organisation(OrganisationReport report) {
    json.writeStartObject();
    head(ReportJson.ORGANISATION, report.structure());
    json.writeName("criteria");
    json.writeStartArray();
    for (CriterionConformity criterion : report.criteria()) {
      json.writeStartObject();
      json.writeStringProperty("id", criterion.id().value());
      json.writeStringProperty("channel", criterion.channel().id());
      document.text("theme", criterion.theme() == null ? null : criterion.theme().id());
      document.number("weight", criterion.weight());
      document.number("conformity", criterion.conformity());
      document.number("gap", criterion.gap());
      json.writeNumberProperty("observations", criterion.observations());
      json.writeNumberProperty("failed", criterion.failed());
      json.writeBooleanProperty("failing", criterion.failing());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("themes");
    json.writeStartArray();
    for (ThemeImportance theme : report.themes()) {
      json.writeStartObject();
      json.writeStringProperty("theme", theme.theme().id());
      document.number("importance", theme.importance());
      json.writeNumberProperty("respondents", theme.respondents());
      document.number("performance", theme.performance());
      document.text("quadrant", theme.quadrant() == null ? null : theme.quadrant().id());
      json.writeEndObject();
    }
    json.writeEndArray();
    document.number("meanImportance", report.meanImportance());
    document.number("meanPerformance", report.meanPerformance());
    json.writeName("actionPlan");
    json.writeStartArray();
    for (Action action : report.actionPlan()) {
      json.writeStartObject();
      json.writeStringProperty("kind", action.kind().id());
      json.writeStringProperty("id", action.id());
      document.number("priority", action.priority());
      document.number("score", action.score());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void overview(Overview overview) {
    json.writeStartObject();
    json.writeStringProperty("format", ReportJson.OVERVIEW);
    json.writeStringProperty("edition", overview.edition().value());
    asOf(overview.asOf());
    json.writeName("name");
    json.writeStartObject();
    overview.name().values().forEach(json::writeStringProperty);
    json.writeEndObject();
    document.counts("responses", overview.responses());
    document.counts("audits", overview.audits());
    json.writeName("categories");
    json.writeStartArray();
    for (CategorySummary category : overview.categories()) {
      json.writeStartObject();
      json.writeStringProperty("category", category.category().toString());
      json.writeNumberProperty("enrolled", category.enrolled());
      json.writeNumberProperty("eligible", category.eligible());
      document.number("meanComposite", category.meanComposite());
      json.writeEndObject();
    }
    json.writeEndArray();
    ResultsMembers.trophies(document, overview.trophies());
    ResultsMembers.notAwarded(document, overview.notAwarded());
    ResultsMembers.consultation(document, overview.consultation());
    json.writeName("structures");
    json.writeStartArray();
    for (StructureEntry structure : overview.structures()) {
      json.writeStartObject();
      json.writeStringProperty("id", structure.id().value());
      json.writeStringProperty("name", structure.name());
      json.writeStringProperty("category", structure.category().toString());
      json.writeStringProperty("level", structure.level().id());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
