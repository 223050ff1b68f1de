package io.github.indiko.forms;

import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.structure.StructureId;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the host knows of an audit submission and the auditor did not type. Immutable.
 *
 * @param id the new record's id, unique in the edition (the host's storage ensures it)
 * @param structure the structure audited: the one the form was rendered for
 * @param channel the channel audited: the one the form was rendered for
 * @param auditor the auditor's identifier as the host authenticated them, or null; a calibration
 *     audit needs one (analysis.md §A5)
 * @param locale the auditor's language: the messages of a refusal are in French for a locale of
 *     language {@code fr}, in English otherwise
 * @param csrfFieldName the name of the host's anti-forgery field, ignored when parsing, or null
 * @param kept the records the host keeps, read when the auditor names the record a calibration
 *     audit doubles
 */
public record AuditContext(
    AuditId id,
    StructureId structure,
    Channel channel,
    @Nullable String auditor,
    Locale locale,
    @Nullable String csrfFieldName,
    KeptAudits kept) {
  /** Checks that nothing required is null. */
  public AuditContext {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(kept, "kept");
  }

  /**
   * A context whose host keeps no record: a double it names is refused as {@code
   * unknown_original}.
   *
   * @param id the new record's id
   * @param structure the structure audited
   * @param channel the channel audited
   * @param auditor the auditor's identifier, or null
   * @param locale the auditor's language
   * @param csrfFieldName the name of the host's anti-forgery field, or null
   */
  public AuditContext(
      AuditId id,
      StructureId structure,
      Channel channel,
      @Nullable String auditor,
      Locale locale,
      @Nullable String csrfFieldName) {
    this(id, structure, channel, auditor, locale, csrfFieldName, KeptAudits.none());
  }
}
