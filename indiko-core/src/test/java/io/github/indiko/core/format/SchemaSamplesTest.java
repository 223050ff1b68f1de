package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The sample edition 2017 against the schemas: every definition is valid, and a data line is valid
 * unless {@code io/github/indiko/samples/expected/rejects.jsonl} rejects it as {@code malformed}.
 *
 * <p>Malformed lines that the schemas accept, for the reason lies beyond a JSON Schema:
 *
 * <ul>
 *   <li>responses.jsonl line 970, "not valid UTF-8": bytes are checked before JSON is read, and a
 *       decoder that replaces the bad bytes leaves a valid line.
 *   <li>responses.jsonl line 1072, "nested deeper than 16": an answer may be any JSON value (one
 *       that fits no question is an {@code invalid_answer}), and the schema leaves the depth to the
 *       line's limits.
 * </ul>
 *
 * <p>The other malformed lines, as {@link #dataLine_malformedRefusedUnlessBeyondSchema} reports
 * them. Refused by the schema: responses 99 (instant without offset), 409 and audits 19 (not an
 * object), 732 (number beyond ±1e15), 1408 (missing member), 1691 (version as a string), 1896 and
 * audits 9 (unknown member). Not JSON, so no schema sees them: responses 1436 and audits 77
 * (unterminated string), responses 1755 (NaN). Beyond schemas in general, though not in the sample:
 * lines over 1 MiB and repeated members, which a lenient parser merges.
 */
class SchemaSamplesTest {
  private static final String EDITION = "/io/github/indiko/samples/edition-2017/";

  /** Malformed lines that a schema cannot refuse: source to line numbers (see the class doc). */
  private static final Map<String, Set<Integer>> BEYOND_SCHEMA =
      Map.of("responses.jsonl", Set.of(970, 1072), "audits.jsonl", Set.of());

  private enum Verdict {
    VALID,
    REFUSED,
    NOT_JSON
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = SchemaSamplesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The non-blank lines of a JSON Lines file by line number; invalid UTF-8 is replaced, as a
   * lenient decoder would.
   */
  private static Map<Integer, String> lines(String resource) {
    String text = new String(bytes(resource), StandardCharsets.UTF_8);
    Map<Integer, String> lines = new LinkedHashMap<>();
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length; i++) {
      if (!split[i].isBlank()) {
        lines.put(i + 1, split[i]);
      }
    }
    return lines;
  }

  private static Set<Integer> malformed(String source) {
    Set<Integer> lines = new TreeSet<>();
    lines(EDITION.replace("edition-2017/", "expected/rejects.jsonl"))
        .values()
        .forEach(
            line -> {
              JsonNode reject = SchemaCheck.JSON.readTree(line);
              if (reject.get("source").asString().equals(source)
                  && reject.get("reason").asString().equals("malformed")) {
                lines.add(reject.get("line").asInt());
              }
            });
    return lines;
  }

  private static Verdict verdict(String kind, String line) {
    JsonNode node;
    try {
      node = SchemaCheck.JSON.readTree(line);
    } catch (JacksonException e) {
      return Verdict.NOT_JSON;
    }
    return SchemaCheck.errors(kind, node).isEmpty() ? Verdict.VALID : Verdict.REFUSED;
  }

  @ParameterizedTest
  @CsvSource({
    "edition, edition.json",
    "structures, structures.json",
    "enrolments, enrolments.json",
    "questionnaire, questionnaire.json",
    "grid, grid.json"
  })
  void definition_valid(String kind, String file) {
    String text = new String(bytes(EDITION + file), StandardCharsets.UTF_8);

    assertThat(SchemaCheck.errors(kind, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"response, responses.jsonl", "audit, audits.jsonl"})
  void dataLine_validUnlessMalformed(String kind, String source) {
    Set<Integer> malformed = malformed(source);
    List<String> refused = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Integer, String> line : lines(EDITION + source).entrySet()) {
      if (malformed.contains(line.getKey())) {
        continue;
      }
      checked++;
      List<?> errors = SchemaCheck.errors(kind, line.getValue());
      if (!errors.isEmpty()) {
        refused.add("line " + line.getKey() + ": " + errors);
      }
    }

    assertThat(malformed).isNotEmpty();
    assertThat(checked).isGreaterThan(100);
    assertThat(refused).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"response, responses.jsonl", "audit, audits.jsonl"})
  void dataLine_malformedRefusedUnlessBeyondSchema(
      String kind, String source, TestReporter reporter) {
    Map<Integer, String> lines = lines(EDITION + source);
    Set<Integer> accepted = new TreeSet<>();
    Map<String, String> report = new LinkedHashMap<>();
    for (int number : malformed(source)) {
      Verdict verdict = verdict(kind, lines.get(number));
      if (verdict == Verdict.VALID) {
        accepted.add(number);
      }
      report.put(source + " line " + number, verdict.name());
    }
    reporter.publishEntry(report);

    assertThat(accepted).isEqualTo(BEYOND_SCHEMA.get(source));
  }

  @Test
  void malformed_readFromExpectedRejects() {
    assertThat(malformed("responses.jsonl")).contains(99, 409, 970, 1408, 1896);
    assertThat(malformed("audits.jsonl")).containsExactly(9, 19, 77);
  }
}
