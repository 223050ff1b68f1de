package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The logging options (cli.md, Logging) in a child JVM, which binds slf4j-simple as the command
 * does: what the libraries' loggers print to standard error at each level.
 */
class VerbosityTest {
  /** A line of slf4j-simple as the command sets it up: date and time, level, logger, message. */
  private static final Pattern LOG_LINE =
      Pattern.compile(
          "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?:Z|[+-]\\d\\d:\\d\\d)"
              + " (TRACE|DEBUG|INFO|WARN|ERROR) ([\\w.]+) - (.*)$");

  private static final String RUN = "io.github.indiko.scoring.ScoringRun";

  /** JSON reports only, the fastest to write: the reports are not what these tests look at. */
  private static final String FORMAT = "--format=json";

  /** The enrolment of the sample's structure that has no data line. */
  private static final String SILENT_ENROLMENT =
      "    {\n"
          + "      \"structure\": \"prefecture-cazeres-le-vieux\",\n"
          + "      \"at\": \"2017-07-11\",\n"
          + "      \"level\": \"organisation\"\n"
          + "    },\n";

  @TempDir Path tmp;

  /** What the child JVM printed. */
  private record Child(int exitCode, String out, List<String> err) {
    /** The log lines of standard error: level, logger and message. */
    List<String[]> logged() {
      List<String[]> logged = new ArrayList<>();
      for (String line : err) {
        Matcher matcher = LOG_LINE.matcher(line);
        if (matcher.matches()) {
          logged.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3)});
        }
      }
      return logged;
    }
  }

  @Test
  void score_verbose_printsTheStartAndEndLinesWithTheCountsOfResultsJson() throws Exception {
    Path edition = CliRun.sample(tmp);
    Path out = tmp.resolve("out");

    Child run = score(edition, out, "--verbose");

    assertThat(run.exitCode()).as(String.join("\n", run.err())).isZero();
    List<String> info = messages(run, "INFO", RUN);
    assertThat(info).hasSize(2);
    assertThat(info.get(0))
        .startsWith("Scoring edition 2017: responses.jsonl ")
        .contains(" threads, survey strategy mean, audit strategy mean, ranking policy ");
    JsonNode counts = CliRun.json(CliRun.read(out.resolve(Scoring.RESULTS))).get("counts");
    assertThat(info.get(1))
        .startsWith("Scored edition 2017 in ")
        .contains("responses.jsonl " + counted(counts.get("responses")) + "; ")
        .contains("audits.jsonl " + counted(counts.get("audits")) + "; ")
        .endsWith(" lines/s");
    assertThat(run.logged()).noneMatch(line -> line[0].equals("DEBUG"));
    // The command's own output is the same as without the option.
    assertThat(run.out()).contains("wrote " + out.resolve(Scoring.RESULTS));
  }

  @Test
  void score_withoutOptionsOnAnEditionWithNothingToActOn_printsNoLogLine() throws Exception {
    Path edition = CliRun.sample(tmp);
    CliRun.edit(edition.resolve("enrolments.json"), SILENT_ENROLMENT, "");

    Child run = score(edition, tmp.resolve("out"));

    assertThat(run.exitCode()).as(String.join("\n", run.err())).isZero();
    assertThat(run.logged()).isEmpty();
    assertThat(run.err()).noneMatch(line -> line.contains("io.github.indiko"));
  }

  @Test
  void score_defaultAndQuiet_warningAnOperatorMustActOnOnlyWithoutQuiet() throws Exception {
    Path edition = CliRun.sample(tmp);

    Child warned = score(edition, tmp.resolve("a"));
    // Before the command's name, as well as after it.
    Child quiet =
        child("-q", "score", edition.toString(), "--out", tmp.resolve("b").toString(), FORMAT);

    assertThat(warned.exitCode()).isZero();
    assertThat(messages(warned, "WARN", RUN))
        .containsExactly(
            "Edition 2017: enrolled structures without an accepted line, response or audit (1):"
                + " prefecture-cazeres-le-vieux");
    assertThat(warned.logged()).allMatch(line -> line[0].equals("WARN"));
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.logged()).isEmpty();
  }

  @Test
  void score_veryVerbose_printsTheFastPathAndThePhasesAtDebug() throws Exception {
    Path edition = CliRun.sample(tmp);

    Child run = score(edition, tmp.resolve("out"), "-vv");

    assertThat(run.exitCode()).isZero();
    assertThat(messages(run, "DEBUG", "io.github.indiko.core.validation.RowScan"))
        .singleElement()
        .asString()
        .startsWith("Fast path of responses.jsonl: ")
        .contains(" of 2000 lines declined to the reference path");
    assertThat(messages(run, "DEBUG", RUN))
        .anyMatch(message -> message.startsWith("Edition 2017: responses.jsonl read in "));
    assertThat(messages(run, "INFO", RUN)).hasSize(2);
  }

  @Test
  void validate_quietAndVerbose_badUsage() throws Exception {
    Child run = child("validate", "--quiet", "-v", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(Indiko.USAGE);
    assertThat(run.err())
        .containsExactly(
            "indiko: --quiet and --verbose exclude each other", "Try 'indiko validate --help'.");
  }

  @Test
  void help_everyCommand_listsTheLoggingOptions() {
    for (String command : List.of("demo", "validate", "score", "explain", "generate")) {
      CliRun help = CliRun.run(command, "--help");

      assertThat(help.out()).as(command).contains("-v, --verbose", "-q, --quiet");
    }
  }

  /** {@code read R, accepted A, rejected J {reason=n, …}}, as the end line writes a source. */
  private static String counted(JsonNode source) {
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, JsonNode> reason : source.get("byReason").properties()) {
      reasons.add(reason.getKey() + "=" + reason.getValue());
    }
    return "read "
        + source.get("read")
        + ", accepted "
        + source.get("accepted")
        + ", rejected "
        + source.get("rejected")
        + " {"
        + String.join(", ", reasons)
        + "}";
  }

  private static List<String> messages(Child run, String level, String logger) {
    return run.logged().stream()
        .filter(line -> line[0].equals(level) && line[1].equals(logger))
        .map(line -> line[2])
        .toList();
  }

  /** {@code indiko score EDITION --out FOLDER --format=json OPTIONS…} in a child JVM. */
  private Child score(Path edition, Path folder, String... options)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("score", edition.toString(), "--out", folder.toString(), FORMAT));
    args.addAll(List.of(options));
    return child(args.toArray(String[]::new));
  }

  private Child child(String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "stdout", ".txt");
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process process =
        ChildIndiko.of("256m", args)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("indiko did not end in 2 minutes");
    }
    return new Child(process.exitValue(), Files.readString(out), Files.readAllLines(err));
  }
}
