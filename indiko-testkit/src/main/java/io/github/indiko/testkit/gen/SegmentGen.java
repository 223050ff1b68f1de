package io.github.indiko.testkit.gen;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of the segments a questionnaire declares and of the {@code segment} of responses
 * (analysis.md §A2): declarations of 0 to 3 keys of 2 to 6 values, values of every form a value
 * may take ({@code 16-34}, {@code 65+}, {@code f}, dotted, long), answers that give a declared
 * value of some keys and omit others, and answers that name an undeclared key or value.
 *
 * <p>Deterministic for a seed, shrinking toward no segment, then fewer keys and values and the
 * first value. Immutable and thread-safe.
 */
public final class SegmentGen {
  /** Most keys a generated questionnaire declares. */
  public static final int MAX_KEYS = 3;

  /** Most values of a generated key. */
  public static final int MAX_VALUES = 6;

  /** Values as operators write them: age bands, open-ended bands, codes. */
  private static final List<String> VALUES =
      List.of("16-34", "35-64", "65+", "f", "m", "18-24", "75+", "1", "0", "urban", "a.b", "x+y");

  private static final String VALUE_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String VALUE_REST = VALUE_FIRST + "._+-";

  /** Values no declaration generated here holds: not of the value form, or long. */
  private static final List<String> UNDECLARED_VALUES =
      List.of("", "Femme", "65 +", "16–34", "+", "-1", "a".repeat(64) + "b", " f", "F");

  private SegmentGen() {}

  /**
   * @param locale the questionnaire's default locale, which every label holds
   * @return declarations of 0 to {@value #MAX_KEYS} segment keys (none half of the time), each
   *     of 2 to {@value #MAX_VALUES} distinct values, keys distinct
   */
  public static Gen<List<Segment>> segments(String locale) {
    Objects.requireNonNull(locale, "locale");
    return source -> segments(source, locale);
  }

  /**
   * @param segments the declared segments
   * @return {@code segment} members of responses: for each declared key, in order, one of its
   *     values three times in four, else nothing (a response may omit any key)
   */
  public static Gen<Map<String, String>> answers(List<Segment> segments) {
    List<Segment> copy = List.copyOf(segments);
    return source -> answer(source, copy);
  }

  // ------------------------------------------------------------------ package-private draws

  static List<Segment> segments(RandomSource source, String locale) {
    int count = Draws.coin(source) ? Draws.between(source, 1, MAX_KEYS) : 0;
    Set<String> keys = new HashSet<>();
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = Draws.unique(DomainGen.identifier(source), keys, '-');
      Set<String> taken = new HashSet<>();
      List<SegmentValue> values = new ArrayList<>();
      for (int v = Draws.between(source, Segment.MIN_VALUES, MAX_VALUES); v > 0; v--) {
        values.add(
            new SegmentValue(
                Draws.unique(value(source), taken, '-'), label(source, locale)));
      }
      segments.add(new Segment(key, label(source, locale), values));
    }
    return segments;
  }

  /**
   * A short label in the default locale, in English half of the time too: labels are many, and
   * short ones keep the draws few, so that a failing example still shrinks far.
   */
  static LocalizedText label(RandomSource source, String locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(locale, DomainGen.nonEmptyText(source, 12));
    if (Draws.coin(source)) {
      texts.put("en", DomainGen.text(source, 12));
    }
    return new LocalizedText(texts);
  }

  /** A value of the value form: one operators write, or a drawn one with {@code +} among. */
  static String value(RandomSource source) {
    if (!Draws.oneIn(source, 3)) {
      return Draws.pick(source, VALUES);
    }
    int length =
        Draws.oneIn(source, 8) ? Draws.between(source, 1, 64) : Draws.between(source, 1, 8);
    StringBuilder value = new StringBuilder();
    value.append(VALUE_FIRST.charAt((int) source.next(VALUE_FIRST.length() - 1L)));
    while (value.length() < length) {
      value.append(VALUE_REST.charAt((int) source.next(VALUE_REST.length() - 1L)));
    }
    return value.toString();
  }

  static Map<String, String> answer(RandomSource source, List<Segment> segments) {
    Map<String, String> answer = new LinkedHashMap<>();
    for (Segment segment : segments) {
      if (!Draws.oneIn(source, 4)) {
        answer.put(segment.key(), Draws.pick(source, segment.values()).value());
      }
    }
    return answer;
  }

  /**
   * A valid answer changed to name an undeclared key (with a declared value of another key, or
   * another value) or, for a declared key, a value it does not declare.
   *
   * @param segments the declared segments, at least one
   */
  static Map<String, String> undeclared(RandomSource source, List<Segment> segments) {
    Map<String, String> answer = answer(source, segments);
    Segment segment = Draws.pick(source, segments);
    if (Draws.coin(source)) {
      Set<String> keys = new HashSet<>();
      segments.forEach(declared -> keys.add(declared.key()));
      String key = Draws.unique(DomainGen.identifier(source), keys, '-');
      answer.put(
          key,
          Draws.coin(source)
              ? Draws.pick(source, segment.values()).value()
              : Draws.pick(source, UNDECLARED_VALUES));
    } else {
      Set<String> values = new HashSet<>();
      segment.values().forEach(declared -> values.add(declared.value()));
      String value =
          Draws.coin(source) ? value(source) : Draws.pick(source, UNDECLARED_VALUES);
      answer.put(segment.key(), Draws.unique(value, values, '-'));
    }
    return answer;
  }
}
