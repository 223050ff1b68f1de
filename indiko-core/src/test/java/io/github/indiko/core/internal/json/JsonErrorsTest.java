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

  @Test
  void describe_invisibleCharacter_isShownAsACodePoint() {
    assertThat(JsonErrors.describe(failure("{\"a\": \uFEFF1}")))
        .startsWith("invalid JSON: Unexpected character U+FEFF (byte order mark): ")
        .doesNotContain("\uFEFF");
    assertThat(JsonErrors.describe(failure("{\"a\": \u200B1}")))
        .startsWith("invalid JSON: Unexpected character U+200B: ")
        .doesNotContain("\u200B");
    assertThat(JsonErrors.describe(failure("{\"a\": \u00A0}"))).contains("U+00A0");
  }

  @Test
  void describe_duplicateMemberWithAnInvisibleCharacter_showsItsCodePoint() {
    assertThat(JsonErrors.describe(failure("{\"a\u2028\": 1, \"a\u2028\": 2}")))
        .startsWith("duplicate member \"aU+2028\" (line 1, column ");
  }

  @Test
  void visible_keepsVisibleCharacters_andQuotesOfVisibleOnes() {
    String jackson = "Unexpected character ('x' (code 120)): expected a value";

    assertThat(JsonErrors.visible(jackson)).isEqualTo(jackson);
    assertThat(JsonErrors.visible("é 😀 a b")).isEqualTo("é 😀 a b");
    assertThat(JsonErrors.visible("a\tb\u0000c\uD800d\uE000"))
        .isEqualTo("aU+0009bU+0000cU+D800dU+E000");
    assertThat(JsonErrors.visible("Unexpected character ('\u0001' (code 1))"))
        .isEqualTo("Unexpected character U+0001");
  }

  private static JacksonException failure(String json) {
    JacksonException e =
        catchThrowableOfType(
            JacksonException.class, () -> StrictJson.documentReader().readTree(json));
    assertThat(e).as("a failure to read %s", json).isNotNull();
    return e;
  }
}
