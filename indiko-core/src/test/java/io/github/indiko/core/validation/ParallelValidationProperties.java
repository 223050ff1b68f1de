package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A parallel read equals the sequential one on any mix of lines, whatever the blocks. */
class ParallelValidationProperties {
  private static final int KINDS = 9;

  /**
   * The line of a kind: valid responses whose ids (5) and respondents (3) repeat, so that
   * duplicates of both kinds occur, then blank, malformed, invalid and odd lines.
   */
  private static byte[] line(int kind, int n) {
    String valid =
        RESPONSE.replace("\"r-1\"", "\"r-" + n % 5 + "\"")
            .replace("\"answers\"", "\"respondent\":\"p-" + n % 3 + "\",\"answers\"");
    String text;
    switch (kind) {
      case 0:
      case 1:
        text = valid;
        break;
      case 2:
        text = RESPONSE.replace("\"r-1\"", "\"r-" + n % 5 + "\"");
        break;
      case 3:
        text = n % 2 == 0 ? "" : " \t\r";
        break;
      case 4:
        text = valid.substring(0, n % valid.length());
        break;
      case 5:
        text = n % 2 == 0 ? "[" + n + "]" : "\"" + n + "\"";
        break;
      case 6:
        text = valid.replace("\"courtesy_staff\":4", "\"courtesy_staff\":" + (n % 9));
        break;
      case 7:
        text = valid + "\r";
        break;
      default:
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        bytes[n % bytes.length] = (byte) 0xC3;
        return bytes;
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] source(List<Integer> kinds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n = 0; n < kinds.size(); n++) {
      if (n > 0) {
        out.write('\n');
      }
      out.writeBytes(line(kinds.get(n), n));
    }
    return out.toByteArray();
  }

  /**
   * An audit line of a kind: originals (ids 3, auditors 2) and doubles (ids 11, auditors 4, of the
   * three originals or of a double), on the phone or in person, so that every verdict of a double
   * occurs.
   */
  private static byte[] auditLine(int kind, int n) {
    String auditor = "aud-" + n % (kind == 0 ? 2 : 4);
    String line =
        Fixtures.AUDIT.replace(
            "\"performedAt\"", "\"auditor\":\"" + auditor + "\",\"performedAt\"");
    if (kind == 0) {
      return line.replace("\"a-1\"", "\"a-" + n % 3 + "\"").getBytes(StandardCharsets.UTF_8);
    }
    line = line.replace("\"a-1\"", "\"d-" + n % 11 + "\"");
    if (kind == 2) {
      line =
          line.replace("\"channel\":\"phone\"", "\"channel\":\"in_person\"")
              .replace(
                  "{\"phone_rings\":4,\"phone_greeting\":\"met\"}",
                  "{\"desk_signage\":\"not_met\",\"desk_wait\":3}");
    }
    String of = n % 5 == 4 ? "d-" + (n - 1) % 11 : "a-" + n % 3;
    return line.replace("}}", "},\"of\":\"" + of + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_auditsWithDoublesAnyMixAndBlocks_sameAsSequential() throws InterruptedException {
    DataValidator validator = Fixtures.validator(false);
    SourceCheck<AuditRecord> check =
        new SourceCheck<>(
            DataValidator.AUDITS, new AuditCheck(new EditionIndex(Fixtures.definitions(false))));
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      qt().forAll(
              lists().of(integers().between(0, 2)).ofSizeBetween(0, 40),
              integers().between(1, 4),
              integers().between(1, 1_500))
          .checkAssert(
              (kinds, parallelism, blockBytes) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n = 0; n < kinds.size(); n++) {
                  out.writeBytes(auditLine(kinds.get(n), n));
                  out.write('\n');
                }
                byte[] bytes = out.toByteArray();
                List<LineResult<AuditRecord>> expected = new ArrayList<>();
                SourceCounts expectedCounts =
                    validator.validateAudits(
                        new ByteArrayInputStream(bytes), DataValidator.AUDITS, expected::add);
                List<LineResult<AuditRecord>> actual = new ArrayList<>();

                SourceCounts counts =
                    new ParallelValidation<>(check, executor, parallelism, blockBytes)
                        .read(new ByteArrayInputStream(bytes), actual::add);

                assertThat(actual).isEqualTo(expected);
                assertThat(counts).isEqualTo(expectedCounts);
              });
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void auditLine_everyVerdictOfADoubleOccurs() {
    List<Integer> kinds = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      kinds.add(n % 4 == 0 ? 0 : n % 7 == 0 ? 2 : 1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n = 0; n < kinds.size(); n++) {
      out.writeBytes(auditLine(kinds.get(n), n));
      out.write('\n');
    }

    SourceCounts counts =
        Fixtures.validator(false)
            .validateAudits(
                new ByteArrayInputStream(out.toByteArray()), DataValidator.AUDITS, r -> {});

    assertThat(counts.accepted()).isGreaterThan(3);
    assertThat(counts.byReason())
        .containsKeys(
            RejectReason.DUPLICATE_ID, RejectReason.UNKNOWN_ORIGINAL, RejectReason.SAME_AUDITOR);
  }

  @Test
  void read_anyMixAndBlocks_sameAsSequential() throws InterruptedException {
    DataValidator validator = Fixtures.validator(true);
    // Stateless, so one serves every read.
    SourceCheck<Response> check =
        new SourceCheck<>(
            DataValidator.RESPONSES,
            new ResponseCheck(new EditionIndex(Fixtures.definitions(true))));
    ExecutorService executor = Executors.newFixedThreadPool(4);
    try {
      qt().forAll(
              lists().of(integers().between(0, KINDS - 1)).ofSizeBetween(0, 40),
              integers().between(1, 4),
              integers().between(1, 1_500))
          .checkAssert(
              (kinds, parallelism, blockBytes) -> {
                byte[] bytes = source(kinds);
                List<LineResult<Response>> expected = new ArrayList<>();
                SourceCounts expectedCounts =
                    validator.validateResponses(
                        new ByteArrayInputStream(bytes), DataValidator.RESPONSES, expected::add);
                List<LineResult<Response>> actual = new ArrayList<>();

                SourceCounts counts =
                    new ParallelValidation<>(check, executor, parallelism, blockBytes)
                        .read(new ByteArrayInputStream(bytes), actual::add);

                assertThat(actual).isEqualTo(expected);
                assertThat(counts).isEqualTo(expectedCounts);
              });
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
