package io.github.indiko.forms.surveyjs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates SurveyJS JSON against survey-core 3.1.1's schema ({@code surveyjs/README.md}): the
 * whole document, and each element against the definition of its own {@code type} (the schema's
 * elements are an {@code anyOf} of every type, which a wrong element of one type passes as
 * another).
 */
final class SurveyJsSchema {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String BASE = "https://indiko.invalid/surveyjs/";

  private static final ObjectNode DEFINITION = load();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final Schema SURVEY = REGISTRY.getSchema(DEFINITION);

  private SurveyJsSchema() {}

  /**
   * The schema, with {@code itemvalue.value} relaxed to any JSON value: generated from a property
   * declared without type, it says string, while SurveyJS keeps the value it is given (a rating's
   * values are numbers, and its answer is then a number).
   */
  private static ObjectNode load() {
    try (InputStream in =
        SurveyJsSchema.class.getResourceAsStream("/surveyjs/surveyjs_definition.json")) {
      ObjectNode schema = (ObjectNode) JSON.readTree(in);
      ObjectNode itemValue =
          (ObjectNode) schema.get("definitions").get("itemvalue").get("properties");
      itemValue.set("value", JSON.createObjectNode());
      // The definitions' relative $ids ("question", "locstring") need a base; .invalid is never
      // fetched, and every $ref is resolved inside the document.
      schema.put("$id", BASE + "surveyjs_definition.json");
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param json a survey definition
   * @return the errors of the document, then of every element against its type's definition
   */
  static List<Error> errors(String json) {
    JsonNode survey = JSON.readTree(json);
    List<Error> errors = new ArrayList<>(SURVEY.validate(survey));
    for (JsonNode page : survey.path("pages")) {
      for (JsonNode element : page.path("elements")) {
        errors.addAll(typeSchema(element.get("type").asString()).validate(element));
      }
    }
    return errors;
  }

  /** The root schema, with {@code $ref} to one definition instead of the survey's properties. */
  static Schema typeSchema(String type) {
    if (!DEFINITION.get("definitions").has(type)) {
      throw new IllegalArgumentException("no SurveyJS definition of type " + type);
    }
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", DEFINITION.get("$schema").asString());
    schema.put("$id", BASE + type + ".json");
    schema.set("definitions", DEFINITION.get("definitions"));
    schema.put("$ref", "#/definitions/" + type);
    return REGISTRY.getSchema(schema);
  }
}
