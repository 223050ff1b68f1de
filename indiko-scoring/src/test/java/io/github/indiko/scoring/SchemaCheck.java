package io.github.indiko.scoring;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates JSON against the shipped results schema with networknt json-schema-validator. */
final class SchemaCheck {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Schema RESULTS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(ResultsJson.schema()));

  private SchemaCheck() {}

  static List<Error> errors(JsonNode document) {
    return RESULTS.validate(document);
  }

  static List<Error> errors(String json) {
    return errors(JSON.readTree(json));
  }
}
