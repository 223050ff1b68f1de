package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Fuzzes the reading of data lines (docs/fuzzing.md): the input is read as {@code
 * responses.jsonl} through the reference checks ({@link DataValidator#validateResponses}), the
 * same checks on blocks ({@code validateResponses} with an executor), the {@link LineReader} and
 * the fast path ({@link DataValidator#scanResponses}), and as {@code audits.jsonl} through {@link
 * DataValidator#validateAudits} both ways. An input of even length is read by the validator of an
 * edition that allows one response per respondent, one of odd length by the other.
 *
 * <p>Invariants: nothing is thrown (only a failing stream may throw, and a byte array does not
 * fail); every non-blank line (made of other bytes than space, tab and CR) gets exactly one result,
 * in line order, so every reject's line number is one of a non-blank line; the counts reconcile
 * with the results, reason by reason; every way of reading gives the same results and counts; the
 * fast path gives exactly the reference's rejects, and a row for each line the reference accepts,
 * holding what the reference's response holds.
 */
class DataLinesFuzzTest {
  private static final DataValidator ONE_PER_RESPONDENT = Fixtures.validator(true);
  private static final DataValidator ANY_NUMBER = Fixtures.validator(false);
  private static final List<Question> QUESTIONS =
      Fixtures.definitions(false).questionnaire().questions();

  /** Leaves every block to the calling thread. */
  private static final Executor CALLER = task -> {};

  @FuzzTest
  void dataLines(byte[] input) {
    DataValidator validator = input.length % 2 == 0 ? ONE_PER_RESPONDENT : ANY_NUMBER;
    List<Long> nonBlank = nonBlankLines(input);

    List<LineResult<Response>> reference = new ArrayList<>();
    SourceCounts counts =
        validator.validateResponses(
            new ByteArrayInputStream(input), DataValidator.RESPONSES, reference::add);
    onePerNonBlankLine(reference, nonBlank, counts);

    List<LineResult<Response>> blocks = new ArrayList<>();
    assertThat(
            validator.validateResponses(
                new ByteArrayInputStream(input), DataValidator.RESPONSES, blocks::add, CALLER, 1))
        .isEqualTo(counts);
    assertThat(blocks).isEqualTo(reference);

    List<LineResult<Response>> iterated = new ArrayList<>();
    try (LineReader<Response> reader =
        validator.responses(new ByteArrayInputStream(input), DataValidator.RESPONSES)) {
      reader.forEachRemaining(iterated::add);
    }
    assertThat(iterated).isEqualTo(reference);

    fastPathAgrees(validator, input, reference, counts);

    List<LineResult<AuditRecord>> audits = new ArrayList<>();
    SourceCounts auditCounts =
        validator.validateAudits(
            new ByteArrayInputStream(input), DataValidator.AUDITS, audits::add);
    onePerNonBlankLine(audits, nonBlank, auditCounts);
    List<LineResult<AuditRecord>> auditBlocks = new ArrayList<>();
    assertThat(
            validator.validateAudits(
                new ByteArrayInputStream(input), DataValidator.AUDITS, auditBlocks::add, CALLER, 1))
        .isEqualTo(auditCounts);
    assertThat(auditBlocks).isEqualTo(audits);
  }

  private static void fastPathAgrees(
      DataValidator validator,
      byte[] input,
      List<LineResult<Response>> reference,
      SourceCounts counts) {
    List<String> expectedRows = new ArrayList<>();
    List<LineResult.Rejected<Response>> expectedRejects = new ArrayList<>();
    for (LineResult<Response> result : reference) {
      if (result instanceof LineResult.Accepted<Response> accepted) {
        expectedRows.add(
            ScanResponsesProperties.describe(
                validator.row(accepted.record()), accepted.line(), QUESTIONS));
      } else {
        expectedRejects.add((LineResult.Rejected<Response>) result);
      }
    }
    List<String> rows = new ArrayList<>();
    List<LineResult.Rejected<Response>> rejects = new ArrayList<>();
    SourceCounts fast =
        validator.scanResponses(
            new ByteArrayInputStream(input),
            DataValidator.RESPONSES,
            () -> row -> rows.add(ScanResponsesProperties.describe(row, row.line(), QUESTIONS)),
            rejects::add,
            CALLER,
            1);
    assertThat(fast).isEqualTo(counts);
    assertThat(rejects).isEqualTo(expectedRejects);
    // Rows come in no particular order; each describes its line first.
    assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
  }

  private static <T> void onePerNonBlankLine(
      List<LineResult<T>> results, List<Long> nonBlank, SourceCounts counts) {
    assertThat(results).extracting(LineResult::line).containsExactlyElementsOf(nonBlank);
    Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
    long accepted = 0;
    for (LineResult<T> result : results) {
      if (result instanceof LineResult.Rejected<T> rejected) {
        assertThat(rejected.reject().message()).isNotBlank();
        reasons.merge(rejected.reject().reason(), 1L, Long::sum);
      } else {
        accepted++;
      }
    }
    assertThat(counts)
        .isEqualTo(new SourceCounts(results.size(), accepted, results.size() - accepted, reasons));
  }

  /** The 1-based numbers of the lines (split at LF) with a byte other than space, tab or CR. */
  private static List<Long> nonBlankLines(byte[] input) {
    List<Long> lines = new ArrayList<>();
    long line = 1;
    boolean blank = true;
    for (byte b : input) {
      if (b == '\n') {
        if (!blank) {
          lines.add(line);
        }
        line++;
        blank = true;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
    }
    if (!blank) {
      lines.add(line);
    }
    return lines;
  }
}
