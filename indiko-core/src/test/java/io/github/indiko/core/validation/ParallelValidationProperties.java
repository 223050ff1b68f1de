package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
