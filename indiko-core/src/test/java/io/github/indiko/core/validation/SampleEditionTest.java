package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2017 sample edition gives exactly the rejects of {@code expected/rejects.jsonl}: the
 * same source, line, id and reason in the same order, and the same messages but for the wording of
 * "not valid JSON: …", which comes from another parser.
 */
class SampleEditionTest {
  private static final Pattern REJECT =
      Pattern.compile(
          "\\{\"source\": \"([^\"]+)\", \"line\": (\\d+), \"id\": (null|\"[^\"]*\"), "
              + "\"reason\": \"([a-z_]+)\", \"message\": \"(.*)\"}");

  private static Path samples;
  private static List<Reject> actual;
  private static List<String> structures;
  private static SourceCounts responses;
  private static SourceCounts audits;

  @BeforeAll
  static void validate() throws IOException, URISyntaxException {
    samples = Path.of(SampleEditionTest.class.getResource("/io/github/indiko/samples").toURI());
    Path edition = samples.resolve("edition-2017");
    EditionDefinitions definitions = EditionFolder.load(edition);
    DataValidator validator = DataValidator.of(definitions);
    actual = new ArrayList<>();
    structures = new ArrayList<>();
    try (InputStream in = Files.newInputStream(edition.resolve("responses.jsonl"))) {
      responses = validator.validateResponses(in, DataValidator.RESPONSES, SampleEditionTest::keep);
    }
    try (InputStream in = Files.newInputStream(edition.resolve("audits.jsonl"))) {
      audits = validator.validateAudits(in, DataValidator.AUDITS, SampleEditionTest::keep);
    }
  }

  private static void keep(LineResult<?> result) {
    if (result instanceof LineResult.Rejected<?> rejected) {
      actual.add(rejected.reject());
      structures.add(
          rejected.reject().reason().code()
              + " "
              + (rejected.structure() == null ? null : rejected.structure().value()));
    }
  }

  private static List<Reject> expected() throws IOException {
    List<Reject> expected = new ArrayList<>();
    for (String line : Files.readAllLines(samples.resolve("expected/rejects.jsonl"))) {
      Matcher m = REJECT.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      String id =
          m.group(3).equals("null") ? null : m.group(3).substring(1, m.group(3).length() - 1);
      expected.add(
          new Reject(
              m.group(1),
              Long.parseLong(m.group(2)),
              id,
              RejectReason.fromCode(m.group(4)),
              m.group(5).replace("\\\"", "\"")));
    }
    return expected;
  }

  private static String key(Reject reject) {
    return reject.source() + ":" + reject.line() + " " + reject.id() + " " + reject.reason().code();
  }

  @Test
  void validate_rejectNamesItsStructureFromNotEnrolledOn() {
    assertThat(structures)
        .contains(
            "not_enrolled commissariat-lezignac",
            "duplicate_respondent mairie-ezanville",
            "unknown_structure null",
            "malformed null")
        .filteredOn(s -> s.startsWith("unknown_questionnaire") || s.startsWith("unknown_grid"))
        .allMatch(s -> s.endsWith(" null"));
  }

  @Test
  void validate_sameRejectsInSameOrder() throws IOException {
    assertThat(actual)
        .extracting(SampleEditionTest::key)
        .containsExactlyElementsOf(expected().stream().map(SampleEditionTest::key).toList());
  }

  @Test
  void validate_sameMessagesButInvalidJsonWording() throws IOException {
    List<Reject> expected = expected();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      String message = expected.get(i).message();
      if (message.startsWith("not valid JSON: ")) {
        assertThat(actual.get(i).message()).startsWith("not valid JSON: ");
      } else {
        assertThat(actual.get(i).message()).as(key(expected.get(i))).isEqualTo(message);
      }
    }
  }

  @Test
  void validate_countsReconcile() {
    // 2003 lines of which 3 blank; 151 lines of which 1 blank.
    assertThat(responses.read()).isEqualTo(2000);
    assertThat(responses.rejected()).isEqualTo(60);
    assertThat(responses.accepted()).isEqualTo(1940);
    assertThat(audits.read()).isEqualTo(150);
    assertThat(audits.rejected()).isEqualTo(18);
    assertThat(audits.accepted()).isEqualTo(132);
    assertThat(audits.byReason())
        .containsEntry(RejectReason.INVALID_OBSERVATION, 4L)
        .doesNotContainKey(RejectReason.DUPLICATE_RESPONDENT);
    assertThat(responses.byReason()).containsEntry(RejectReason.MALFORMED, 10L);
  }

  @Test
  void validate_writtenRejectsMatchTheFileButInvalidJsonWording() throws IOException {
    List<String> expectedLines = Files.readAllLines(samples.resolve("expected/rejects.jsonl"));
    for (int i = 0; i < expectedLines.size(); i++) {
      String written = RejectWriter.toJson(actual.get(i));
      if (expectedLines.get(i).contains("\"message\": \"not valid JSON: ")) {
        continue;
      }
      assertThat(written).isEqualTo(expectedLines.get(i));
    }
    assertThat(actual).hasSameSizeAs(expectedLines);
  }
}
