package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SchemasTest {
  static Iterable<String> kinds() {
    return Schemas.kinds();
  }

  /** The example of formats.md for a kind, copied into test resources. */
  static String example(String kind) {
    String name =
        "examples/" + kind + (kind.equals("response") || kind.equals("audit") ? ".jsonl" : ".json");
    try (InputStream in = SchemasTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void kinds_formatsMdOrder() {
    assertThat(Schemas.kinds())
        .containsExactly(
            "edition",
            "structures",
            "enrolments",
            "questionnaire",
            "grid",
            "response",
            "audit",
            "population");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schema_draft202012WithItsId(String kind) {
    JsonNode schema = SchemaCheck.JSON.readTree(Schemas.schema(kind));

    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asString())
        .isEqualTo("https://indiko.github.io/schema/v1/" + kind + ".schema.json");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schema_selfContained(String kind) {
    assertThat(Schemas.schema(kind).replace("\"$ref\": \"#/", ""))
        .as("every $ref points inside the document")
        .doesNotContain("\"$ref\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"edition", "structures", "enrolments", "questionnaire", "grid", "population"})
  void schema_definitionFormatConst(String kind) {
    JsonNode schema = SchemaCheck.JSON.readTree(Schemas.schema(kind));

    assertThat(schema.at("/properties/format/const").asString()).isEqualTo("indiko." + kind + "/1");
    assertThat(schema.get("required").values()).extracting(JsonNode::asString).startsWith("format");
  }

  @Test
  void schema_unknownKind() {
    assertThatThrownBy(() -> Schemas.schema("responses"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"responses\"")
        .hasMessageContaining("edition, structures");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void schema_validatesTheExampleOfFormatsMd(String kind) {
    assertThat(SchemaCheck.errors(kind, example(kind))).isEmpty();
  }
}
