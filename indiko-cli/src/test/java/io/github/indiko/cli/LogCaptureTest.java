package io.github.indiko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.questionnaire.QuestionType;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.samples.HostileEdition;
import io.github.indiko.testsupport.logging.LogCapture;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Privacy (cli.md, Logging): no answer, free text, respondent token or line id of the data appears
 * in any log line, at any level, while {@code indiko score} scores the hostile edition in this JVM;
 * and the start and end lines of the scoring (docs/logging.md) give the counts that the results
 * and the rejects give.
 *
 * <p>What can log here: Indiko's modules log through SLF4J, which this JVM binds to the test
 * support's {@link LogCapture} (Surefire sets {@code slf4j.provider}), every level enabled while a
 * capture is open; Hibernate Validator logs through JBoss Logging, which, without Logback or
 * another backend it prefers, logs to {@code java.util.logging}; the JDK's {@code System.Logger}
 * goes there too. So the test captures SLF4J and opens {@code java.util.logging}'s root logger to
 * every level ({@code ALL}: {@code FINEST}, which is JBoss Logging's and {@code System.Logger}'s
 * {@code TRACE}, included) with a handler that keeps each formatted message, and also keeps
 * whatever is printed to {@code System.out} and {@code System.err} and the command's own output.
 * It proves the capture works by logging a marker at the finest level through each of the four
 * APIs.
 *
 * <p>The values searched for are collected from the data files: every line id, respondent, segment
 * value, answer, observation, auditor and comment of each line that parses as JSON, and the id of
 * each line that does not (found by its leading {@code "id"} member). Values that would match any
 * text are skipped: strings of fewer than 4 characters and numbers written with fewer than 4
 * characters ({@code 4}, {@code "fr"}, {@code "met"}), booleans and null, and JSON's literals and
 * the words of observations written as strings ({@code "true"}, {@code "missed"}: Hibernate
 * Validator's trace writes {@code hasComposingConstraints=true}); and so are the identifiers of the
 * definitions (question, criterion, option, channel, structure ids), which are the edition's public
 * vocabulary, not what a respondent gave. In the lines Indiko logs, which are made of ids, counts
 * and times, the numbers standing alone are masked first: a count or a time may spell a numeric
 * answer.
 */
class LogCaptureTest {
  private static final int SHORTEST = 4;
  private static final Pattern LEADING_ID = Pattern.compile("^\\{\"id\":\"([^\"\\\\]{1,200})\"");
  private static final String MARKER = "indiko-log-capture-marker";
  private static final String SCORING_RUN = "io.github.indiko.scoring.ScoringRun";

  @TempDir Path tmp;

  /** Keeps every record's formatted message, whatever its level. */
  private static final class Capture extends Handler {
    private static final Formatter FORMATTER = new SimpleFormatter();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    Capture() {
      setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
      lines.add(
          record.getLevel()
              + " "
              + record.getLoggerName()
              + ": "
              + FORMATTER.formatMessage(record)
              + " "
              + thrown(record));
    }

    private static String thrown(LogRecord record) {
      return record.getThrown() == null ? "" : String.valueOf(record.getThrown());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void score_hostileEdition_logsNoAnswerTextTokenOrIdAndTheCountsOfTheOutputs()
      throws IOException {
    Path edition = tmp.resolve("edition");
    HostileEdition.defaults().write(edition);
    Set<String> secrets = secrets(edition);

    Logger root = LogManager.getLogManager().getLogger("");
    Level level = root.getLevel();
    Capture capture = new Capture();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    CliRun run;
    List<String> slf4jLines;
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    try (PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        LogCapture slf4j = LogCapture.start()) {
      System.setOut(both);
      System.setErr(both);
      Logger.getLogger(LogCaptureTest.class.getName()).finest(MARKER + " jul");
      System.getLogger(LogCaptureTest.class.getName())
          .log(System.Logger.Level.TRACE, MARKER + " system");
      org.jboss.logging.Logger.getLogger(LogCaptureTest.class).trace(MARKER + " jboss");
      LoggerFactory.getLogger(LogCaptureTest.class).trace("{} slf4j", MARKER);
      run = CliRun.run("score", edition.toString(), "--out", tmp.resolve("out").toString());
      slf4jLines = slf4j.lines();
      assertThat(slf4j.messages(SCORING_RUN, org.slf4j.event.Level.INFO))
          .as("the start and end lines of the scoring")
          .hasSize(2)
          .last()
          .asString()
          .contains(counted(tmp.resolve("out"), DataValidator.RESPONSES))
          .contains(counted(tmp.resolve("out"), DataValidator.AUDITS));
    } finally {
      System.setOut(out);
      System.setErr(err);
      root.removeHandler(capture);
      root.setLevel(level);
    }

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(capture.lines)
        .as("the capture holds the finest level of each logging API")
        .anyMatch(line -> line.startsWith("FINEST ") && line.contains(MARKER + " jul"))
        .anyMatch(line -> line.contains(MARKER + " system"))
        .anyMatch(line -> line.contains(MARKER + " jboss"));
    assertThat(slf4jLines)
        .anyMatch(line -> line.startsWith("TRACE ") && line.contains(MARKER + " slf4j"))
        .anyMatch(line -> line.startsWith("DEBUG io.github.indiko.core.validation.RowScan "));
    // The ids of lines that parse and of the 50 MiB line, which does not.
    assertThat(secrets).hasSizeGreaterThan(100_000).contains("h-r0001", "h-huge");
    List<String> logged = new ArrayList<>(capture.lines);
    // Indiko's lines are made of ids, counts and times: a count or a time may spell a numeric
    // answer ("11.7 s"), so their numbers standing alone are masked; what holds a letter is kept.
    Pattern number = Pattern.compile("(?<![\\w.-])\\d+(?:\\.\\d+)?(?![\\w.-])");
    slf4jLines.forEach(line -> logged.add(number.matcher(line).replaceAll("#")));
    logged.addAll(console.toString(StandardCharsets.UTF_8).lines().toList());
    logged.addAll(run.out().lines().toList());
    logged.addAll(run.err().lines().toList());
    List<String> leaks = new ArrayList<>();
    // Two things in the logs are random and may spell a short value of the data: the folder JUnit
    // made, and the identity hash codes that Object.toString puts after a class name
    // ("[Ljava.lang.Class;@608bc8f8") in the validator's traces; only those are masked.
    String folder = tmp.toString();
    Pattern identityHash =
        Pattern.compile(
            "((?:\\[L|\\b)(?:java|javax|jakarta|jdk|sun|org|io|com|tools)\\.[\\w$.]*;?)"
                + "@[0-9a-f]{1,8}\\b");
    for (String logLine : logged) {
      String line = identityHash.matcher(logLine.replace(folder, "TMP")).replaceAll("$1@HASH");
      for (String secret : secrets) {
        if (line.contains(secret)) {
          leaks.add(secret + " in: " + line);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * {@code SOURCE read R, accepted A, rejected J {reason=n, …}} as the end line of a scoring gives
   * a source, from the outputs: the rejects per reason counted in {@code rejects.jsonl}, the
   * accepted lines from {@code results.json}.
   */
  private static String counted(Path out, String source) {
    Map<String, Long> reasons = new TreeMap<>();
    for (String line : CliRun.read(out.resolve(Scoring.REJECTS)).lines().toList()) {
      JsonNode reject = CliRun.json(line);
      if (reject.get("source").asString().equals(source)) {
        reasons.merge(reject.get("reason").asString(), 1L, Long::sum);
      }
    }
    long rejected = reasons.values().stream().mapToLong(Long::longValue).sum();
    long accepted =
        CliRun.json(CliRun.read(out.resolve(Scoring.RESULTS)))
            .get("counts")
            .get(source.substring(0, source.indexOf('.')))
            .get("accepted")
            .asLong();
    List<String> byReason = new ArrayList<>();
    reasons.forEach((reason, count) -> byReason.add(reason + "=" + count));
    return String.format(
        Locale.ROOT,
        "%s read %d, accepted %d, rejected %d {%s}",
        source,
        accepted + rejected,
        accepted,
        rejected,
        String.join(", ", byReason));
  }

  /** The values of the data lines that no log may hold (see the class comment). */
  private static Set<String> secrets(Path edition) throws IOException {
    EditionDefinitions definitions = EditionFolder.load(edition);
    // JSON's literals written as strings, and the words of observations (formats.md).
    Set<String> vocabulary = new HashSet<>(List.of("true", "false", "null", "not_met", "missed"));
    definitions.questionnaire().questions().forEach(q -> vocabulary.add(q.id().value()));
    definitions.grid().criteria().forEach(c -> vocabulary.add(c.id().value()));
    for (Structure structure : definitions.structures()) {
      vocabulary.add(structure.id().value());
      if (structure.channels() != null) {
        structure.channels().forEach(channel -> vocabulary.add(channel.id()));
      }
    }
    definitions.edition().channels().forEach(channel -> vocabulary.add(channel.id()));
    definitions.questionnaire().questions().stream()
        .flatMap(q -> optionValues(q.type()).stream())
        .forEach(vocabulary::add);
    Set<String> secrets = new HashSet<>();
    for (String source : List.of(DataValidator.RESPONSES, DataValidator.AUDITS)) {
      for (String line : lines(edition.resolve(source))) {
        collect(line, secrets);
      }
    }
    secrets.removeAll(vocabulary);
    return secrets;
  }

  private static List<String> optionValues(QuestionType type) {
    List<String> values = new ArrayList<>();
    if (type instanceof QuestionType.SingleChoice choice) {
      choice.options().forEach(option -> values.add(option.value()));
    } else if (type instanceof QuestionType.MultiChoice choices) {
      choices.options().forEach(option -> values.add(option.value()));
    }
    return values;
  }

  private static void collect(String line, Set<String> secrets) {
    JsonNode node;
    try {
      node = CliRun.json(line);
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      Matcher id = LEADING_ID.matcher(line);
      if (id.find()) {
        add(id.group(1), secrets);
      }
      return;
    }
    for (String member : List.of("id", "respondent", "auditor", "comment")) {
      values(node.get(member), secrets);
    }
    for (String member : List.of("segment", "answers", "observations")) {
      values(node.get(member), secrets);
    }
  }

  /** Adds the scalar values under a node, keys of objects aside. */
  private static void values(JsonNode node, Set<String> secrets) {
    if (node == null || node.isNull() || node.isBoolean()) {
      return;
    }
    if (node.isContainer()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        values(member.getValue(), secrets);
      }
      for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
        values(element, secrets);
      }
      return;
    }
    add(node.isString() ? node.asString() : node.toString(), secrets);
  }

  private static void add(String value, Set<String> secrets) {
    if (value.codePointCount(0, value.length()) >= SHORTEST) {
      secrets.add(value);
    }
  }

  /** The lines of a file up to 1 MiB each, decoded as UTF-8 with replacement; longer ones cut. */
  private static List<String> lines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          lines.add(line.toString(StandardCharsets.UTF_8));
          line.reset();
        } else if (line.size() < (1 << 20)) {
          line.write(b);
        }
      }
    }
    return lines;
  }
}
