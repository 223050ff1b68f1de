package io.github.indiko.samples;

import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.gen.Draws;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The data lines of one file of a {@link SyntheticEdition}, written as they are drawn: each line
 * is valid or, with the invalid ratio's probability, replaced by the lines of a reject reason (the
 * first replacements cycle through the reasons in order, the next ones draw one), whose ids are
 * renumbered into the file's sequence of ids.
 */
final class SyntheticLines {
  private static final Pattern LEADING_ID =
      Pattern.compile("^\\{\"id\":\"([a-z0-9][a-z0-9._-]{0,63})\"");

  /** The {@code of} of a double (analysis.md §A5), written last. */
  private static final Pattern TRAILING_OF =
      Pattern.compile(",\"of\":\"([a-z0-9][a-z0-9._-]{0,63})\"}$");
  private static final long PER_MILLION = 1_000_000;

  private final String prefix;
  private final LineMaker valid;
  private final Map<RejectReason, Gen<String>> invalid;
  private final Follower follower;

  /**
   * @param prefix the prefix of the ids, followed by seven digits from 1 on
   * @param valid how a valid line is made
   * @param invalid the generators of the invalid lines by reason, in the order they first come
   */
  SyntheticLines(String prefix, LineMaker valid, Map<RejectReason, Gen<String>> invalid) {
    this(prefix, valid, invalid, id -> null);
  }

  /**
   * @param prefix the prefix of the ids, followed by seven digits from 1 on
   * @param valid how a valid line is made
   * @param invalid the generators of the invalid lines by reason, in the order they first come
   * @param follower what may follow each valid line, under the next id
   */
  SyntheticLines(
      String prefix, LineMaker valid, Map<RejectReason, Gen<String>> invalid, Follower follower) {
    this.prefix = prefix;
    this.valid = valid;
    this.invalid = invalid;
    this.follower = follower;
  }

  /** A valid line from its source and its id. */
  @FunctionalInterface
  interface LineMaker {
    String line(RandomSource source, String id);
  }

  /**
   * What follows the valid line just made, drawing from its own source: a line under the given id
   * (a calibration double of the audit just made), or null for none. The count of lines written
   * does not include it.
   */
  @FunctionalInterface
  interface Follower {
    @Nullable String line(String id);
  }

  /**
   * The generators of the reasons these definitions can produce, in the order of {@code reasons};
   * InvalidLines refuses to make one it cannot (IllegalArgumentException), and that reason goes
   * to {@code leftOut}.
   */
  static Map<RejectReason, Gen<String>> producible(
      Set<RejectReason> reasons,
      Function<RejectReason, Gen<String>> generator,
      Set<RejectReason> leftOut) {
    Map<RejectReason, Gen<String>> generators = new LinkedHashMap<>();
    for (RejectReason reason : reasons) {
      try {
        generators.put(reason, generator.apply(reason));
      } catch (IllegalArgumentException cannot) {
        leftOut.add(reason);
      }
    }
    return generators;
  }

  /**
   * @return {@code prefix} followed by {@code number} in seven digits or more
   */
  static String id(String prefix, long number) {
    return prefix + String.format(Locale.ROOT, "%07d", number);
  }

  /**
   * Writes {@code count} lines to {@code file}, replacing it, each valid one followed by what the
   * follower gives.
   *
   * @param invalidRatio the probability that a line is replaced by invalid ones, in [0, 1]
   */
  void write(Path file, long count, RandomSource source, double invalidRatio) throws IOException {
    List<RejectReason> order = List.copyOf(invalid.keySet());
    long threshold = Math.round(invalidRatio * PER_MILLION);
    long invalidLines = 0;
    long next = 1;
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
            1 << 16)) {
      for (long i = 0; i < count; i++) {
        if (source.next(PER_MILLION - 1) < threshold) {
          RejectReason reason =
              invalidLines < order.size()
                  ? order.get((int) invalidLines)
                  : Draws.pick(source, order);
          invalidLines++;
          next = writeRenumbered(out, invalid.get(reason).generate(source), next);
        } else {
          out.write(valid.line(source, id(prefix, next++)));
          out.write('\n');
          String following = follower.line(id(prefix, next));
          if (following != null) {
            out.write(following);
            out.write('\n');
            next++;
          }
        }
      }
    }
  }

  /**
   * Writes {@code lines}, each that starts with a valid id under the next id of the file, the same
   * for the same id (the two lines of a {@code duplicate_id} stay duplicates, and a double's {@code
   * of} keeps naming the line it named); a line without one is written as it is and takes an id
   * all the same.
   *
   * @param first the number of the file's next id
   * @return the number of the file's next id after these lines
   */
  private long writeRenumbered(Writer out, String lines, long first) throws IOException {
    long next = first;
    Map<String, String> renamed = new HashMap<>();
    for (String line : lines.split("\n", -1)) {
      Matcher matcher = LEADING_ID.matcher(line);
      if (matcher.find()) {
        String id = renamed.get(matcher.group(1));
        if (id == null) {
          id = id(prefix, next++);
          renamed.put(matcher.group(1), id);
        }
        line = "{\"id\":\"" + id + "\"" + line.substring(matcher.end());
        Matcher of = TRAILING_OF.matcher(line);
        if (of.find() && renamed.containsKey(of.group(1))) {
          line = line.substring(0, of.start()) + ",\"of\":\"" + renamed.get(of.group(1)) + "\"}";
        }
      } else {
        next++;
      }
      out.write(line);
      out.write('\n');
    }
    return next;
  }
}
