package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.samples.SampleEdition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** The 2017 sample's definitions and helpers to post to its form. */
final class Forms {
  static final String CSRF = "_csrf";
  static final EditionDefinitions SAMPLE = load();

  /** When the forms of the tests are received: in the sample's collection period. */
  static final Clock CLOCK = at("2017-09-14T10:32:00+02:00");

  static final Submissions SUBMISSIONS = submissions(SAMPLE);

  private Forms() {}

  /** Loads the sample from a temporary copy (the codec reads a folder, a jar holds none). */
  private static EditionDefinitions load() {
    try {
      Path folder = SampleEdition.copyTo(Files.createTempDirectory("indiko-forms-sample"));
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

  /** A clock stopped at an instant, e.g. {@code 2017-09-14T10:32:00+02:00}. */
  static Clock at(String instant) {
    return Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ZoneOffset.UTC);
  }

  /** Submissions of an edition, with the default limits, received at {@link #CLOCK}. */
  static Submissions submissions(EditionDefinitions definitions) {
    return Submissions.of(definitions, SubmissionLimits.defaults(), CLOCK);
  }

  static SubmissionContext context(Locale locale) {
    return new SubmissionContext(
        new ResponseId("r-web-1"),
        new StructureId("mairie-grandpre-sur-vire"),
        Channel.WEBSITE,
        OffsetDateTime.parse("2017-09-14T10:32:00+02:00"),
        "tok-1",
        locale,
        CSRF);
  }

  static Submission post(String body) {
    return SUBMISSIONS.parse(body, context(Locale.FRENCH));
  }

  /** A body from name, value, name, value… pairs, encoded as a browser does. */
  static String body(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** The three required questions of the sample, answered. */
  static String minimal(String... more) {
    String[] pairs = new String[6 + more.length];
    System.arraycopy(
        new String[] {"courtesy_staff", "4", "problem_solved", "yes", "overall", "5"}, 0, pairs, 0, 6);
    System.arraycopy(more, 0, pairs, 6, more.length);
    return body(pairs);
  }

  static Submission.Rejected rejected(Submission submission) {
    if (submission instanceof Submission.Rejected rejected) {
      return rejected;
    }
    throw new AssertionError("accepted: " + ((Submission.Accepted) submission).line());
  }

  static Submission.Accepted accepted(Submission submission) {
    if (submission instanceof Submission.Accepted accepted) {
      return accepted;
    }
    throw new AssertionError("rejected: " + ((Submission.Rejected) submission).errors());
  }
}
