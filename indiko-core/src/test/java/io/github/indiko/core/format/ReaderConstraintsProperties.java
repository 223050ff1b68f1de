package io.github.indiko.core.format;

import static io.github.indiko.core.format.Docs.EDITION;
import static io.github.indiko.core.format.Docs.QUESTIONNAIRE;
import static io.github.indiko.core.format.Docs.stream;
import static io.github.indiko.core.format.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.questionnaire.Scale;
import io.github.indiko.core.validation.IndikoValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: a reader refuses a value of a definition document exactly when the record
 * that holds it breaks its Bean Validation constraint, with the constraint's message at the value's
 * pointer.
 */
class ReaderConstraintsProperties {
  private static final List<Integer> WEIGHTS = List.of(-1, 0, 1, 1000, 1001);

  /**
   * @return the problems of the call, or none when it reads the document
   */
  private static List<DefinitionProblem> problems(Supplier<?> read) {
    try {
      read.get();
      return List.of();
    } catch (DefinitionException e) {
      return e.problems();
    }
  }

  /**
   * @return what {@link IndikoValidation#check} finds in the record, as problems of {@code file}
   *     under {@code at}
   */
  private static List<DefinitionProblem> violations(Object record, String file, String at) {
    return problems(() -> IndikoValidation.check(record)).stream()
        .map(problem -> new DefinitionProblem(file, at + problem.pointer(), problem.message()))
        .toList();
  }

  @Test
  void readQuestionnaire_scale_refusedIffTheScaleIs() {
    qt().forAll(integers().between(-15, 15), integers().between(-15, 15))
        .checkAssert(
            (min, max) -> {
              String json =
                  with(
                      QUESTIONNAIRE,
                      "/sections/0/questions/0/scale",
                      "{\"min\": " + min + ", \"max\": " + max + "}");
              assertThat(problems(() -> FormatV1.readQuestionnaire(stream(json), "q.json")))
                  .isEqualTo(
                      violations(new Scale(min, max), "q.json", "/sections/0/questions/0/scale"));
            });
  }

  @Test
  void readEdition_sourceWeights_refusedIffTheSettingsAre() {
    qt().forAll(
            integers().between(0, WEIGHTS.size() - 1), integers().between(0, WEIGHTS.size() - 1))
        .checkAssert(
            (survey, audit) -> {
              Map<Source, Double> sources = new LinkedHashMap<>();
              sources.put(Source.SURVEY, (double) WEIGHTS.get(survey));
              sources.put(Source.AUDIT, (double) WEIGHTS.get(audit));
              String json =
                  with(
                      EDITION,
                      "/scoring",
                      "{\"sources\": {\"survey\": "
                          + WEIGHTS.get(survey)
                          + ", \"audit\": "
                          + WEIGHTS.get(audit)
                          + "}}");
              ScoringSettings d = ScoringSettings.defaults();
              ScoringSettings settings = d.withWeights(d.themes(), sources);
              assertThat(problems(() -> FormatV1.readEdition(stream(json), "e.json")))
                  .isEqualTo(violations(settings, "e.json", "/scoring"));
            });
  }
}
