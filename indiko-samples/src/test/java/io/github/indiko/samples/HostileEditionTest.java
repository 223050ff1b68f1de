package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileEditionTest {
  private static final HostileEdition SMALL = new HostileEdition(12, 600, 90, 3);

  @TempDir Path dir;

  /** The lengths of a file's lines, without terminators, counted byte by byte. */
  private static List<Long> lengths(Path file) throws IOException {
    List<Long> lengths = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long length = 0;
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          lengths.add(length);
          length = 0;
        } else {
          length++;
        }
      }
      assertThat(length).as("the file ends with a line feed").isZero();
    }
    return lengths;
  }

  @Test
  void write_insertsEveryKindWhereItSays_andTheValidatorRejectsThem() throws IOException {
    List<HostileEdition.Line> lines = SMALL.write(dir);

    Set<HostileEdition.Kind> kinds = EnumSet.noneOf(HostileEdition.Kind.class);
    lines.forEach(line -> kinds.add(line.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(HostileEdition.Kind.values());
    List<Long> responses = lengths(dir.resolve(DataValidator.RESPONSES));
    List<Long> audits = lengths(dir.resolve(DataValidator.AUDITS));
    // The synthetic lines, one more for each duplicate drawn, plus the hostile ones.
    assertThat((long) responses.size())
        .isGreaterThanOrEqualTo(600 + count(lines, DataValidator.RESPONSES) - 1);
    assertThat((long) audits.size())
        .isGreaterThanOrEqualTo(90 + count(lines, DataValidator.AUDITS) - 1);

    DataValidator validator = DataValidator.of(EditionFolder.load(dir));
    Map<Long, Reject> rejects = new HashMap<>();
    SourceCounts counts;
    try (InputStream in = Files.newInputStream(dir.resolve(DataValidator.RESPONSES))) {
      counts =
          validator.validateResponses(
              in,
              DataValidator.RESPONSES,
              result -> {
                if (result instanceof LineResult.Rejected<?> rejected) {
                  rejects.put(result.line(), rejected.reject());
                }
              });
    }
    assertThat(counts.read()).isEqualTo(responses.size() - 1);
    // A third of the lines are drawn invalid, and every drawn invalid line is rejected.
    assertThat((double) counts.rejected() / counts.read()).isBetween(0.28, 0.42);
    for (HostileEdition.Line line : lines) {
      if (!line.source().equals(DataValidator.RESPONSES)) {
        continue;
      }
      Reject reject = rejects.get(line.line());
      switch (line.kind()) {
        case HUGE_LINE:
          assertThat(responses.get((int) line.line() - 1))
              .isEqualTo(HostileEdition.HUGE_LINE_BYTES);
          assertThat(reject.message()).isEqualTo("line longer than 1 MiB");
          break;
        case DEEP_ARRAYS:
        case DEEP_OBJECTS:
          assertThat(reject.message()).isEqualTo("nested deeper than 16");
          break;
        case OVERLONG_UTF8:
        case SURROGATE_UTF8:
        case TRUNCATED_UTF8:
        case BEYOND_UNICODE_UTF8:
          assertThat(reject.message()).isEqualTo("not valid UTF-8");
          break;
        case MANY_MEMBERS:
          assertThat(reject.reason()).isEqualTo(RejectReason.UNKNOWN_QUESTION);
          break;
        case BLANK:
        case UNPAIRED_ESCAPE:
          break;
        default:
          assertThat(reject).as(line.toString()).isNotNull();
          assertThat(reject.reason()).as(line.toString()).isEqualTo(RejectReason.MALFORMED);
      }
    }
    assertThat(rejects).doesNotContainKey(blankLine(lines));
  }

  @Test
  void write_sameOptions_sameBytes() throws IOException {
    SMALL.write(dir.resolve("a"));
    SMALL.write(dir.resolve("b"));

    for (String name : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      assertThat(Files.mismatch(dir.resolve("a").resolve(name), dir.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(-1);
    }
  }

  private static long count(List<HostileEdition.Line> lines, String source) {
    return lines.stream()
        .filter(line -> line.source().equals(source))
        .count();
  }

  private static long blankLine(List<HostileEdition.Line> lines) {
    return lines.stream()
        .filter(
            line ->
                line.kind() == HostileEdition.Kind.BLANK
                    && line.source().equals(DataValidator.RESPONSES))
        .findFirst()
        .orElseThrow()
        .line();
  }
}
