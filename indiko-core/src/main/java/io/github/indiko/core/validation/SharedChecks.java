package io.github.indiko.core.validation;

import io.github.indiko.core.Quantity;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The checks that responses and audit records share. */
final class SharedChecks {
  private SharedChecks() {}

  /**
   * @return {@code unknown_structure} or {@code not_enrolled}, or null when the structure exists
   *     and is enrolled
   */
  static @Nullable Fault structure(EditionIndex index, String structure) {
    if (index.structure(structure).isEmpty()) {
      return new Fault(
          RejectReason.UNKNOWN_STRUCTURE, "unknown structure " + JsonValue.shown(structure));
    }
    if (!index.enrolled(structure)) {
      return new Fault(RejectReason.NOT_ENROLLED, "structure " + structure + " is not enrolled");
    }
    return null;
  }

  /**
   * @param at the line's instant
   * @param text the instant as written, for the message
   * @return {@code outside_collection}, or null when the instant lies in [{@code from} 00:00,
   *     {@code to} + 1 day 00:00) in the edition's time zone
   */
  static @Nullable Fault collection(EditionIndex index, OffsetDateTime at, String text) {
    Edition edition = index.edition();
    if (edition.collection().contains(at.toInstant(), edition.timeZone())) {
      return null;
    }
    return new Fault(
        RejectReason.OUTSIDE_COLLECTION,
        text + " is outside the collection period " + edition.collection());
  }

  /**
   * @param quantity a number question or a measure
   * @param value a number, or anything else
   * @param notNumber the end of the message when the value is not a number
   * @return why the value is refused, or null when it is a number the quantity accepts
   */
  static @Nullable String quantityProblem(Quantity quantity, JsonValue value, String notNumber) {
    if (!(value instanceof NumberValue number)) {
      return value.shown() + " " + notNumber;
    }
    // The integer test reads the exact decimal: 4.0000000000000000001 is not an integer.
    if (quantity.integer() && !number.isInteger()) {
      return number.plain() + " is not an integer";
    }
    return quantity.refusal(number.value().doubleValue()).orElse(null);
  }
}
