package io.github.indiko.reports;

import io.github.indiko.reports.internal.AgreementDocuments;
import io.github.indiko.reports.internal.JsonReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders reports to JSON: members in a stable, documented order, numbers unrounded (0–100), {@code
 * null} where a value does not exist. The formats are {@code indiko.report.raw/1}, {@code
 * indiko.report.analysis/1}, {@code indiko.report.organisation/1}, {@code
 * indiko.report.overview/1} and {@code indiko.report.agreement/1}. Stateless and thread-safe.
 *
 * <p>A document is UTF-8, pretty printed with two spaces and {@code \n}, followed by a line feed,
 * like {@code results.json}; the same report always gives the same bytes. Counts are integers;
 * every other number is written as {@link Double#toString(double)} gives it ({@code 84.0}, not
 * {@code 84}), which reads back to the same double. Identifiers, categories and enumerations are
 * their format v1 ids ({@code commune/m}, {@code survey}, {@code priority}); an interval is {@code
 * [low, high]}; maps are objects with their keys sorted; lists keep the report's order.
 *
 * <p>Members come in this order (the names are those of the records' components):
 *
 * <ul>
 *   <li>Every document: {@code format}, {@code edition}, {@code asOf} (the day the results are
 *       scored as of) and {@code provisional} (whether the collection was not closed then), as in
 *       {@code results.json}; then, for a structure's report, {@code structure} {@code {id, name,
 *       category, level}}.
 *   <li>{@value #RAW}: {@code responses} and {@code audits} {@code {read, accepted, rejected,
 *       byReason}}, {@code questions} [{@code {id, type, theme, scored, answered, na, distribution,
 *       n, mean, satisfaction, net, nps, quantities, texts {count, sample}}}], {@code criteria}
 *       [{@code {id, channel, type, theme, weight, scored, met, notMet, measured, missed, na,
 *       failing, measures}}]; {@code quantities} and {@code measures} are {@code {n, min, median,
 *       max, mean}} or null. When the edition names several versions of its questionnaire
 *       (analysis.md §A4), {@code versions} {@code {version: accepted responses}} follows {@code
 *       responses}, and each question has {@code versions} [the versions that ask it] after {@code
 *       scored}; without, neither appears.
 *   <li>{@value #ANALYSIS}: {@code target}, {@code previousEdition}, {@code composite}, {@code
 *       partial}, {@code eligible}, {@code ranking} {@code {rank, of, percentile}}, {@code
 *       satisfaction}, {@code net} and {@code nps} {@code {value, n, ci}}, {@code
 *       satisfactionChange} {@code {current, n, previous, previousN, change, z, significant}},
 *       {@code sources} [{@code {source, weight, score, sufficient, themes [{theme, weight, score,
 *       categoryMean, categoryStructures}], channels {channel: {score, n, suppressed}}}}], {@code
 *       themes}, {@code strengths} and {@code weaknesses} [{@code {theme, score}}], {@code items}
 *       [{@code {id, source, theme, value, n, ci}}], then, only when the questionnaire declares
 *       segments (analysis.md §A2), {@code segments} [{@code {key, values [{value, suppressed, n,
 *       score, satisfaction, net, nps}]}}], keys and values in declared order, {@code (none)} last,
 *       indicators as the structure's, then, only when the edition asks for weighting (analysis.md
 *       §A3), {@code weighting} {@code {method, keys, status, cycles, weightedResponses,
 *       unweightedResponses, nEffective, designEffect, key, value}}: the edition's method and keys,
 *       then the structure's block of {@code results.json}, {@code key} and {@code value} null but
 *       for {@code empty_cell}; with weighting, each item has {@code nEffective} after {@code n},
 *       null for a criterion; a comparison ({@code composite}, a source's or a theme's
 *       {@code score}) is {@code {value, toTarget, previous, change}}. A survey channel or a
 *       segment cell that the disclosure rules withhold (analysis.md §A2, Disclosure) has {@code
 *       suppressed} true and every number null, its {@code n} included; a segment cell with no
 *       response has {@code n} 0.
 *   <li>{@value #ORGANISATION}: {@code criteria} [{@code {id, channel, theme, weight, conformity,
 *       gap, observations, failed, failing}}], {@code themes} [{@code {theme, importance,
 *       respondents, performance, quadrant}}], {@code meanImportance}, {@code meanPerformance},
 *       {@code actionPlan} [{@code {kind, id, priority, score}}].
 *   <li>{@value #OVERVIEW}: {@code name} {@code {tag: text}}, {@code responses}, {@code audits},
 *       {@code categories} [{@code {category, enrolled, eligible, meanComposite}}], {@code
 *       trophies} and {@code notAwarded} as in {@code results.json}, {@code consultation} [{@code
 *       {structure, participation, responses}}], {@code structures} [{@code {id, name, category,
 *       level}}].
 *   <li>{@value #AGREEMENT} (analysis.md §A5): {@code doubles}, {@code criteria} [{@code {id,
 *       channel, level, units, values, alpha, reading}}], the least agreed on first (alpha
 *       ascending, null last, ties in grid order), {@code checks} {@code {level, units, values,
 *       alpha, reading}}; {@code reading} is {@code reliable}, {@code tentative}, {@code
 *       unreliable} or {@code not_computed} ({@link AgreementReport.Reading}).
 * </ul>
 *
 * <p>Every member is always present, {@code null} when its value does not exist, but an analysis's
 * {@code segments}, {@code weighting} and items' {@code nEffective}. {@link
 * #schema(String)} gives each format's JSON Schema.
 */
public final class ReportJson {
  /** The {@code format} of raw results. */
  public static final String RAW = "indiko.report.raw/1";

  /** The {@code format} of a results analysis. */
  public static final String ANALYSIS = "indiko.report.analysis/1";

  /** The {@code format} of an organisation audit. */
  public static final String ORGANISATION = "indiko.report.organisation/1";

  /** The {@code format} of the public overview. */
  public static final String OVERVIEW = "indiko.report.overview/1";

  /** The {@code format} of the auditors' agreement (analysis.md §A5). */
  public static final String AGREEMENT = "indiko.report.agreement/1";

  private static final Map<String, String> SCHEMAS =
      Map.of(
          "raw", "report-raw.schema.json",
          "analysis", "report-analysis.schema.json",
          "organisation", "report-organisation.schema.json",
          "overview", "report-overview.schema.json",
          "agreement", "report-agreement.schema.json");

  private ReportJson() {}

  /**
   * @param report a raw report
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the document
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(RawReport report, OutputStream out) {
    JsonReportWriter.raw(report, out);
  }

  /**
   * @param report an analysis
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the document
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AnalysisReport report, OutputStream out) {
    JsonReportWriter.analysis(report, out);
  }

  /**
   * @param report an organisation audit
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the document
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(OrganisationReport report, OutputStream out) {
    JsonReportWriter.organisation(report, out);
  }

  /**
   * @param overview the public overview
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the document
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(Overview overview, OutputStream out) {
    JsonReportWriter.overview(overview, out);
  }

  /**
   * @param report the auditors' agreement
   * @param out where to write UTF-8 JSON; flushed, not closed
   * @throws IllegalArgumentException when a number is not finite; {@code out} may then hold part of
   *     the document
   * @throws java.io.UncheckedIOException when writing fails
   */
  public static void write(AgreementReport report, OutputStream out) {
    AgreementDocuments.json(report, out);
  }

  /**
   * The JSON Schema (draft 2020-12) of one report format, shipped in this module. Its {@code $id}
   * is {@code https://indiko.github.io/schema/v1/report-KIND.schema.json} (a name, never fetched);
   * it references nothing outside itself. Every document this class writes is valid against it.
   *
   * @param kind {@code raw}, {@code analysis}, {@code organisation}, {@code overview} or {@code
   *     agreement}
   * @return the schema's JSON text
   * @throws IllegalArgumentException for any other kind
   */
  public static String schema(String kind) {
    String resource = SCHEMAS.get(kind);
    if (resource == null) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "unknown report kind \"%s\": expected raw, analysis, organisation, overview or"
                  + " agreement",
              kind));
    }
    try (InputStream in = ReportJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the module: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + resource, e);
    }
  }
}
