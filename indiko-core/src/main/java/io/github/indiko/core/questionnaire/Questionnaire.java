package io.github.indiko.core.questionnaire;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.edition.DefinitionRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questionnaire of the online survey ({@code questionnaire.json}). A {@code (id, version)}
 * pair is immutable: a changed questionnaire gets a new version. Immutable and thread-safe.
 * Checked on construction: the reference ({@link DefinitionRef}), that nothing is null, at most
 * {@value #MAX_QUESTIONS} questions (a bound on memory), unique question ids (they key answers)
 * and distinct segment keys. Checked by Bean Validation: the rules of every question (cascaded
 * through the sections), at most {@value #MAX_SEGMENTS} segment keys and the rules of each.
 *
 * @param id its identifier
 * @param version its version, at least 1
 * @param defaultLocale the BCP 47 tag every localized text must hold
 * @param title its title
 * @param sections its sections, in order, with at most {@value #MAX_QUESTIONS} questions in all
 * @param segments the segment keys it declares, in order (analysis.md §A2), empty when it declares
 *     none: then a response's {@code segment} is free and not analysed
 */
public record Questionnaire(
    String id,
    int version,
    String defaultLocale,
    LocalizedText title,
    List<@Valid Section> sections,
    @Size(
            max = MAX_SEGMENTS,
            message = "{io.github.indiko.core.questionnaire.Questionnaire.segments}")
        List<@Valid Segment> segments) {
  /**
   * Most questions of a questionnaire, across its sections: ten times the longest public-service
   * survey one would ask a citizen to fill in, and a bound on the per-question state of scoring.
   */
  public static final int MAX_QUESTIONS = 500;

  /** Most segment keys a questionnaire declares (analysis.md §A2, Declaration). */
  public static final int MAX_SEGMENTS = 8;

  /**
   * Checks the reference, the number of questions, that question ids and segment keys are unique,
   * and copies.
   */
  public Questionnaire {
    new DefinitionRef(id, version);
    Objects.requireNonNull(defaultLocale, "defaultLocale");
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    int count = sections.stream().mapToInt(section -> section.questions().size()).sum();
    if (count > MAX_QUESTIONS) {
      throw new IllegalArgumentException(
          "a questionnaire has at most " + MAX_QUESTIONS + " questions: " + count);
    }
    Map<QuestionId, Boolean> seen = new HashMap<>();
    for (Section section : sections) {
      for (Question question : section.questions()) {
        if (seen.put(question.id(), Boolean.TRUE) != null) {
          throw new IllegalArgumentException("question id " + question.id() + " is repeated");
        }
      }
    }
    segments = List.copyOf(segments);
    Set<String> keys = new HashSet<>();
    for (Segment segment : segments) {
      if (!keys.add(segment.key())) {
        throw new IllegalArgumentException("segment key " + segment.key() + " is repeated");
      }
    }
  }

  /**
   * A questionnaire that declares no segment.
   *
   * @param id its identifier
   * @param version its version, at least 1
   * @param defaultLocale the BCP 47 tag every localized text must hold
   * @param title its title
   * @param sections its sections, in order
   */
  public Questionnaire(
      String id, int version, String defaultLocale, LocalizedText title, List<Section> sections) {
    this(id, version, defaultLocale, title, sections, List.of());
  }

  /**
   * @param key a segment key
   * @return the position of the declared segment with that key, or −1 when none has it
   */
  public int segmentPosition(String key) {
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @return its id and version
   */
  public DefinitionRef ref() {
    return new DefinitionRef(id, version);
  }

  /**
   * @return every question in document order across sections
   */
  public List<Question> questions() {
    List<Question> all = new ArrayList<>();
    sections.forEach(section -> all.addAll(section.questions()));
    return Collections.unmodifiableList(all);
  }

  /**
   * @param id a question id
   * @return the question with that id, if any
   */
  public Optional<Question> question(QuestionId id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }
}
