package io.github.indiko.core.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates JSON against the shipped schemas with networknt json-schema-validator (tests only). */
final class SchemaCheck {
  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS =
      Schemas.kinds().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  kind -> kind, kind -> REGISTRY.getSchema(JSON.readTree(Schemas.schema(kind)))));

  private SchemaCheck() {}

  static Schema schema(String kind) {
    return SCHEMAS.get(kind);
  }

  static List<Error> errors(String kind, JsonNode document) {
    return schema(kind).validate(document);
  }

  static List<Error> errors(String kind, String json) {
    return errors(kind, JSON.readTree(json));
  }
}
