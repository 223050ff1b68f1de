package io.github.indiko.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.AsOf;
import io.github.indiko.scoring.QuestionDetail;
import io.github.indiko.scoring.Trophy;
import io.github.indiko.scoring.spi.Interval;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON tree against the record it was rendered from, by reflection and independently of
 * the writer: an object's members are the record's components in their order, doubles are
 * floating-point numbers equal to the double, counts are integers, enumerations their lowercase
 * names, single-string records (ids, themes, channels) their text, categories {@code type/band},
 * intervals {@code [low, high]}, maps objects in the map's order, and null is null.
 */
final class JsonMirror {
  private JsonMirror() {}

  /** The report's document: {@code format}, {@code edition}, {@code structure}, then the rest. */
  static void assertReport(JsonNode document, String format, Record report) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("format", format);
    for (Map.Entry<String, Object> component : components(report).entrySet()) {
      if (component.getValue() instanceof StructureInfo structure) {
        members.put("edition", structure.edition());
        asOf(members, structure.asOf());
        Map<String, Object> head = components(structure);
        head.remove("edition");
        head.remove("asOf");
        members.put("structure", head);
      } else if (component.getValue() instanceof AsOf asOf) {
        asOf(members, asOf);
      } else if (component.getKey().equals("segments")
          && component.getValue() instanceof List<?> segments
          && segments.isEmpty()) {
        // An analysis writes its segments only when the questionnaire declares some.
        continue;
      } else if (component.getKey().equals("versions") && empty(component.getValue())) {
        // Raw results count versions only when the edition names several.
        continue;
      } else if (report instanceof AnalysisReport analysis && analysis.weighting() == null) {
        // Without weighting, an analysis has no weighting block and its items no nEffective.
        if (component.getKey().equals("items")) {
          members.put("items", analysis.items().stream().map(JsonMirror::unweighted).toList());
        } else if (!component.getKey().equals("weighting")) {
          members.put(component.getKey(), component.getValue());
        }
      } else {
        members.put(component.getKey(), component.getValue());
      }
    }
    assertMatches(document, members, "");
  }

  private static Map<String, Object> unweighted(ItemAnalysis item) {
    Map<String, Object> members = components(item);
    members.remove("nEffective");
    return members;
  }

  /**
   * The weighting block: the method's format v1 name, the keys, then the structure's weighting
   * flat, as results.json writes it.
   */
  private static Map<String, Object> weighting(WeightingAnalysis weighting) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("method", weighting.method().code());
    members.put("keys", weighting.keys());
    members.putAll(components(weighting.result()));
    return members;
  }

  /** {@code asOf} and {@code provisional}, members of the document as in results.json. */
  private static void asOf(Map<String, Object> members, AsOf asOf) {
    members.put("asOf", asOf.date().toString());
    members.put("provisional", asOf.provisional());
  }

  static void assertMatches(JsonNode node, Object value, String path) {
    if (value == null) {
      assertThat(node.isNull()).as("%s is null", path).isTrue();
    } else if (value instanceof Double || value instanceof Float) {
      assertThat(node.isFloatingPointNumber()).as("%s is a double: %s", path, node).isTrue();
      assertThat(node.doubleValue()).as(path).isEqualTo(((Number) value).doubleValue());
    } else if (value instanceof Long || value instanceof Integer) {
      assertThat(node.isIntegralNumber()).as("%s is an integer: %s", path, node).isTrue();
      assertThat(node.longValue()).as(path).isEqualTo(((Number) value).longValue());
    } else if (value instanceof Boolean bool) {
      assertThat(node.isBoolean()).as("%s is a boolean", path).isTrue();
      assertThat(node.booleanValue()).as(path).isEqualTo(bool);
    } else if (value instanceof String text) {
      assertThat(node.isString()).as("%s is a string: %s", path, node).isTrue();
      assertThat(node.stringValue()).as(path).isEqualTo(text);
    } else if (value instanceof Enum<?> constant) {
      assertMatches(node, constant.name().toLowerCase(Locale.ROOT), path);
    } else if (value instanceof Category category) {
      assertMatches(node, category.toString(), path);
    } else if (value instanceof Interval interval) {
      assertThat(node.isArray()).as("%s is an array", path).isTrue();
      assertMatches(node, List.of(interval.low(), interval.high()), path);
    } else if (value instanceof LocalizedText text) {
      assertMatches(node, text.values(), path);
    } else if (value instanceof SourceCounts counts) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("read", counts.read());
      members.put("accepted", counts.accepted());
      members.put("rejected", counts.rejected());
      Map<String, Object> reasons = new LinkedHashMap<>();
      counts.byReason().forEach((RejectReason reason, Long n) -> reasons.put(reason.code(), n));
      members.put("byReason", reasons);
      assertMatches(node, members, path);
    } else if (value instanceof WeightingAnalysis weighting) {
      assertMatches(node, weighting(weighting), path);
    } else if (value instanceof Record record && isIdentifier(record)) {
      assertMatches(node, components(record).values().iterator().next(), path);
    } else if (value instanceof Trophy trophy && path.contains("/trophies/")) {
      Map<String, Object> members = new LinkedHashMap<>();
      members.put("trophy", trophy instanceof Trophy.CategoryTrophy ? "category" : "consultation");
      members.putAll(components((Record) trophy));
      assertMatches(node, members, path);
    } else if (value instanceof QuestionDetail question && question.versions().isEmpty()) {
      Map<String, Object> members = components(question);
      members.remove("versions");
      assertMatches(node, members, path);
    } else if (value instanceof Record record) {
      assertMatches(node, components(record), path);
    } else if (value instanceof Map<?, ?> map) {
      assertThat(node.isObject()).as("%s is an object: %s", path, node).isTrue();
      List<String> keys = new ArrayList<>();
      map.keySet().forEach(key -> keys.add(key instanceof Record r ? key(r) : key.toString()));
      assertThat(node.propertyNames()).as("members of %s", path).containsExactlyElementsOf(keys);
      int i = 0;
      for (Object member : map.values()) {
        assertMatches(node.get(keys.get(i)), member, path + "/" + keys.get(i));
        i++;
      }
    } else if (value instanceof List<?> list) {
      assertThat(node.isArray()).as("%s is an array: %s", path, node).isTrue();
      assertThat(node.size()).as("size of %s", path).isEqualTo(list.size());
      for (int i = 0; i < list.size(); i++) {
        assertMatches(node.get(i), list.get(i), path + "/" + i);
      }
    } else {
      throw new AssertionError("no rule for " + value.getClass() + " at " + path);
    }
  }

  private static boolean empty(Object value) {
    return value instanceof Map<?, ?> map && map.isEmpty()
        || value instanceof List<?> list && list.isEmpty();
  }

  private static boolean isIdentifier(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    return components.length == 1 && components[0].getType() == String.class;
  }

  private static String key(Record record) {
    return (String) components(record).values().iterator().next();
  }

  static Map<String, Object> components(Record record) {
    Map<String, Object> members = new LinkedHashMap<>();
    Arrays.stream(record.getClass().getRecordComponents())
        .forEach(
            component -> {
              try {
                members.put(component.getName(), component.getAccessor().invoke(record));
              } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
              }
            });
    return members;
  }
}
