package io.github.indiko.core.format;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Strings;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code segments} a questionnaire declares (analysis.md §A2, Declaration): keys that
 * are identifiers and distinct, values of the segment value form and distinct within their key,
 * a label on each. The numbers of keys and of values are the records' constraints ({@link
 * Questionnaire#MAX_SEGMENTS}, {@link Segment#MIN_VALUES}, {@link Segment#MAX_VALUES}).
 */
final class SegmentsReader {
  private SegmentsReader() {}

  /**
   * @param root the questionnaire's members
   * @return the declared segments in order, empty when the member is absent or {@code null}; null
   *     when one is invalid (reported)
   */
  static @Nullable List<Segment> read(Members root) {
    Value value = root.optional("segments");
    if (value == null) {
      return List.of();
    }
    List<Segment> segments = value.list(SegmentsReader::segment);
    if (segments == null) {
      return null;
    }
    Documents.validate(Questionnaire.class, "segments", segments, root.value());
    Map<String, String> first = new HashMap<>();
    boolean unique = true;
    for (int i = 0; i < segments.size(); i++) {
      String key = segments.get(i).key();
      String pointer = value.pointer() + "/" + i;
      unique &= value.problems().first(first, key, pointer, "key", "segment key " + key);
    }
    return unique ? segments : null;
  }

  private static @Nullable Segment segment(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String key = members.required("key", Value::identifier);
    LocalizedText label = members.required("label", Value::localized);
    Value valuesValue = members.required("values");
    List<SegmentValue> values =
        valuesValue == null ? null : valuesValue.list(SegmentsReader::segmentValue);
    members.end();
    if (key == null || label == null || values == null || !distinct(values, valuesValue)) {
      return null;
    }
    Segment segment = value.build(() -> new Segment(key, label, values));
    Documents.validate(segment, value);
    return segment;
  }

  /** Reports a value repeated within its key at its pointer. */
  private static boolean distinct(List<SegmentValue> values, Value at) {
    Map<String, String> first = new HashMap<>();
    boolean distinct = true;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i).value();
      distinct &=
          at.problems()
              .first(first, value, at.pointer() + "/" + i, "value", "segment value " + value);
    }
    return distinct;
  }

  private static @Nullable SegmentValue segmentValue(Value value) {
    Members members = value.object();
    if (members == null) {
      return null;
    }
    String text = members.required("value", SegmentsReader::form);
    LocalizedText label = members.required("label", Value::localized);
    members.end();
    return text == null || label == null ? null : new SegmentValue(text, label);
  }

  /**
   * @return a string of the form of a segment value, {@link SegmentValue#FORM}
   */
  private static @Nullable String form(Value value) {
    String text = value.string();
    if (text == null) {
      return null;
    }
    if (!SegmentValue.FORM.matcher(text).matches()) {
      value.problem(
          "must be a segment value ([a-z0-9][a-z0-9._+-]{0,63}): \""
              + Strings.abbreviate(text)
              + "\"");
      return null;
    }
    return text;
  }
}
