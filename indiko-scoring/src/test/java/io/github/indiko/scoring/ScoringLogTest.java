package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.testsupport.edition.TinyEdition;
import io.github.indiko.testsupport.logging.LogCapture;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * What the engine and the validation log (docs/logging.md), read through the test support's
 * capturing SLF4J provider with every level enabled.
 */
class ScoringLogTest {
  private static final String RUN = "io.github.indiko.scoring.ScoringRun";
  private static final String ROW_SCAN = "io.github.indiko.core.validation.RowScan";
  private static final String ACCEPTED_IDS = "io.github.indiko.core.validation.AcceptedIds";
  private static final String SECRET = "respondent-token-never-logged";

  private static final Pattern END =
      Pattern.compile(
          "Scored edition tiny in [0-9]+\\.[0-9]{3} s: responses\\.jsonl read (\\d+), accepted"
              + " (\\d+), rejected (\\d+) \\{([a-z_=0-9, ]*)\\}; audits\\.jsonl read (\\d+),"
              + " accepted (\\d+), rejected (\\d+) \\{([a-z_=0-9, ]*)\\}; \\d+ lines/s");

  @TempDir Path dir;

  @Test
  void score_linesAcceptedAndRejected_infoStartAndEndWithTheCounts() throws IOException {
    new TinyEdition()
        .structure("a", 1000L, null, true)
        .structure("b", 1000L, null, true)
        .structure("c", 1000L, null, false)
        .write(dir);
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      lines.add(response("r-" + i, "a", "\"q\": 4, \"overall\": 5"));
    }
    lines.add(response("r-1", "a", "\"q\": 4"));
    lines.add(response("r-8", "c", "\"q\": 4"));
    lines.add(response("r-9", "a", "\"q\": 9"));
    lines.add(response("r-10", "nowhere", "\"q\": 2"));
    Files.write(dir.resolve(DataValidator.RESPONSES), lines, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(DataValidator.AUDITS),
        "{\"id\": \"a-1\", \"grid\": \"tiny-grid\", \"version\": 1, \"structure\": \"a\","
            + " \"channel\": \"phone\", \"performedAt\": \"2017-10-02T10:00:00+02:00\","
            + " \"observations\": {\"call\": \"met\"}}\n");
    List<Reject> rejects = new ArrayList<>();
    ScoringEngine engine = ScoringEngine.builder().builtIns().threads(2).build();

    Results results;
    List<String> logged;
    try (LogCapture capture = LogCapture.start()) {
      results = engine.score(dir, rejects::add);
      assertThat(capture.messages(RUN, Level.INFO))
          .first()
          .isEqualTo(
              "Scoring edition tiny: responses.jsonl "
                  + Files.size(dir.resolve(DataValidator.RESPONSES))
                  + " bytes, audits.jsonl "
                  + Files.size(dir.resolve(DataValidator.AUDITS))
                  + " bytes, 2 threads, survey strategy mean, audit strategy mean, ranking policy"
                  + " composite, respondents as read");
      List<String> info = capture.messages(RUN, Level.INFO);
      assertThat(info).hasSize(2);
      Matcher end = END.matcher(info.get(1));
      assertThat(end.matches()).as(info.get(1)).isTrue();
      // The counts, checked against the rejects the consumer received.
      assertThat(end.group(1)).isEqualTo("11");
      assertThat(end.group(2)).isEqualTo("7");
      assertThat(end.group(3)).isEqualTo(Integer.toString(rejects.size()));
      assertThat(end.group(4)).isEqualTo(byReason(rejects, DataValidator.RESPONSES));
      assertThat(end.group(4))
          .isEqualTo("duplicate_id=1, invalid_answer=1, not_enrolled=1, unknown_structure=1");
      assertThat(end.group(5) + " " + end.group(6) + " " + end.group(7) + " " + end.group(8))
          .isEqualTo("1 1 0 ");
      assertThat(results.responses().read()).isEqualTo(11);
      logged = capture.lines();
    }
    assertThat(logged).noneMatch(line -> line.contains(SECRET));
  }

  @Test
  void score_phases_debugTimesOfEachPhase() throws IOException {
    new TinyEdition().structure("a", 1000L, null, true).write(dir);
    Files.writeString(
        dir.resolve(DataValidator.RESPONSES), response("r-1", "a", "\"q\": 3") + "\n");

    try (LogCapture capture = LogCapture.start()) {
      ScoringEngine.builder().builtIns().threads(1).build().scoreInFull(dir, reject -> {});

      assertThat(capture.messages(RUN, Level.DEBUG))
          .hasSize(4)
          .allMatch(message -> message.matches("Edition tiny: .+ in \\d+ ms"))
          .anyMatch(message -> message.startsWith("Edition tiny: responses.jsonl read in "))
          .anyMatch(message -> message.startsWith("Edition tiny: audits.jsonl read in "))
          .anyMatch(message -> message.startsWith("Edition tiny: tallies merged in "))
          .anyMatch(message -> message.startsWith("Edition tiny: results and details computed"));
    }
  }

  @Test
  void score_linesTheFastPathDeclines_debugCountsThemPerCause() throws IOException {
    new TinyEdition().structure("a", 1000L, null, true).write(dir);
    String tooLong = "x".repeat(DataValidator.MAX_LINE_BYTES);
    Files.write(
        dir.resolve(DataValidator.RESPONSES),
        List.of(
            response("r-1", "a", "\"q\": 3"),
            // An escape in the id: valid, left to the reference path, which accepts it.
            response("r\\u002d2", "a", "\"q\": 3"),
            // An unknown structure: left to the reference path, which rejects it.
            response("r-3", "elsewhere", "\"q\": 3"),
            // Over 1 MiB: never read by the fast path.
            response("r-4", "a", "\"q\": 3, \"x\": \"" + tooLong + "\""),
            // Not an object.
            "[]"),
        StandardCharsets.UTF_8);

    try (LogCapture capture = LogCapture.start()) {
      ScoringEngine.builder().builtIns().threads(2).build().score(dir, reject -> {});

      assertThat(capture.messages(ROW_SCAN, Level.DEBUG))
          .containsExactly(
              "Fast path of responses.jsonl: 4 of 5 lines declined to the reference path, 1 of"
                  + " them accepted there; by cause: {id=1, structure=1, shape=1, length=1}");
    }
  }

  @Test
  void score_moreIdsThanTheHeapKeeps_debugSaysTheyMoveToTemporaryFiles() throws IOException {
    new TinyEdition().structure("a", 1000L, null, true).write(dir);
    int count = 70_000;
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(DataValidator.RESPONSES))) {
      for (int i = 1; i <= count; i++) {
        out.write(response("r-" + i, "a", "\"q\": " + (1 + i % 5)));
        out.newLine();
      }
    }

    try (LogCapture capture = LogCapture.start()) {
      Results results = ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

      assertThat(results.responses().accepted()).isEqualTo(count);
      assertThat(capture.messages(ACCEPTED_IDS, Level.DEBUG))
          .singleElement()
          .asString()
          .matches(
              "Duplicate checks of responses: \\d+ ids accepted, more than the heap keeps; they"
                  + " move to temporary files in java\\.io\\.tmpdir, deleted when the read ends");
    }
  }

  @Test
  void score_actionableConditions_warnNamingTheEditionAndStructures() throws IOException {
    new TinyEdition()
        .structure("a", 1000L, null, true)
        .structure("quiet-1", 1000L, null, true)
        .structure("quiet-2", 1000L, null, true)
        .write(dir);
    Files.writeString(
        dir.resolve(DataValidator.RESPONSES), response("r-1", "a", "\"q\": 3") + "\n");
    Files.writeString(dir.resolve(DataValidator.AUDITS), "{}\nnot json\n");

    try (LogCapture capture = LogCapture.start()) {
      ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

      assertThat(capture.messages(RUN, Level.WARN))
          .containsExactly(
              "Edition tiny: disclosureThreshold 5 is below its default 10, near its minimum:"
                  + " survey breakdowns of as few as 5 responses are published (scoring.md §6)",
              "Edition tiny: every one of the 2 lines of audits.jsonl was rejected {malformed=2}",
              "Edition tiny: enrolled structures without an accepted line, response or audit"
                  + " (2): quiet-1, quiet-2");
    }
  }

  @Test
  void score_defaultThresholdAndDataEverywhere_noWarning() throws IOException {
    new TinyEdition()
        .scoring("\"minimumResponses\": 1")
        .structure("a", 1000L, null, true)
        .write(dir);
    Files.writeString(
        dir.resolve(DataValidator.RESPONSES), response("r-1", "a", "\"q\": 3") + "\n");

    try (LogCapture capture = LogCapture.start()) {
      ScoringEngine.builder().builtIns().build().score(dir, reject -> {});

      assertThat(capture.messages(RUN, Level.WARN)).isEmpty();
      assertThat(capture.messages(RUN, Level.INFO)).hasSize(2);
    }
  }

  /** A response line of the tiny edition, with a respondent token that no log may show. */
  private static String response(String id, String structure, String answers) {
    return "{\"id\": \""
        + id
        + "\", \"questionnaire\": \"tiny\", \"version\": 1, \"structure\": \""
        + structure
        + "\", \"channel\": \"in_person\", \"submittedAt\": \"2017-10-02T10:00:00+02:00\","
        + " \"respondent\": \""
        + SECRET
        + "\", \"answers\": {"
        + answers
        + "}}";
  }

  /** The rejects of a source per reason, as the end line writes them. */
  private static String byReason(List<Reject> rejects, String source) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Reject reject : rejects) {
      if (reject.source().equals(source)) {
        counts.merge(reject.reason().code(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((reason, count) -> parts.add(reason + "=" + count));
    return String.join(", ", parts);
  }
}
