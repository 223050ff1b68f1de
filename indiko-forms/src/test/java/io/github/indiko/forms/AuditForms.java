package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The 2017 sample's definitions for the auditors' form: as shipped ({@link #SAMPLE}), and with an
 * email criterion counted in working days ({@code email_reply_days}, analysis.md §A6) and a check
 * whose condition compares it with a number ({@code email_followup}) after {@code email_delay}
 * ({@link #DAYS}).
 */
final class AuditForms {
  static final StructureId GRANDPRE = new StructureId("mairie-grandpre-sur-vire");

  /** The criteria added after {@code email_delay} in {@link #DAYS}. */
  static final String DAY_CRITERIA =
      """
      {"id": "email_reply_days", "channel": "email", "theme": "waiting_time", "type": "measure",
       "unit": "working_day", "integer": true, "min": 0, "max": 60,
       "label": {"fr": "Délai de réponse en jours ouvrés", "en": "Working days to answer"}},
      {"id": "email_followup", "channel": "email", "theme": "efficiency", "type": "check",
       "when": "email_reply_days > 10",
       "label": {"fr": "Relance proposée", "en": "Follow-up offered"}},
      """;

  static final EditionDefinitions SAMPLE = load(grid -> grid);
  static final EditionDefinitions DAYS =
      load(grid -> inserted(grid, "{\n      \"id\": \"email_complete\"", DAY_CRITERIA));

  static final AuditSubmissions SUBMISSIONS = AuditSubmissions.of(SAMPLE);
  static final AuditSubmissions DAY_SUBMISSIONS = AuditSubmissions.of(DAYS);

  private AuditForms() {}

  /**
   * @return the text with {@code insertion} inserted before {@code before}
   * @throws IllegalStateException when the text does not hold {@code before}
   */
  static String inserted(String text, String before, String insertion) {
    int at = text.indexOf(before);
    if (at < 0) {
      throw new IllegalStateException("the grid holds no " + before);
    }
    return text.substring(0, at) + insertion + text.substring(at);
  }

  /** Loads the sample from a temporary copy whose grid.json {@code edit} rewrote. */
  static EditionDefinitions load(UnaryOperator<String> edit) {
    try {
      Path folder = SampleEdition.copyTo(Files.createTempDirectory("indiko-audit-form"));
      Path grid = folder.resolve("grid.json");
      Files.writeString(
          grid, edit.apply(Files.readString(grid, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
      EditionDefinitions definitions = EditionFolder.load(folder);
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
      return definitions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AuditContext context(Channel channel, Locale locale) {
    return new AuditContext(
        new AuditId("a-web-1"), GRANDPRE, channel, "aud-07", locale, Forms.CSRF);
  }

  static AuditSubmission post(Channel channel, String body) {
    return SUBMISSIONS.parse(body, context(channel, Locale.FRENCH));
  }

  /** A visit on 12 September 2017 at 10:05 in Paris, then the pairs given. */
  static String visit(String... pairs) {
    String[] all = new String[4 + pairs.length];
    System.arraycopy(new String[] {"ik:date", "2017-09-12", "ik:time", "10:05"}, 0, all, 0, 4);
    System.arraycopy(pairs, 0, all, 4, pairs.length);
    return Forms.body(all);
  }

  /** Every in_person criterion of the sample observed: a check of each word and a measure. */
  static String inPerson(String... more) {
    String[] pairs = {
      "desk_signage", "met",
      "desk_wait", "value", "desk_wait:value", "12",
      "desk_greeting", "not_met",
      "desk_answer", "na",
      "desk_docs", "met"
    };
    String[] all = new String[pairs.length + more.length];
    System.arraycopy(pairs, 0, all, 0, pairs.length);
    System.arraycopy(more, 0, all, pairs.length, more.length);
    return visit(all);
  }

  static AuditSubmission.Rejected rejected(AuditSubmission submission) {
    if (submission instanceof AuditSubmission.Rejected rejected) {
      return rejected;
    }
    throw new AssertionError("accepted: " + ((AuditSubmission.Accepted) submission).line());
  }

  static AuditSubmission.Accepted accepted(AuditSubmission submission) {
    if (submission instanceof AuditSubmission.Accepted accepted) {
      return accepted;
    }
    throw new AssertionError("rejected: " + ((AuditSubmission.Rejected) submission).errors());
  }
}
