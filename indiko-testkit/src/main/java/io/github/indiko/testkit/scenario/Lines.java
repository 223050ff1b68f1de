package io.github.indiko.testkit.scenario;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Writes the data line of a scenario and reads the validator's verdict on it. */
final class Lines {
  /** The id of every scenario's line. */
  static final String ID = "scenario";

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** Numbers written as integers below this magnitude, where doubles are still exact. */
  private static final double EXACT_INTEGERS = 1e15;

  private Lines() {}

  /**
   * @return the first enrolled structure
   * @throws IllegalArgumentException when the edition enrols none
   */
  static StructureId firstEnrolled(EditionDefinitions definitions) {
    List<Enrolment> enrolments = definitions.enrolments();
    if (enrolments.isEmpty()) {
      throw new IllegalArgumentException(
          "edition " + definitions.edition().id() + " enrols no structure to answer for");
    }
    return enrolments.get(0).structure();
  }

  /**
   * @return noon of the first day of the collection period, in the edition's time zone
   */
  static String inCollection(Edition edition) {
    return edition
        .collection()
        .from()
        .atTime(LocalTime.NOON)
        .atZone(edition.timeZone())
        .format(INSTANT);
  }

  /** Appends a JSON string. */
  static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Appends a JSON number: an integral value without a fraction. */
  static void number(StringBuilder out, double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
      out.append((long) value);
    } else {
      out.append(value);
    }
  }

  /** Appends {@code "name":}. */
  static void member(StringBuilder out, String name) {
    if (out.charAt(out.length() - 1) != '{') {
      out.append(',');
    }
    string(out, name);
    out.append(':');
  }

  /**
   * @param read reads the stream with the validator, e.g. {@code (in, sink) ->
   *     validator.validateResponses(in, DataValidator.RESPONSES, sink)}
   * @return the verdict on the one line
   */
  static Verdict verdict(String line, BiConsumer<InputStream, Consumer<LineResult<?>>> read) {
    List<LineResult<?>> results = new ArrayList<>();
    read.accept(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), results::add);
    if (results.size() != 1) {
      throw new IllegalStateException("one line gave " + results.size() + " results");
    }
    if (results.get(0) instanceof LineResult.Rejected<?> rejected) {
      return new Verdict.Rejected(rejected.reject().reason(), rejected.reject().message());
    }
    return Verdict.ACCEPTED;
  }
}
