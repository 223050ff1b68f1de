package io.github.indiko.core.validation;

import io.github.indiko.core.Quantity;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.internal.data.JsonValue;
import io.github.indiko.core.internal.data.JsonValue.NumberValue;
import io.github.indiko.core.internal.data.JsonValue.ObjectValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The checks that responses and audit records share. */
final class SharedChecks {
  private SharedChecks() {}

  /**
   * The members every accepted line has, read once its envelope passed {@link #head}.
   *
   * @param id the line's id
   * @param structure the structure, which exists and is enrolled
   * @param channel the channel, known (and, for audits, offered by the structure)
   * @param at the line's instant, inside the collection period
   */
  record Head(String id, String structure, Channel channel, OffsetDateTime at) {}

  /**
   * The checks of a well-formed envelope, in formats.md's order: the definition and its version
   * ({@code unknown_questionnaire} or {@code unknown_grid}), the structure ({@code
   * unknown_structure}, {@code not_enrolled}), the channel ({@code unknown_channel}; an audit's
   * channel must also be offered by the structure, formats.md), the period ({@code
   * outside_collection}).
   *
   * @param definition the member naming the definition: {@code questionnaire} or {@code grid}
   * @param expected the edition's definition
   * @param timeMember {@code submittedAt} or {@code performedAt}
   * @param offered whether the structure must offer the channel (audits)
   */
  static Verdict<Head> head(
      EditionIndex index,
      ObjectValue line,
      String definition,
      DefinitionRef expected,
      RejectReason unknownDefinition,
      String timeMember,
      boolean offered) {
    return head(
        index, line, definition, List.of(expected), unknownDefinition, timeMember, offered);
  }

  /**
   * The checks of {@link #head(EditionIndex, ObjectValue, String, DefinitionRef, RejectReason,
   * String, boolean)}, the line naming one of several versions of the definition (analysis.md
   * §A4).
   *
   * @param expected the versions the edition names
   */
  static Verdict<Head> head(
      EditionIndex index,
      ObjectValue line,
      String definition,
      List<DefinitionRef> expected,
      RejectReason unknownDefinition,
      String timeMember,
      boolean offered) {
    String named = required(line, definition);
    long version = Envelope.integer(line, "version");
    if (expected.stream().noneMatch(ref -> ref.id().equals(named) && ref.version() == version)) {
      return Verdict.rejected(
          unknownDefinition,
          definition + " " + JsonValue.shown(named) + " v" + version + " is not the edition's");
    }
    String structureId = required(line, "structure");
    Fault fault = structure(index, structureId);
    if (fault != null) {
      return new Verdict.Rejected<>(fault);
    }
    String channelId = required(line, "channel");
    Channel channel = index.knownChannel(channelId).orElse(null);
    if (channel == null) {
      return Verdict.rejected(
          RejectReason.UNKNOWN_CHANNEL, "unknown channel " + JsonValue.shown(channelId));
    }
    if (offered && !index.structure(structureId).orElseThrow().offers(channel)) {
      return Verdict.rejected(
          RejectReason.UNKNOWN_CHANNEL, structureId + " does not offer channel " + channel);
    }
    OffsetDateTime at = Envelope.instant(line, timeMember);
    fault = collection(index, at, required(line, timeMember));
    if (fault != null) {
      return new Verdict.Rejected<>(fault);
    }
    return new Verdict.Accepted<>(new Head(required(line, "id"), structureId, channel, at));
  }

  private static String required(ObjectValue line, String member) {
    String value = Envelope.string(line, member);
    if (value == null) {
      throw new IllegalStateException("required member " + member + " was checked");
    }
    return value;
  }

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
    String problem = numberProblem(quantity, value, notNumber);
    if (problem != null) {
      return problem;
    }
    return quantity.refusal(((NumberValue) value).value().doubleValue()).orElse(null);
  }

  /**
   * @param quantity a number question or a measure
   * @param value a number, or anything else
   * @param notNumber the end of the message when the value is not a number
   * @return why the value is not a number of the quantity's kind (an integer when it wants one),
   *     or null; its range is not checked
   */
  static @Nullable String numberProblem(Quantity quantity, JsonValue value, String notNumber) {
    if (!(value instanceof NumberValue number)) {
      return value.shown() + " " + notNumber;
    }
    // The integer test reads the exact decimal: 4.0000000000000000001 is not an integer.
    return quantity.integer() && !number.isInteger() ? number.plain() + " is not an integer" : null;
  }
}
