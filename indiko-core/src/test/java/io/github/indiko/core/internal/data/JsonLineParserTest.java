package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.internal.data.JsonValue.ArrayValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import io.github.indiko.core.internal.data.JsonValue.StringValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLineParserTest {
  private final JsonLineParser parser = new JsonLineParser(1 << 20);

  private JsonLineParser.Result parse(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(bytes, 0, bytes.length);
  }

  private String malformed(String line) {
    JsonLineParser.Result result = parse(line);
    assertThat(result).isInstanceOf(JsonLineParser.Malformed.class);
    return ((JsonLineParser.Malformed) result).message();
  }

  @Test
  void parse_keepsMembersInOrderAndNumbersExact() {
    JsonLineParser.Result result = parse("{\"b\": [1, 2.50], \"a\": \"x\", \"c\": 1e15}");

    assertThat(result)
        .isEqualTo(
            new JsonLineParser.Parsed(
                new ObjectValue(
                    new java.util.LinkedHashMap<>(
                        java.util.Map.of(
                            "b",
                            new ArrayValue(
                                List.of(
                                    new NumberValue(BigDecimal.ONE),
                                    new NumberValue(new BigDecimal("2.50")))),
                            "a",
                            new StringValue("x"),
                            "c",
                            new NumberValue(new BigDecimal("1e15")))))));
    assertThat(((ObjectValue) ((JsonLineParser.Parsed) result).value()).members().keySet())
        .containsExactly("b", "a", "c");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": 1e16}|number 1e+16 is beyond +-1e15",
        "{\"a\": -1e16}|number -1e+16 is beyond +-1e15",
        "{\"a\": 10000000000000000}|number 1e+16 is beyond +-1e15",
        "{\"a\": 2.5e20}|number 2.5e+20 is beyond +-1e15",
        "{\"a\": 1000000000000001}|number 1000000000000001 is beyond +-1e15",
        "{\"a\": [1e400]}|number 1e+400 is beyond +-1e15",
        "{\"a\": 1e999999999999}|number 1e999999999999 is beyond +-1e15",
        "{\"a\": NaN}|NaN is not a finite JSON number",
        "{\"a\": -Infinity}|-Infinity is not a finite JSON number",
        "{\"a\": 1, \"a\": 2}|member \"a\" is repeated",
        "{\"o\": {\"a\": 1, \"a\": 2}}|member \"a\" is repeated",
        "''|not valid JSON: no value",
      })
  void parse_refusals(String line, String message) {
    assertThat(malformed(line)).isEqualTo(message);
  }

  @Test
  void parse_tinyExponentIsZero() {
    JsonLineParser.Result result = parse("[1e-999999999999]");

    assertThat(result)
        .isEqualTo(
            new JsonLineParser.Parsed(new ArrayValue(List.of(new NumberValue(BigDecimal.ZERO)))));
  }

  @Test
  void parse_bracketsInStringsDoNotNest() {
    String line = "{\"a\": \"" + "[{".repeat(100) + "\\\"\"}";

    assertThat(parse(line)).isInstanceOf(JsonLineParser.Parsed.class);
  }

  @Test
  void parse_invalidJsonMessageHasColumn() {
    assertThat(malformed("{\"a\": tru}"))
        .startsWith("not valid JSON: Unrecognized token 'tru'")
        .endsWith("at column 7")
        .doesNotContain("NaN");
  }

  @Test
  void parse_numberOf1000DigitsAccepted_1001Refused() {
    String thousand = "0." + "0".repeat(998) + "1";
    assertThat(parse("[" + thousand + "]")).isInstanceOf(JsonLineParser.Parsed.class);
    assertThat(malformed("[" + thousand + "1]"))
        .isEqualTo("not valid JSON: Number value length (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void parse_longNumberLiteral() {
    assertThat(malformed("[0." + "0".repeat(1200) + "1]"))
        .isEqualTo("not valid JSON: Number value length (1202) exceeds the maximum allowed (1000)");
  }

  @Test
  void shown_abbreviatesAndQuotes() {
    assertThat(new StringValue("a\"b").shown()).isEqualTo("\"a\\\"b\"");
    assertThat(new StringValue("x".repeat(200)).shown()).hasSize(61).endsWith("…");
    assertThat(
            new ArrayValue(List.of(new StringValue("a"), new NumberValue(new BigDecimal("4.0"))))
                .shown())
        .isEqualTo("[\"a\", 4]");
  }
}
