package io.github.indiko.forms;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.structure.StructureId;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the host knows of a submission and the citizen did not type. Immutable.
 *
 * @param id the new response's id, unique in the edition (the host's storage ensures it)
 * @param structure the structure the survey is about
 * @param channel the channel the citizen used
 * @param submittedAt when the form was received
 * @param respondent a pseudonymous token of the respondent (never an e-mail or a name), or null
 * @param locale the citizen's language: the messages of a refusal are in French for a locale of
 *     language {@code fr}, in English otherwise; the response records its language tag
 * @param csrfFieldName the name of the host's anti-forgery field, ignored when parsing, or null
 */
public record SubmissionContext(
    ResponseId id,
    StructureId structure,
    Channel channel,
    OffsetDateTime submittedAt,
    @Nullable String respondent,
    Locale locale,
    @Nullable String csrfFieldName) {
  /** Checks that nothing required is null. */
  public SubmissionContext {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(locale, "locale");
  }
}
