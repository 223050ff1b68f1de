package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.AUDIT;
import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Line splitting, numbering, counting and the iterator contract of {@link LineReader}. */
class LineReaderTest {
  private static final DataValidator VALIDATOR = Fixtures.validator(false);

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<LineResult<Response>> readAll(LineReader<Response> reader) {
    List<LineResult<Response>> results = new ArrayList<>();
    reader.forEachRemaining(results::add);
    return results;
  }

  @Test
  void next_blankLinesSkippedButNumbered() {
    String text = " \t\n" + RESPONSE + "\n\n\r\n" + RESPONSE.replace("r-1", "r-2") + "\n  \t  \n";
    try (LineReader<Response> reader = VALIDATOR.responses(bytes(text), "responses.jsonl")) {
      List<LineResult<Response>> results = readAll(reader);

      assertThat(results).extracting(LineResult::line).containsExactly(2L, 5L);
      assertThat(reader.counts()).isEqualTo(new SourceCounts(2, 2, 0, Map.of()));
    }
  }

  @Test
  void next_crlfLineEndings() {
    String text = RESPONSE + "\r\n" + RESPONSE.replace("r-1", "r-2") + "\r\n";
    try (LineReader<Response> reader = VALIDATOR.responses(bytes(text), "responses.jsonl")) {
      List<LineResult<Response>> results = readAll(reader);

      assertThat(results).extracting(Fixtures::reject).containsExactly(null, null);
      assertThat(results)
          .extracting(r -> ((LineResult.Accepted<Response>) r).record().id().value())
          .containsExactly("r-1", "r-2");
    }
  }

  @Test
  void next_lastLineWithoutTerminator() {
    try (LineReader<Response> reader = VALIDATOR.responses(bytes("\n" + RESPONSE), "x")) {
      List<LineResult<Response>> results = readAll(reader);

      assertThat(results).extracting(LineResult::line).containsExactly(2L);
      assertThat(Fixtures.reject(results.get(0))).isNull();
    }
  }

  @Test
  void next_emptyStream() {
    try (LineReader<Response> reader = VALIDATOR.responses(bytes(""), "x")) {
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
      assertThat(reader.counts()).isEqualTo(SourceCounts.empty());
    }
  }

  @Test
  void counts_reconcileWithRejectsSortedByCode() {
    String text =
        String.join(
            "\n",
            RESPONSE,
            "not json",
            RESPONSE.replace("r-1", "r-2").replace("mairie-a", "mairie-c"),
            RESPONSE,
            "[]",
            RESPONSE.replace("r-1", "r-3").replace("\"courtesy_staff\":4", "\"courtesy_staff\":9"));

    SourceCounts counts = VALIDATOR.validateResponses(bytes(text), "responses.jsonl", result -> {});

    assertThat(counts.read()).isEqualTo(6);
    assertThat(counts.accepted()).isEqualTo(1);
    assertThat(counts.rejected()).isEqualTo(5);
    assertThat(counts.byReason())
        .containsExactly(
            Map.entry(RejectReason.DUPLICATE_ID, 1L),
            Map.entry(RejectReason.INVALID_ANSWER, 1L),
            Map.entry(RejectReason.MALFORMED, 2L),
            Map.entry(RejectReason.NOT_ENROLLED, 1L));
  }

  @Test
  void next_invalidJsonNamesTheProblem() {
    List<LineResult<Response>> results =
        Fixtures.responses(VALIDATOR, "{\"id\":\"r-1\",\"comment\":\"unterminated");

    Reject reject = Fixtures.reject(results.get(0));
    assertThat(reject).isNotNull();
    assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(reject.id()).isNull();
    assertThat(reject.message()).startsWith("not valid JSON: ").contains("column");
  }

  @Test
  void next_trailingValueIsInvalidJson() {
    List<LineResult<Response>> results = Fixtures.responses(VALIDATOR, RESPONSE + " {}");

    assertThat(Fixtures.reject(results.get(0)).message())
        .isEqualTo("not valid JSON: more than one value, at column " + (RESPONSE.length() + 2));
  }

  @Test
  void next_auditsHaveTheirOwnIds() {
    SourceCounts responses =
        VALIDATOR.validateResponses(Fixtures.stream(RESPONSE.replace("r-1", "x-1")), "r", r -> {});
    SourceCounts audits =
        VALIDATOR.validateAudits(Fixtures.stream(AUDIT.replace("a-1", "x-1")), "a", r -> {});

    assertThat(responses.accepted()).isEqualTo(1);
    assertThat(audits.accepted()).isEqualTo(1);
  }

  @Test
  void next_failingStreamIsUnchecked() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    try (LineReader<Response> reader = VALIDATOR.responses(failing, "x")) {
      assertThatThrownBy(reader::hasNext)
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk gone");
    }
  }

  @Test
  void close_closesTheStream() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    VALIDATOR.responses(in, "x").close();

    assertThat(closed).isTrue();
  }
}
