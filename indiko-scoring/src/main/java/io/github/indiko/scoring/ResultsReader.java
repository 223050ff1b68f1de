package io.github.indiko.scoring;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.internal.Checks;
import io.github.indiko.core.internal.json.JsonErrors;
import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.spi.Interval;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Reads {@code results.json} strictly: duplicate members, trailing content, non-finite numbers,
 * unknown or missing members and values of the wrong type are errors, reported at their JSON
 * pointer. The first problem found stops the reading.
 */
final class ResultsReader {
  /** Doubles, not BigDecimals: {@code -0.0} and every double must read back bit for bit. */
  private static final ObjectReader READER =
      StrictJson.documentReader().without(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String file;

  private ResultsReader(String file) {
    this.file = file;
  }

  static Results read(InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    ResultsReader reader = new ResultsReader(file);
    return reader.results(reader.parse(in));
  }

  private JsonAt parse(InputStream in) {
    JsonNode tree;
    try {
      tree = READER.readTree(in);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(
          "cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
    } catch (JacksonException e) {
      throw problem(JsonErrors.pointer(e), JsonErrors.describe(e));
    }
    if (tree == null || tree.isMissingNode()) {
      throw problem(
          "", "the document is empty: expected a JSON object of format " + ResultsJson.FORMAT);
    }
    return new JsonAt(file, tree, "");
  }

  private DefinitionException problem(String pointer, String message) {
    return new DefinitionException(new DefinitionProblem(file, pointer, message));
  }

  private Results results(JsonAt root) {
    if (!root.node.isObject()) {
      throw root.problem("must be a JSON object of format " + ResultsJson.FORMAT);
    }
    Iterator<String> names = root.node.propertyNames().iterator();
    if (!names.hasNext() || !names.next().equals("format")) {
      throw root.problem("the first member must be \"format\": \"" + ResultsJson.FORMAT + "\"");
    }
    JsonAt format = root.get("format");
    if (!format.node.isString() || !format.node.stringValue().equals(ResultsJson.FORMAT)) {
      throw format.problem(
          "expected format "
              + ResultsJson.FORMAT
              + ", found "
              + JsonAt.abbreviate(format.node.toString()));
    }
    boolean agreement = root.node.has("agreement");
    List<String> members =
        new ArrayList<>(
            List.of(
                "format",
                "edition",
                "asOf",
                "provisional",
                "counts",
                "structures",
                "trophies",
                "notAwarded"));
    if (agreement) {
      members.add("agreement");
    }
    root.object(members.toArray(String[]::new));
    EditionId edition = root.get("edition").map(at -> new EditionId(at.string()));
    AsOf asOf = new AsOf(root.get("asOf").date(), root.get("provisional").bool());
    JsonAt counts = root.get("counts").object("responses", "audits");
    return new Results(
        edition,
        asOf,
        sourceCounts(counts.get("responses")),
        sourceCounts(counts.get("audits")),
        root.get("structures").list(this::structure),
        root.get("trophies").list(this::trophy),
        root.get("notAwarded").list(this::notAwarded),
        List.of(),
        agreement ? AgreementJson.read(root.get("agreement")) : null);
  }

  private SourceCounts sourceCounts(JsonAt at) {
    at.object("read", "accepted", "rejected", "byReason");
    JsonAt reasons = at.get("byReason");
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    for (String code : reasons.object().node.propertyNames()) {
      JsonAt count = reasons.get(code);
      RejectReason reason = count.map(unused -> RejectReason.fromCode(code));
      long value = count.count();
      if (value == 0) {
        throw count.problem("must be at least 1: byReason omits zero counts");
      }
      byReason.put(reason, value);
    }
    long read = at.get("read").count();
    long accepted = at.get("accepted").count();
    long rejected = at.get("rejected").count();
    return at.map(unused -> new SourceCounts(read, accepted, rejected, byReason));
  }

  /** The members of a structure, besides {@code segments}. */
  private static final List<String> STRUCTURE_MEMBERS =
      List.of(
          "id",
          "category",
          "enrolled",
          "level",
          "responses",
          "audits",
          "survey",
          "audit",
          "composite",
          "partial",
          "eligible",
          "satisfaction",
          "net",
          "nps",
          "rank",
          "of",
          "percentile",
          "items");

  private StructureResult structure(JsonAt at) {
    List<String> members = new ArrayList<>(STRUCTURE_MEMBERS);
    boolean segmented = at.node.isObject() && at.node.has("segments");
    if (segmented) {
      members.add("segments");
    }
    boolean weighted = at.node.isObject() && at.node.has("weighting");
    if (weighted) {
      members.add("weighting");
    }
    boolean versioned = at.node.isObject() && at.node.has("versions");
    if (versioned) {
      members.add("versions");
    }
    boolean doubled = at.node.isObject() && at.node.has("doubles");
    if (doubled) {
      members.add("doubles");
    }
    at.object(members.toArray(String[]::new));
    JsonAt items = at.get("items").object();
    Map<String, ItemResult> byId = new LinkedHashMap<>();
    for (String id : items.node.propertyNames()) {
      JsonAt item = items.get(id);
      if (!Checks.IDENTIFIER.matcher(id).matches()) {
        throw item.problem(
            "item id must match [a-z0-9][a-z0-9._-]{0,63}: \"" + JsonAt.abbreviate(id) + "\"");
      }
      byId.put(id, item(item));
    }
    return new StructureResult(
        at.get("id").map(id -> new StructureId(id.string())),
        at.get("category").map(category -> Category.parse(category.string())),
        at.get("enrolled").bool(),
        at.get("level").nullable(level -> level.map(l -> Level.fromId(l.string()))),
        at.get("responses").count(),
        at.get("audits").count(),
        source(at.get("survey")),
        source(at.get("audit")),
        at.get("composite").nullable(JsonAt::number),
        at.get("partial").bool(),
        at.get("eligible").bool(),
        indicator(at.get("satisfaction"), true),
        indicator(at.get("net"), false),
        indicator(at.get("nps"), true),
        at.get("rank").nullable(rank -> rank.integer(1)),
        at.get("of").nullable(of -> of.integer(1)),
        at.get("percentile").nullable(JsonAt::number),
        byId,
        segmented ? segments(at.get("segments")) : Map.of(),
        weighted ? at.get("weighting").map(this::weighting) : null,
        versioned ? versions(at.get("versions")) : Map.of(),
        doubled ? doubles(at.get("doubles")) : 0);
  }

  /** Reads a structure's responses per version (analysis.md §A4): two versions or more. */
  private Map<Integer, Long> versions(JsonAt at) {
    JsonAt versions = at.object();
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (String version : versions.node.propertyNames()) {
      JsonAt count = versions.get(version);
      if (!version.matches("[1-9][0-9]{0,9}") || Long.parseLong(version) > Integer.MAX_VALUE) {
        String shown = JsonAt.abbreviate(version);
        throw count.problem("a version must be an integer from 1 to 2147483647: \"" + shown + "\"");
      }
      counts.put(Integer.parseInt(version), count.count());
    }
    if (counts.size() < 2) {
      throw at.problem("versions appear only when the edition names several: " + counts.size());
    }
    return counts;
  }

  /** Reads a structure's doubles (analysis.md §A5), written only when there are some. */
  private static long doubles(JsonAt at) {
    long doubles = at.count();
    if (doubles == 0) {
      throw at.problem("must be at least 1: doubles is left out when there are none");
    }
    return doubles;
  }

  /** Reads a structure's weighting (analysis.md §A3, Weights). */
  private StructureWeighting weighting(JsonAt at) {
    boolean emptyCell = at.node.isObject() && at.node.has("key");
    List<String> members =
        new ArrayList<>(
            List.of(
                "status",
                "cycles",
                "weightedResponses",
                "unweightedResponses",
                "nEffective",
                "designEffect"));
    if (emptyCell) {
      members.addAll(List.of("key", "value"));
    }
    at.object(members.toArray(String[]::new));
    return new StructureWeighting(
        at.get("status").map(status -> StructureWeighting.Status.ofJson(status.string())),
        at.get("cycles").nullable(cycles -> cycles.integer(1)),
        at.get("weightedResponses").count(),
        at.get("unweightedResponses").count(),
        at.get("nEffective").number(),
        at.get("designEffect").number(),
        emptyCell ? at.get("key").string() : null,
        emptyCell ? at.get("value").string() : null);
  }

  /** Reads a structure's segment breakdown (analysis.md §A2, Breakdown), in the file's order. */
  private Map<String, Map<String, SegmentCell>> segments(JsonAt at) {
    JsonAt keys = at.object();
    Map<String, Map<String, SegmentCell>> breakdown = new LinkedHashMap<>();
    for (String key : keys.node.propertyNames()) {
      JsonAt cells = keys.get(key).object();
      if (!Checks.IDENTIFIER.matcher(key).matches()) {
        throw cells.problem(
            "segment key must match [a-z0-9][a-z0-9._-]{0,63}: \"" + JsonAt.abbreviate(key) + "\"");
      }
      Map<String, SegmentCell> byValue = new LinkedHashMap<>();
      for (String value : cells.node.propertyNames()) {
        JsonAt cell = cells.get(value).object("n", "score", "satisfaction", "net", "nps");
        if (!value.equals(StructureResult.NO_SEGMENT_VALUE)
            && !SegmentValue.FORM.matcher(value).matches()) {
          throw cell.problem(
              "segment value must match [a-z0-9][a-z0-9._+-]{0,63} or be (none): \""
                  + JsonAt.abbreviate(value)
                  + "\"");
        }
        byValue.put(
            value,
            new SegmentCell(
                cell.get("n").count(),
                cell.get("score").nullable(JsonAt::number),
                indicator(cell.get("satisfaction"), true),
                indicator(cell.get("net"), false),
                indicator(cell.get("nps"), true)));
      }
      breakdown.put(key, byValue);
    }
    return breakdown;
  }

  private SourceResult source(JsonAt at) {
    at.object("score", "sufficient", "themes", "channels");
    JsonAt themes = at.get("themes").object();
    Map<Theme, Double> scores = new LinkedHashMap<>();
    for (String id : themes.node.propertyNames()) {
      JsonAt theme = themes.get(id);
      scores.put(theme.map(unused -> new Theme(id)), theme.number());
    }
    JsonAt channels = at.get("channels").object();
    Map<Channel, ChannelScore> byChannel = new LinkedHashMap<>();
    for (String id : channels.node.propertyNames()) {
      JsonAt channel = channels.get(id).object("score", "n", "suppressed");
      byChannel.put(
          channel.map(unused -> new Channel(id)),
          new ChannelScore(
              channel.get("score").nullable(JsonAt::number),
              channel.get("n").count(),
              channel.get("suppressed").bool()));
    }
    return new SourceResult(
        at.get("score").nullable(JsonAt::number), at.get("sufficient").bool(), scores, byChannel);
  }

  private Indicator indicator(JsonAt at, boolean withInterval) {
    if (withInterval) {
      at.object("value", "n", "ci");
    } else {
      at.object("value", "n");
    }
    Double value = at.get("value").nullable(JsonAt::number);
    long n = at.get("n").count();
    Interval ci = withInterval ? at.get("ci").nullable(this::interval) : null;
    return new Indicator(value, n, ci);
  }

  private ItemResult item(JsonAt at) {
    boolean weighted = at.node.isObject() && at.node.has("nEffective");
    if (weighted) {
      at.object("source", "theme", "value", "n", "ci", "mean", "satisfaction", "net", "nEffective");
    } else {
      at.object("source", "theme", "value", "n", "ci", "mean", "satisfaction", "net");
    }
    long n = at.get("n").count();
    if (n == 0) {
      throw at.get("n").problem("must be at least 1: results.json lists the items with n ≥ 1");
    }
    return new ItemResult(
        at.get("source").map(source -> Source.fromId(source.string())),
        at.get("theme").nullable(theme -> theme.map(t -> new Theme(t.string()))),
        at.get("value").number(),
        n,
        at.get("ci").nullable(this::interval),
        at.get("mean").number(),
        at.get("satisfaction").nullable(JsonAt::number),
        at.get("net").nullable(JsonAt::number),
        weighted ? at.get("nEffective").number() : null);
  }

  private Interval interval(JsonAt at) {
    if (!at.node.isArray() || at.node.size() != 2) {
      throw at.problem("must be an interval [low, high] or null");
    }
    double low = at.element(0).number();
    double high = at.element(1).number();
    return at.map(unused -> new Interval(low, high));
  }

  private Trophy trophy(JsonAt at) {
    if (!at.node.isObject()) {
      throw at.problem("must be an object");
    }
    JsonAt kind = at.get("trophy");
    String trophy = kind.string();
    switch (trophy) {
      case "category":
        at.object("trophy", "category", "structure", "composite");
        return new Trophy.CategoryTrophy(
            at.get("category").map(category -> Category.parse(category.string())),
            at.get("structure").map(structure -> new StructureId(structure.string())),
            at.get("composite").number());
      case "consultation":
        at.object("trophy", "structure", "participation", "responses");
        return new Trophy.Consultation(
            at.get("structure").map(structure -> new StructureId(structure.string())),
            at.get("participation").number(),
            at.get("responses").count());
      default:
        throw kind.problem(
            "unknown trophy \""
                + JsonAt.abbreviate(trophy)
                + "\": expected category or consultation");
    }
  }

  private NotAwarded notAwarded(JsonAt at) {
    at.object("category", "reason", "eligible");
    String reason = at.get("reason").string();
    if (!Checks.IDENTIFIER.matcher(reason).matches()) {
      throw at.get("reason")
          .problem(
              "reason must match [a-z0-9][a-z0-9._-]{0,63}: \""
                  + JsonAt.abbreviate(reason)
                  + "\"");
    }
    return new NotAwarded(
        at.get("category").map(category -> Category.parse(category.string())),
        reason,
        at.get("eligible").integer(0));
  }
}
