package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.Target;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.StrategyRef;
import io.github.indiko.core.edition.TrophySettings;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.questionnaire.Option;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Section;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.Territory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps definitions to document trees, members in the order of formats.md. Optional members are
 * left out when null or at their default, except in {@code scoring} and {@code trophies}, which
 * are written whole so that an edition's settings read at a glance.
 */
final class DefinitionWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double DEFAULT_WEIGHT = 1;
  private static final int DEFAULT_MAX_LENGTH = 2_000;

  private DefinitionWriter() {}

  private static ObjectNode document(String kind) {
    ObjectNode document = NODES.objectNode();
    document.put("format", "indiko." + kind + "/1");
    return document;
  }

  static ObjectNode edition(Edition edition) {
    ObjectNode document = document("edition");
    document.put("id", edition.id().value());
    document.set("name", text(edition.name(), edition.defaultLocale()));
    document.put("defaultLocale", edition.defaultLocale());
    document.put("timeZone", edition.timeZone().getId());
    ObjectNode registration = document.putObject("registration");
    registration.put("opens", edition.registration().from().toString());
    registration.put("closes", edition.registration().to().toString());
    ObjectNode collection = document.putObject("collection");
    collection.put("from", edition.collection().from().toString());
    collection.put("to", edition.collection().to().toString());
    if (edition.versioned()) {
      ArrayNode versions = document.putArray("questionnaires");
      edition.questionnaires().forEach(version -> versions.add(ref(version)));
    } else {
      document.set("questionnaire", ref(edition.questionnaire()));
    }
    document.set("grid", ref(edition.grid()));
    if (!edition.channels().isEmpty()) {
      document.set("channels", channels(edition.channels()));
    }
    document.set("scoring", scoring(edition.scoring()));
    document.set("trophies", trophies(edition.trophies()));
    if (edition.previous() != null) {
      document.put("previous", edition.previous());
    }
    if (edition.state() != null) {
      document.put("state", edition.state().id());
    }
    return document;
  }

  private static ObjectNode ref(DefinitionRef ref) {
    ObjectNode node = NODES.objectNode();
    node.put("id", ref.id());
    node.put("version", ref.version());
    return node;
  }

  private static ObjectNode scoring(ScoringSettings scoring) {
    ObjectNode node = NODES.objectNode();
    node.set("survey", strategy(scoring.survey()));
    node.set("audit", strategy(scoring.audit()));
    node.set("ranking", strategy(scoring.ranking()));
    ObjectNode themes = node.putObject("themes");
    scoring.themes().forEach((theme, weight) -> themes.set(theme.id(), number(weight)));
    ObjectNode sources = node.putObject("sources");
    scoring.sources().forEach((source, weight) -> sources.set(source.id(), number(weight)));
    node.put("minimumResponses", scoring.minimumResponses());
    if (scoring.minimumAudits() instanceof MinimumAudits.Total total) {
      node.put("minimumAudits", total.count());
    } else if (scoring.minimumAudits() instanceof MinimumAudits.PerChannel perChannel) {
      ObjectNode counts = node.putObject("minimumAudits");
      perChannel.counts().forEach((channel, count) -> counts.put(channel.id(), count));
    }
    node.set("confidence", number(scoring.confidence()));
    node.put("disclosureThreshold", scoring.disclosureThreshold());
    node.set("target", number(scoring.target()));
    node.put("oneResponsePerRespondent", scoring.oneResponsePerRespondent());
    if (scoring.weighting().asked()) {
      ObjectNode weighting = node.putObject("weighting");
      weighting.put("method", scoring.weighting().method().code());
      ArrayNode keys = weighting.putArray("keys");
      scoring.weighting().keys().forEach(keys::add);
    }
    return node;
  }

  private static JsonNode strategy(StrategyRef strategy) {
    if (strategy.parameters().isEmpty()) {
      return NODES.stringNode(strategy.name());
    }
    if (strategy.parameters().containsKey("strategy")) {
      throw new IllegalArgumentException(
          "strategy " + strategy.name() + " has a parameter named \"strategy\": format v1 cannot"
              + " write it");
    }
    ObjectNode node = NODES.objectNode();
    node.put("strategy", strategy.name());
    strategy
        .parameters()
        .forEach(
            (name, value) -> {
              if (value instanceof Double number) {
                node.set(name, number(number));
              } else if (value instanceof Boolean bool) {
                node.put(name, bool);
              } else {
                node.put(name, (String) value);
              }
            });
    return node;
  }

  private static ObjectNode trophies(TrophySettings trophies) {
    ObjectNode node = NODES.objectNode();
    node.put("minimumEligible", trophies.minimumEligible());
    node.putObject("consultation")
        .put("minimumResponses", trophies.consultationMinimumResponses());
    return node;
  }

  static ObjectNode structures(List<Structure> structures) {
    ObjectNode document = document("structures");
    ArrayNode array = document.putArray("structures");
    for (Structure structure : structures) {
      ObjectNode node = array.addObject();
      node.put("id", structure.id().value());
      node.put("name", structure.name());
      node.put("type", structure.type().id());
      if (structure.population() != null) {
        node.put("population", structure.population());
      }
      Territory territory = structure.territory();
      if (territory != null) {
        ObjectNode place = node.putObject("territory");
        putIfPresent(place, "region", territory.region());
        putIfPresent(place, "department", territory.department());
        putIfPresent(place, "insee", territory.insee());
      }
      if (structure.channels() != null) {
        node.set("channels", channels(structure.channels()));
      }
    }
    return document;
  }

  static ObjectNode enrolments(List<Enrolment> enrolments) {
    ObjectNode document = document("enrolments");
    ArrayNode array = document.putArray("enrolments");
    for (Enrolment enrolment : enrolments) {
      ObjectNode node = array.addObject();
      node.put("structure", enrolment.structure().value());
      node.put("at", enrolment.at().toString());
      node.put("level", enrolment.level().id());
    }
    return document;
  }

  static ObjectNode questionnaire(Questionnaire questionnaire) {
    ObjectNode document = document("questionnaire");
    String locale = questionnaire.defaultLocale();
    document.put("id", questionnaire.id());
    document.put("version", questionnaire.version());
    document.put("defaultLocale", questionnaire.defaultLocale());
    document.set("title", text(questionnaire.title(), locale));
    ArrayNode sections = document.putArray("sections");
    for (Section section : questionnaire.sections()) {
      ObjectNode node = sections.addObject();
      node.put("id", section.id());
      if (section.title() != null) {
        node.set("title", text(section.title(), locale));
      }
      ArrayNode questions = node.putArray("questions");
      section.questions().forEach(question -> questions.add(question(question, locale)));
    }
    if (!questionnaire.segments().isEmpty()) {
      document.set("segments", segments(questionnaire.segments(), locale));
    }
    return document;
  }

  /** The declared segments (analysis.md §A2, Declaration): key, label, values in order. */
  private static ArrayNode segments(List<Segment> segments, String locale) {
    ArrayNode array = NODES.arrayNode();
    for (Segment segment : segments) {
      ObjectNode node = array.addObject();
      node.put("key", segment.key());
      node.set("label", text(segment.label(), locale));
      ArrayNode values = node.putArray("values");
      for (SegmentValue value : segment.values()) {
        values.addObject().put("value", value.value()).set("label", text(value.label(), locale));
      }
    }
    return array;
  }

  private static ObjectNode question(Question question, String locale) {
    ObjectNode node = NODES.objectNode();
    node.put("id", question.id().value());
    node.put("type", question.type().id());
    questionType(question.type(), node, locale);
    if (question.theme() != null) {
      node.put("theme", question.theme().id());
    }
    if (question.weight() != DEFAULT_WEIGHT) {
      node.set("weight", number(question.weight()));
    }
    if (question.required()) {
      node.put("required", true);
    }
    putIfPresent(node, "when", question.when());
    node.set("label", text(question.label(), locale));
    if (question.help() != null) {
      node.set("help", text(question.help(), locale));
    }
    return node;
  }

  private static void questionType(QuestionType type, ObjectNode node, String locale) {
    if (type instanceof QuestionType.Rating rating) {
      ObjectNode scale = node.putObject("scale");
      scale.put("min", rating.scale().min());
      scale.put("max", rating.scale().max());
      if (!rating.labels().isEmpty()) {
        ObjectNode labels = node.putObject("labels");
        rating.labels().forEach((point, label) -> labels.set(point.toString(), text(label, locale)));
      }
      if (rating.topBox() != QuestionType.Rating.defaultTopBox(rating.scale())) {
        node.put("topBox", rating.topBox());
      }
    } else if (type instanceof QuestionType.YesNo yesNo) {
      if (!yesNo.favourable()) {
        node.put("favourable", false);
      }
    } else if (type instanceof QuestionType.SingleChoice single) {
      node.set("options", options(single.options(), locale));
    } else if (type instanceof QuestionType.MultiChoice multi) {
      node.set("options", options(multi.options(), locale));
      if (multi.minSelected() != null) {
        node.put("minSelected", multi.minSelected());
      }
      if (multi.maxSelected() != null) {
        node.put("maxSelected", multi.maxSelected());
      }
    } else if (type instanceof QuestionType.Number number) {
      putIfPresent(node, "min", number.min());
      putIfPresent(node, "max", number.max());
      if (number.integer()) {
        node.put("integer", true);
      }
      putIfPresent(node, "unit", number.unit());
      putIfPresent(node, "target", number.target());
    } else if (type instanceof QuestionType.Text text) {
      if (text.maxLength() != DEFAULT_MAX_LENGTH) {
        node.put("maxLength", text.maxLength());
      }
    } else if (type instanceof QuestionType.Date date) {
      if (date.min() != null) {
        node.put("min", date.min().toString());
      }
      if (date.max() != null) {
        node.put("max", date.max().toString());
      }
    }
  }

  private static ArrayNode options(List<Option> options, String locale) {
    ArrayNode array = NODES.arrayNode();
    for (Option option : options) {
      ObjectNode node = array.addObject();
      node.put("value", option.value());
      node.set("label", text(option.label(), locale));
      putIfPresent(node, "score", option.score());
      if (option.favourable() != null) {
        node.put("favourable", option.favourable());
      }
    }
    return array;
  }

  static ObjectNode grid(Grid grid) {
    ObjectNode document = document("grid");
    String locale = grid.defaultLocale();
    document.put("id", grid.id());
    document.put("version", grid.version());
    document.put("defaultLocale", grid.defaultLocale());
    document.set("title", text(grid.title(), locale));
    ArrayNode criteria = document.putArray("criteria");
    for (Criterion criterion : grid.criteria()) {
      ObjectNode node = criteria.addObject();
      node.put("id", criterion.id().value());
      node.put("channel", criterion.channel().id());
      if (criterion.theme() != null) {
        node.put("theme", criterion.theme().id());
      }
      node.put("type", criterion.type().id());
      if (criterion.type() instanceof CriterionType.Measure measure) {
        putIfPresent(node, "unit", measure.unit());
        if (measure.integer()) {
          node.put("integer", true);
        }
        putIfPresent(node, "min", measure.min());
        putIfPresent(node, "max", measure.max());
        putIfPresent(node, "target", measure.target());
      }
      if (criterion.weight() != DEFAULT_WEIGHT) {
        node.set("weight", number(criterion.weight()));
      }
      putIfPresent(node, "when", criterion.when());
      node.set("label", text(criterion.label(), locale));
    }
    return document;
  }

  private static ArrayNode channels(List<Channel> channels) {
    ArrayNode array = NODES.arrayNode();
    channels.forEach(channel -> array.add(channel.id()));
    return array;
  }

  /** A localized text, its document's default locale first, then the others by tag. */
  private static ObjectNode text(LocalizedText text, String defaultLocale) {
    ObjectNode node = NODES.objectNode();
    text.in(defaultLocale).ifPresent(value -> node.put(defaultLocale, value));
    for (Map.Entry<String, String> entry : text.values().entrySet()) {
      if (!entry.getKey().equals(defaultLocale)) {
        node.put(entry.getKey(), entry.getValue());
      }
    }
    return node;
  }

  /** A number as its shortest text that reads back the same: {@code 4} for 4.0. */
  private static JsonNode number(double value) {
    return NODES.numberNode(new BigDecimal(Numbers.format(value)));
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable Double value) {
    if (value != null) {
      node.set(name, number(value));
    }
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable Target target) {
    if (target != null) {
      ObjectNode targetNode = node.putObject(name);
      targetNode.set("good", number(target.good()));
      targetNode.set("bad", number(target.bad()));
    }
  }
}
