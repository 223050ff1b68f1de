package io.github.indiko.core.response;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.DefinitionRef;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.structure.StructureId;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's response to the survey (a line of {@code responses.jsonl}). Immutable.
 *
 * @param id its identifier
 * @param questionnaire the questionnaire and version answered
 * @param structure the structure it is about
 * @param channel the channel the citizen used
 * @param submittedAt when it was submitted, with the offset given
 * @param locale the BCP 47 tag of the language it was answered in, or null
 * @param respondent a pseudonymous token of the respondent (never an e-mail or a name), or null
 * @param segment segment name to value (age band…), in document order
 * @param answers question to answer, in document order; unanswered questions are absent
 */
public record Response(
    ResponseId id,
    DefinitionRef questionnaire,
    StructureId structure,
    Channel channel,
    OffsetDateTime submittedAt,
    @Nullable String locale,
    @Nullable String respondent,
    Map<String, String> segment,
    Map<QuestionId, Answer> answers) {

  /** Checks that nothing required is null, and copies the maps. */
  public Response {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(submittedAt, "submittedAt");
    segment = Collections.unmodifiableMap(new LinkedHashMap<>(segment));
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /**
   * @param answers question to answer, in document order
   * @return the same response with these answers instead of its own
   */
  public Response withAnswers(Map<QuestionId, Answer> answers) {
    return new Response(
        id, questionnaire, structure, channel, submittedAt, locale, respondent, segment, answers);
  }
}
