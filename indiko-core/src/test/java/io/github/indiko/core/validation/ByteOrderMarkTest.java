package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.AUDIT;
import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A UTF-8 byte order mark at the very start of a data stream is skipped by every reader, and only
 * there (formats.md, Common rules): the results, line numbers and counts are those of the stream
 * without it; anywhere else it makes its line {@code malformed}, with a message that shows it.
 */
class ByteOrderMarkTest {
  private static final String BOM = "\uFEFF";
  private static final DataValidator VALIDATOR = Fixtures.validator(true);
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2);

  /** Accepted, blank, malformed, duplicate, a reason of its own, and no final line end. */
  private static final String RESPONSES =
      RESPONSE
          + "\n\n"
          + "{\"id\":\"r-2\",\n"
          + RESPONSE
          + "\n"
          + RESPONSE.replace("r-1", "r-3").replace("mairie-a", "mairie-z")
          + "\n"
          + RESPONSE.replace("r-1", "r-4");

  private static final String AUDITS =
      AUDIT + "\n" + AUDIT + "\r\n" + AUDIT.replace("a-1", "a-2").replace("\"met\"", "\"yes\"");

  @AfterAll
  static void stop() {
    WORKERS.shutdown();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<LineResult<Response>> responses(String text) {
    List<LineResult<Response>> results = new ArrayList<>();
    VALIDATOR.validateResponses(
        new ByteArrayInputStream(utf8(text)), DataValidator.RESPONSES, results::add);
    return results;
  }

  private static List<LineResult<Response>> parallelResponses(String text) {
    List<LineResult<Response>> results = new ArrayList<>();
    VALIDATOR.validateResponses(
        new ByteArrayInputStream(utf8(text)), DataValidator.RESPONSES, results::add, WORKERS, 2);
    return results;
  }

  private static List<LineResult<Response>> lineReader(String text) {
    List<LineResult<Response>> results = new ArrayList<>();
    try (LineReader<Response> reader =
        VALIDATOR.responses(new ByteArrayInputStream(utf8(text)), DataValidator.RESPONSES)) {
      reader.forEachRemaining(results::add);
    }
    return results;
  }

  private static List<Object> scanned(String text) {
    List<Object> results = new ArrayList<>();
    SourceCounts counts =
        VALIDATOR.scanResponses(
            new ByteArrayInputStream(utf8(text)),
            DataValidator.RESPONSES,
            () ->
                row -> {
                  synchronized (results) {
                    results.add("accepted line " + row.line());
                  }
                },
            rejected -> {
              synchronized (results) {
                results.add(rejected);
              }
            },
            WORKERS,
            2);
    results.sort(Comparator.comparingLong(ByteOrderMarkTest::line));
    results.add(counts);
    return results;
  }

  private static long line(Object result) {
    return result instanceof LineResult<?> r
        ? r.line()
        : Long.parseLong(((String) result).substring("accepted line ".length()));
  }

  private static List<LineResult<AuditRecord>> audits(String text, boolean parallel) {
    List<LineResult<AuditRecord>> results = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(utf8(text));
    if (parallel) {
      VALIDATOR.validateAudits(in, DataValidator.AUDITS, results::add, WORKERS, 2);
    } else {
      VALIDATOR.validateAudits(in, DataValidator.AUDITS, results::add);
    }
    return results;
  }

  @Test
  void everyReader_leadingByteOrderMark_givesWhatTheStreamGivesWithout() {
    List<LineResult<Response>> expected = responses(RESPONSES);
    assertThat(expected).hasSize(5);
    assertThat(expected.stream().map(LineResult::line)).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(expected.stream().map(Fixtures::reject).filter(r -> r != null).map(Reject::reason))
        .containsExactly(
            RejectReason.MALFORMED, RejectReason.DUPLICATE_ID, RejectReason.UNKNOWN_STRUCTURE);

    assertThat(responses(BOM + RESPONSES)).isEqualTo(expected);
    assertThat(parallelResponses(BOM + RESPONSES)).isEqualTo(expected);
    assertThat(lineReader(BOM + RESPONSES)).isEqualTo(expected);
    assertThat(scanned(BOM + RESPONSES)).isEqualTo(scanned(RESPONSES));
    assertThat(audits(BOM + AUDITS, false)).isEqualTo(audits(AUDITS, false)).hasSize(3);
    assertThat(audits(BOM + AUDITS, true)).isEqualTo(audits(AUDITS, false));
    ScanResponsesProperties.sameOutcomes(utf8(BOM + RESPONSES));
  }

  @Test
  void everyReader_onlyAByteOrderMark_readsNoLine() {
    assertThat(responses(BOM)).isEmpty();
    assertThat(scanned(BOM)).containsExactly(SourceCounts.empty());
    assertThat(audits(BOM + "\n", true)).isEmpty();
  }

  @Test
  void read_byteOrderMarkAtTheStartOfLineTwo_isMalformedAndShownAsACodePoint() {
    List<LineResult<Response>> results =
        responses(RESPONSE + "\n" + BOM + RESPONSE.replace("r-1", "r-2"));

    assertThat(results).hasSize(2);
    Reject reject = Fixtures.reject(results.get(1));
    assertThat(reject).isNotNull();
    assertThat(reject.line()).isEqualTo(2);
    assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(reject.id()).isNull();
    assertThat(reject.message())
        .startsWith("not valid JSON: Unexpected character U+FEFF (byte order mark)")
        .doesNotContain(BOM);
    ScanResponsesProperties.sameOutcomes(
        utf8(RESPONSE + "\n" + BOM + RESPONSE.replace("r-1", "r-2")));
  }

  @Test
  void read_twoByteOrderMarks_onlyTheFirstIsSkipped() {
    List<LineResult<Response>> results = responses(BOM + BOM + RESPONSE);

    assertThat(results).hasSize(1);
    assertThat(Fixtures.reject(results.get(0)).reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(Fixtures.reject(results.get(0)).message()).contains("U+FEFF").doesNotContain(BOM);
  }

  @Test
  void read_byteOrderMarkInsideALine_isMalformedAndShownAsACodePoint() {
    String line = RESPONSE.replace(",\"questionnaire\"", "," + BOM + "\"questionnaire\"");

    List<LineResult<Response>> results = responses(BOM + line);

    Reject reject = Fixtures.reject(results.get(0));
    assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(reject.message()).contains("U+FEFF (byte order mark)").doesNotContain(BOM);
    ScanResponsesProperties.sameOutcomes(utf8(BOM + line));
  }

  @Test
  void read_lineAfterALeadingByteOrderMark_isMeasuredWithoutIt() {
    String exact = RESPONSE + " ".repeat(DataValidator.MAX_LINE_BYTES - RESPONSE.length());
    String over = exact + " ";

    List<LineResult<Response>> results = responses(BOM + exact + "\n" + over);

    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Fixtures.reject(results.get(1)).message()).isEqualTo("line longer than 1 MiB");
    assertThat(responses(BOM + over))
        .singleElement()
        .satisfies(
            r -> assertThat(Fixtures.reject(r).message()).isEqualTo("line longer than 1 MiB"));
  }
}
