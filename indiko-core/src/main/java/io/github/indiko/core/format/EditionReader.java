package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DateRange;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.EditionState;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.edition.Weighting;
import io.github.indiko.core.internal.Strings;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads {@code edition.json} ({@code indiko.edition/1}). */
final class EditionReader {
  private EditionReader() {}

  static Edition read(InputStream in, String file) {
    return Documents.read(in, file, "edition", EditionReader::edition);
  }

  private static @Nullable Edition edition(Members root) {
    EditionId id = root.required("id", v -> v.identifier(EditionId::new));
    LocalizedText name = root.required("name", Value::localized);
    String defaultLocale = root.required("defaultLocale", Value::languageTag);
    ZoneId timeZone = root.required("timeZone", EditionReader::zone);
    DateRange registration =
        root.required("registration", v -> range(v, "opens", "closes"));
    DateRange collection = root.required("collection", v -> range(v, "from", "to"));
    List<DefinitionRef> questionnaires = QuestionnaireRefs.read(root);
    DefinitionRef grid = root.required("grid", EditionReader::ref);
    List<Channel> channels = root.optional("channels", StructureReader::channels, List.of());
    Set<Channel> known = new LinkedHashSet<>(Channel.BUILT_IN);
    known.addAll(channels);
    Value scoringValue = root.optional("scoring");
    ScoringSettings scoring =
        scoringValue == null ? ScoringSettings.defaults() : scoring(scoringValue, known);
    Value trophiesValue = root.optional("trophies");
    TrophySettings trophies =
        trophiesValue == null ? TrophySettings.defaults() : trophies(trophiesValue);
    String previous = root.optional("previous", Value::nonEmptyString);
    EditionState state = root.optional("state", EditionReader::state);
    root.end();
    Value at = root.value();
    if (defaultLocale != null) {
      at.problems().checkLocale(defaultLocale);
    }
    Documents.validate(Edition.class, "registration", registration, at);
    Documents.validate(Edition.class, "collection", collection, at);
    if (scoringValue != null) {
      Documents.validate(scoring, scoringValue);
    }
    if (trophiesValue != null) {
      Documents.validate(trophies, trophiesValue);
    }
    if (!at.problems().isEmpty()
        || id == null
        || name == null
        || defaultLocale == null
        || timeZone == null
        || registration == null
        || collection == null
        || questionnaires == null
        || grid == null
        || scoring == null
        || trophies == null) {
      return null;
    }
    return at.build(
        () ->
            new Edition(
                id,
                name,
                defaultLocale,
                timeZone,
                registration,
                collection,
                Edition.newest(questionnaires),
                questionnaires,
                grid,
                scoring,
                trophies,
                previous,
                channels,
                state));
  }

  private static @Nullable EditionState state(Value value) {
    String id = value.string();
    return id == null ? null : value.build(() -> EditionState.fromId(id));
  }

  private static @Nullable ZoneId zone(Value value) {
    String text = value.string();
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      value.problem(
          "must be a time zone such as Europe/Paris: \"" + Strings.abbreviate(text) + "\"");
      return null;
    }
  }

  private static @Nullable DateRange range(Value value, String from, String to) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    LocalDate start = members.required(from, Value::date);
    LocalDate end = members.required(to, Value::date);
    members.end();
    return start == null || end == null ? null : new DateRange(start, end);
  }

  static @Nullable DefinitionRef ref(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String id = members.required("id", Value::identifier);
    Integer version = members.required("version", v -> v.integer(1, Integer.MAX_VALUE));
    members.end();
    return id == null || version == null ? null : new DefinitionRef(id, version);
  }

  private static @Nullable ScoringSettings scoring(Value value, Set<Channel> known) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    ScoringSettings defaults = ScoringSettings.defaults();
    StrategyRef survey = members.optional("survey", EditionReader::strategy, defaults.survey());
    StrategyRef audit = members.optional("audit", EditionReader::strategy, defaults.audit());
    StrategyRef ranking = members.optional("ranking", EditionReader::strategy, defaults.ranking());
    Map<Theme, Double> themes = members.optional("themes", EditionReader::themes, defaults.themes());
    Map<Source, Double> sources =
        members.optional("sources", EditionReader::sources, defaults.sources());
    int minimumResponses =
        members.optional("minimumResponses", Value::integer, defaults.minimumResponses());
    MinimumAudits minimumAudits =
        members.optional(
            "minimumAudits", v -> minimumAudits(v, known), defaults.minimumAudits());
    double confidence = members.optional("confidence", Value::number, defaults.confidence());
    int disclosureThreshold =
        members.optional("disclosureThreshold", Value::integer, defaults.disclosureThreshold());
    double target = members.optional("target", Value::number, defaults.target());
    boolean oneResponsePerRespondent =
        members.optional(
            "oneResponsePerRespondent", Value::bool, defaults.oneResponsePerRespondent());
    Weighting weighting =
        members.optional("weighting", EditionReader::weighting, defaults.weighting());
    members.end();
    return value.build(
        () ->
            new ScoringSettings(
                survey,
                audit,
                ranking,
                themes,
                sources,
                minimumResponses,
                minimumAudits,
                confidence,
                disclosureThreshold,
                target,
                oneResponsePerRespondent,
                weighting));
  }

  /** {@code {"method": …, "keys": […]}} (analysis.md §A3, Declaration). */
  private static @Nullable Weighting weighting(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    Weighting.Method method = members.optional("method", EditionReader::weightingMethod);
    List<String> keys = members.optional("keys", v -> v.list(Value::identifier));
    members.end();
    if (members.failed("method", method) || members.failed("keys", keys)) {
      return null;
    }
    return value.build(
        () ->
            new Weighting(
                method == null ? Weighting.Method.NONE : method,
                keys == null ? List.of() : keys));
  }

  private static Weighting.@Nullable Method weightingMethod(Value value) {
    String code = value.nonEmptyString();
    return code == null ? null : value.build(() -> Weighting.Method.fromCode(code));
  }

  /** A strategy by name, or {@code {"strategy": name, …parameters}}. */
  private static @Nullable StrategyRef strategy(Value value) {
    if (value.node().isString()) {
      String name = value.nonEmptyString();
      return name == null ? null : value.build(() -> StrategyRef.of(name));
    }
    if (!value.node().isObject()) {
      value.problem("must be a strategy name or an object {\"strategy\": name, …parameters}");
      return null;
    }
    Members members = new Members(value);
    String name = members.required("strategy", Value::nonEmptyString);
    Map<String, Object> parameters = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : value.node().properties()) {
      if (entry.getKey().equals("strategy")) {
        continue;
      }
      Value parameter = value.child(entry.getKey(), entry.getValue());
      Object mapped = parameter(parameter);
      if (mapped == null) {
        complete = false;
      } else {
        parameters.put(entry.getKey(), mapped);
      }
    }
    if (name == null || !complete) {
      return null;
    }
    return value.build(() -> new StrategyRef(name, parameters));
  }

  private static @Nullable Object parameter(Value value) {
    JsonNode node = value.node();
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return value.number();
    }
    value.problem("a strategy parameter must be a string, a number or a boolean");
    return null;
  }

  private static @Nullable Map<Theme, Double> themes(Value value) {
    if (value.object() == null) {
      return null;
    }
    Map<Theme, Double> themes = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : value.node().properties()) {
      Value weightValue = value.child(entry.getKey(), entry.getValue());
      Theme theme = weightValue.key(entry.getKey(), Theme::new);
      Double weight = weightValue.number();
      if (theme == null || weight == null) {
        complete = false;
      } else {
        themes.put(theme, weight);
      }
    }
    return complete ? themes : null;
  }

  private static @Nullable Map<Source, Double> sources(Value value) {
    if (value.object() == null) {
      return null;
    }
    Map<Source, Double> sources = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : value.node().properties()) {
      Value weightValue = value.child(entry.getKey(), entry.getValue());
      Double weight = weightValue.number();
      if (!entry.getKey().equals("survey") && !entry.getKey().equals("audit")) {
        weightValue.problem(
            "unknown source \"" + Strings.abbreviate(entry.getKey()) + "\": expected survey or audit");
        complete = false;
      } else if (weight == null) {
        complete = false;
      } else {
        sources.put(Source.fromId(entry.getKey()), weight);
      }
    }
    return complete ? sources : null;
  }

  private static @Nullable MinimumAudits minimumAudits(Value value, Set<Channel> known) {
    if (value.node().isNumber()) {
      Integer count = value.integer();
      return count == null ? null : new MinimumAudits.Total(count);
    }
    if (!value.node().isObject()) {
      value.problem("must be a count or an object from channel to count");
      return null;
    }
    Map<Channel, Integer> counts = new LinkedHashMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> entry : value.node().properties()) {
      Value countValue = value.child(entry.getKey(), entry.getValue());
      Channel channel = countValue.key(entry.getKey(), Channel::new);
      Integer count = countValue.integer();
      if (channel != null && !known.contains(channel)) {
        countValue.problem(
            "unknown channel " + channel + ": neither in domain.md nor declared in channels");
        complete = false;
      } else if (channel == null || count == null) {
        complete = false;
      } else {
        counts.put(channel, count);
      }
    }
    return complete ? new MinimumAudits.PerChannel(counts) : null;
  }

  private static @Nullable TrophySettings trophies(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    TrophySettings defaults = TrophySettings.defaults();
    int minimumEligible =
        members.optional("minimumEligible", Value::integer, defaults.minimumEligible());
    int consultation = defaults.consultationMinimumResponses();
    Value consultationValue = members.optional("consultation");
    if (consultationValue != null) {
      Members consultationMembers = consultationValue.object();
      if (consultationMembers != null) {
        consultation =
            consultationMembers.optional("minimumResponses", Value::integer, consultation);
        consultationMembers.end();
      }
    }
    members.end();
    return new TrophySettings(minimumEligible, consultation);
  }
}
