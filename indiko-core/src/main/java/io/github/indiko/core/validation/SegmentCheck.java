package io.github.indiko.core.validation;

import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.questionnaire.SegmentValue;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The check of a response's {@code segment} against the segments its questionnaire declares
 * ({@code invalid_segment}, analysis.md §A2, Declaration): made by the reference checks ({@link
 * ResponseCheck}), which give the reject's message; the fast reader ({@link FastResponses}) reads
 * only declared keys and values and leaves any other line to them, so both paths give the same
 * reject.
 */
final class SegmentCheck {
  /** Most declared values a message lists, so that it stays short (a key has up to 50). */
  static final int LISTED = 10;

  private SegmentCheck() {}

  /**
   * @param questionnaire the edition's questionnaire
   * @param segment the response's segment, key to value in document order
   * @return {@code invalid_segment} for the first key that is not declared or whose value is not
   *     a declared value of it; null when every one is, and always when the questionnaire declares
   *     no segment (then {@code segment} is free)
   */
  static @Nullable Fault fault(Questionnaire questionnaire, Map<String, String> segment) {
    List<Segment> declared = questionnaire.segments();
    if (declared.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, String> entry : segment.entrySet()) {
      int key = questionnaire.segmentPosition(entry.getKey());
      if (key < 0) {
        return new Fault(
            RejectReason.INVALID_SEGMENT,
            "segment key "
                + JsonValue.shown(entry.getKey())
                + " (value "
                + JsonValue.shown(entry.getValue())
                + ") is not one of "
                + listed(declared.stream().map(Segment::key).toList()));
      }
      Segment declaredKey = declared.get(key);
      if (declaredKey.position(entry.getValue()) < 0) {
        return new Fault(
            RejectReason.INVALID_SEGMENT,
            "segment "
                + declaredKey.key()
                + ": "
                + JsonValue.shown(entry.getValue())
                + " is not one of "
                + listed(declaredKey.values().stream().map(SegmentValue::value).toList()));
      }
    }
    return null;
  }

  /**
   * @return the first {@value #LISTED} names, comma-separated, then how many there are in all when
   *     there are more
   */
  static String listed(List<String> names) {
    if (names.size() <= LISTED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED)) + ", … (" + names.size() + " in all)";
  }
}
