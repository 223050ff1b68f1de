package io.github.indiko.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonErrorsTest {
  @Test
  void describe_nan_saysNumbersMustBeFinite() {
    JacksonException e = failure("{\"a\": [1, NaN]}");

    assertThat(JsonErrors.describe(e))
        .isEqualTo("non-finite number NaN: numbers must be finite (line 1, column 14)");
    assertThat(JsonErrors.pointer(e)).isEqualTo("/a/1");
  }

  @Test
  void describe_negativeInfinity_namesIt() {
    assertThat(JsonErrors.describe(failure("{\"a\": -Infinity}")))
        .startsWith("non-finite number -Infinity: numbers must be finite");
  }

  @Test
  void describe_duplicateMember_namesTheMember() {
    JacksonException e = failure("{\"a\": 1, \"a\": 2}");

    assertThat(JsonErrors.describe(e)).startsWith("duplicate member \"a\" (line 1, column ");
    assertThat(JsonErrors.pointer(e)).isEqualTo("/a");
  }

  @Test
  void describe_trailingContent_saysSo() {
    assertThat(JsonErrors.describe(failure("{} {}")))
        .startsWith("content after the end of the document");
  }

  @Test
  void describe_otherFailure_isInvalidJsonInJacksonsWords() {
    assertThat(JsonErrors.describe(failure("{\"a\": }"))).startsWith("invalid JSON: ");
  }

  private static JacksonException failure(String json) {
    JacksonException e =
        catchThrowableOfType(
            JacksonException.class, () -> StrictJson.documentReader().readTree(json));
    assertThat(e).as("a failure to read %s", json).isNotNull();
    return e;
  }
}
