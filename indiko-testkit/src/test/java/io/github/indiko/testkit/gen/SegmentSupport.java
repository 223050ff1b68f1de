package io.github.indiko.testkit.gen;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.core.questionnaire.Segment;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.LineReader;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.property.RandomSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What indiko-core does with declared segments (analysis.md §A2), asked of core itself: whether
 * format v1 writes and reads them back, and whether validation rejects an undeclared key or value
 * as {@code invalid_segment}. The generators declare segments whatever core does; the tests that
 * go through core expect what it does, so that they hold before and after core carries segments.
 */
public final class SegmentSupport {
  private static final boolean CARRIED = probeCarried();
  private static final boolean VALIDATED = probeValidated();

  private SegmentSupport() {}

  /**
   * @return whether {@code questionnaire.json} carries the declared segments through a round trip
   */
  public static boolean carried() {
    return CARRIED;
  }

  /**
   * @return whether validation rejects an undeclared segment key or value as {@code
   *     invalid_segment}
   */
  public static boolean validated() {
    return VALIDATED;
  }

  /**
   * @param questionnaire a questionnaire
   * @return it as format v1 carries it: the same, or without its segments while they are not
   *     carried
   */
  public static Questionnaire asCarried(Questionnaire questionnaire) {
    return CARRIED ? questionnaire : withSegments(questionnaire, List.of());
  }

  /**
   * @param definitions definitions
   * @return them as format v1 carries them (see {@link #asCarried(Questionnaire)})
   */
  public static EditionDefinitions asCarried(EditionDefinitions definitions) {
    return new EditionDefinitions(
        definitions.edition(),
        definitions.structures(),
        definitions.enrolments(),
        asCarried(definitions.questionnaire()),
        definitions.grid());
  }

  static Questionnaire withSegments(Questionnaire questionnaire, List<Segment> segments) {
    return new Questionnaire(
        questionnaire.id(),
        questionnaire.version(),
        questionnaire.defaultLocale(),
        questionnaire.title(),
        questionnaire.sections(),
        segments);
  }

  /** Definitions whose questionnaire declares segments, drawn from a fixed seed. */
  private static EditionDefinitions declaring() {
    return DomainGen.definitions()
        .filter(d -> !d.questionnaire().segments().isEmpty(), 100)
        .generate(RandomSource.seeded(1));
  }

  private static boolean probeCarried() {
    Questionnaire questionnaire = declaring().questionnaire();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FormatV1.writeQuestionnaire(questionnaire, out);
    return !FormatV1.readQuestionnaire(
            new ByteArrayInputStream(out.toByteArray()), "questionnaire.json")
        .segments()
        .isEmpty();
  }

  private static boolean probeValidated() {
    EditionDefinitions definitions = declaring();
    String line =
        InvalidLines.responses(definitions, RejectReason.INVALID_SEGMENT)
            .generate(RandomSource.seeded(2));
    try (LineReader<?> reader =
        DataValidator.of(definitions)
            .responses(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                DataValidator.RESPONSES)) {
      LineResult<?> result = reader.next();
      return result instanceof LineResult.Rejected<?> rejected
          && rejected.reject().reason() == RejectReason.INVALID_SEGMENT;
    }
  }
}
