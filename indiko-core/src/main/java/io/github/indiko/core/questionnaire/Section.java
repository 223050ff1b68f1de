package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.internal.Checks;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section of a questionnaire. Checked on construction: the identifier. Checked by Bean
 * Validation: its questions (cascaded).
 *
 * @param id its identifier
 * @param title its title, or null
 * @param questions its questions, in order
 */
public record Section(String id, @Nullable LocalizedText title, List<@Valid Question> questions) {
  /** Checks the identifier and copies the questions. */
  public Section {
    Checks.identifier(id, "section");
    questions = List.copyOf(questions);
  }
}
