package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static io.github.indiko.core.validation.Fixtures.reject;
import static io.github.indiko.core.validation.Fixtures.responses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The {@code invalid_segment} reject (analysis.md §A2, Declaration) on the reference and fast
 * paths, and the segment values of a row on both.
 */
class SegmentChecksTest {
  private static final EditionDefinitions SEGMENTED = Fixtures.segmented(false);
  private static final DataValidator VALIDATOR = DataValidator.of(SEGMENTED);
  private static final DataValidator UNSEGMENTED = Fixtures.validator(false);

  private static String segment(String segment) {
    return RESPONSE.replace("\"answers\":", "\"segment\":" + segment + ",\"answers\":");
  }

  private static LineResult<Response> result(DataValidator validator, String line) {
    List<LineResult<Response>> results = responses(validator, line);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static Reject rejected(DataValidator validator, String line) {
    Reject reject = reject(result(validator, line));
    assertThat(reject).as("reject of %s", line).isNotNull();
    return reject;
  }

  private static Response accepted(DataValidator validator, String line) {
    LineResult<Response> result = result(validator, line);
    assertThat(reject(result)).as("reject of %s", line).isNull();
    return ((LineResult.Accepted<Response>) result).record();
  }

  /** Both paths give the same outcome for each line, and the segment values of each row. */
  private static List<String> fastRows(DataValidator validator, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    ScanResponsesProperties.sameOutcomes(
        validator, SEGMENTED.questionnaire().questions(), bytes);
    List<String> rows = new ArrayList<>();
    validator.scanResponses(
        new ByteArrayInputStream(bytes),
        DataValidator.RESPONSES,
        () -> row -> rows.add(row.line() + ": " + row.segmentValue(0) + " " + row.segmentValue(1)),
        rejected -> {},
        Runnable::run,
        1);
    return rows;
  }

  @Test
  void check_declaredKeysAndValues_accepted() {
    Response response = accepted(VALIDATOR, segment("{\"sex\":\"f\",\"age\":\"65+\"}"));

    assertThat(response.segment()).containsExactly(Map.entry("sex", "f"), Map.entry("age", "65+"));
    assertThat(accepted(VALIDATOR, segment("{}")).segment()).isEmpty();
    assertThat(accepted(VALIDATOR, segment("{\"age\":\"18-29\"}")).segment()).hasSize(1);
    assertThat(accepted(VALIDATOR, RESPONSE).segment()).isEmpty();
  }

  @Test
  void check_undeclaredValue_invalidSegmentListingTheValues() {
    Reject reject = rejected(VALIDATOR, segment("{\"sex\":\"f\",\"age\":\"65\"}"));

    assertThat(reject.reason()).isEqualTo(RejectReason.INVALID_SEGMENT);
    assertThat(reject.id()).isEqualTo("r-1");
    assertThat(reject.message()).isEqualTo("segment age: \"65\" is not one of 18-29, 30-49, 65+");
  }

  @Test
  void check_undeclaredKey_invalidSegmentListingTheKeys() {
    Reject reject = rejected(VALIDATOR, segment("{\"age\":\"65+\",\"region\":\"north\"}"));

    assertThat(reject.reason()).isEqualTo(RejectReason.INVALID_SEGMENT);
    assertThat(reject.message())
        .isEqualTo("segment key \"region\" (value \"north\") is not one of age, sex");
  }

  @Test
  void check_valueOfAnotherCase_invalidSegment() {
    assertThat(rejected(VALIDATOR, segment("{\"sex\":\"F\"}")).message())
        .isEqualTo("segment sex: \"F\" is not one of f, m");
  }

  @Test
  void check_longValueAndManyValues_messageStaysShort() {
    Questionnaire q = SEGMENTED.questionnaire();
    String[] values = IntStream.range(0, 50).mapToObj(i -> "v" + i).toArray(String[]::new);
    EditionDefinitions many =
        new EditionDefinitions(
            SEGMENTED.edition(),
            SEGMENTED.structures(),
            SEGMENTED.enrolments(),
            new Questionnaire(
                q.id(),
                q.version(),
                q.defaultLocale(),
                q.title(),
                q.sections(),
                List.of(Fixtures.segment("k", values))),
            SEGMENTED.grid());

    Reject reject =
        rejected(DataValidator.of(many), segment("{\"k\":\"" + "x".repeat(5_000) + "\"}"));

    assertThat(reject.message())
        .isEqualTo(
            "segment k: \""
                + "x".repeat(59)
                + "… is not one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, … (50 in all)");
  }

  @Test
  void check_invalidAnswerAndInvalidSegment_invalidAnswerFirst() {
    String line =
        segment("{\"age\":\"17\"}").replace("{\"courtesy_staff\":4}", "{\"courtesy_staff\":6}");

    assertThat(rejected(VALIDATOR, line).reason()).isEqualTo(RejectReason.INVALID_ANSWER);
  }

  @Test
  void check_invalidSegmentAndHiddenAnswer_invalidSegmentFirst() {
    String hidden = "{\"courtesy_staff\":4,\"used_online\":false,\"online_useful\":3}";
    String line = segment("{\"age\":\"17\"}").replace("{\"courtesy_staff\":4}", hidden);

    assertThat(rejected(VALIDATOR, line).reason()).isEqualTo(RejectReason.INVALID_SEGMENT);
    assertThat(rejected(VALIDATOR, segment("{}").replace("{\"courtesy_staff\":4}", hidden))
            .reason())
        .isEqualTo(RejectReason.ANSWERED_HIDDEN);
  }

  @Test
  void check_invalidSegmentAndMissingRequired_invalidSegmentFirst() {
    String line = segment("{\"sex\":\"x\"}").replace("{\"courtesy_staff\":4}", "{}");

    assertThat(rejected(VALIDATOR, line).reason()).isEqualTo(RejectReason.INVALID_SEGMENT);
  }

  @Test
  void check_unknownQuestionAndInvalidSegment_unknownQuestionFirst() {
    String line = segment("{\"age\":\"17\"}").replace("{\"courtesy_staff\":4}", "{\"x\":1}");

    assertThat(rejected(VALIDATOR, line).reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
  }

  @Test
  void check_noSegmentDeclared_segmentStaysFree() {
    Response response = accepted(UNSEGMENTED, segment("{\"region\":\"north\",\"age\":\"@\"}"));

    assertThat(response.segment()).containsEntry("region", "north");
  }

  @Test
  void scan_sameRejectsAsTheReference_andEachValuesPosition() {
    List<String> rows =
        fastRows(
            VALIDATOR,
            segment("{\"sex\":\"m\",\"age\":\"65+\"}"),
            segment("{\"age\":\"17\"}").replace("r-1", "r-2"),
            segment("{\"age\":\"30-49\"}").replace("r-1", "r-3"),
            segment("{\"s\\u0065x\":\"f\"}").replace("r-1", "r-4"),
            segment("{\"region\":\"north\"}").replace("r-1", "r-5"),
            RESPONSE.replace("r-1", "r-6"));

    assertThat(rows).containsExactlyInAnyOrder("1: 2 1", "3: 1 -1", "4: -1 0", "6: -1 -1");
  }

  /** Whether the fast path reads the line itself, and the row's first two segment values. */
  private static String fastRead(EditionDefinitions definitions, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    RowBuffer row = new RowBuffer(definitions.questionnaire().questions().size());
    boolean read =
        new FastResponses(new EditionIndex(definitions))
            .scanner()
            .read(bytes, 0, bytes.length, row);
    return read + " " + row.segmentValue(0) + " " + row.segmentValue(1);
  }

  @Test
  void fastRead_declaredSegment_readThereElseLeftToTheReference() {
    assertThat(fastRead(SEGMENTED, segment("{ \"sex\" : \"m\", \"age\":\"65+\" }")))
        .isEqualTo("true 2 1");
    assertThat(fastRead(SEGMENTED, segment("{}"))).isEqualTo("true -1 -1");
    assertThat(fastRead(SEGMENTED, segment("{\"age\":\"65\"}"))).startsWith("false");
    assertThat(fastRead(SEGMENTED, segment("{\"region\":\"n\"}"))).startsWith("false");
    assertThat(fastRead(SEGMENTED, segment("{\"age\":\"65+\",\"age\":\"65+\"}")))
        .startsWith("false");
    assertThat(fastRead(SEGMENTED, segment("{\"s\\u0065x\":\"f\"}"))).startsWith("false");
    assertThat(fastRead(Fixtures.definitions(false), segment("{\"region\":\"n\"}")))
        .isEqualTo("true -1 -1");
  }

  @Test
  void scan_noSegmentDeclared_everyValueAbsent() {
    assertThat(fastRows(UNSEGMENTED, segment("{\"age\":\"65+\",\"region\":\"north\"}")))
        .containsExactly("1: -1 -1");
  }

  @Test
  void row_ofAnAcceptedResponse_holdsItsSegmentValues() {
    Response response = accepted(VALIDATOR, segment("{\"sex\":\"f\",\"age\":\"30-49\"}"));

    ResponseRow row = VALIDATOR.row(response);

    assertThat(row.segmentValue(0)).isEqualTo(1);
    assertThat(row.segmentValue(1)).isZero();
    assertThat(VALIDATOR.row(accepted(VALIDATOR, RESPONSE)).segmentValue(0)).isEqualTo(-1);
    assertThat(UNSEGMENTED.row(response).segmentValue(0)).isEqualTo(-1);
  }

  @Test
  void row_undeclaredSegmentValue_refused() {
    Response response = accepted(UNSEGMENTED, segment("{\"age\":\"17\"}"));

    assertThatThrownBy(() -> VALIDATOR.row(response))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r-1: segment \"age\": \"17\" is not declared by the questionnaire");
  }
}
