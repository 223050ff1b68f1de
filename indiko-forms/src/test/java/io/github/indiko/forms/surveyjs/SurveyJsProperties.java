package io.github.indiko.forms.surveyjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.testkit.gen.DomainGen;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SurveyJsProperties {
  @Test
  void export_isValidJsonWithEveryQuestionOnceByName() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(
            questionnaire -> {
              SurveyJsExport export = SurveyJs.export(questionnaire);
              JsonNode survey = SurveyJsSchema.JSON.readTree(export.json());
              List<String> names = new ArrayList<>();
              survey.get("pages").forEach(
                  page -> page.get("elements").forEach(e -> names.add(e.get("name").asString())));
              assertThat(new HashSet<>(names)).hasSameSizeAs(names);
              assertThat(names)
                  .containsExactlyElementsOf(
                      questionnaire.questions().stream().map(q -> q.id().value()).toList());
              assertThat(survey.get("pages")).hasSize(questionnaire.sections().size());
            });
  }

  @Test
  void export_validatesAgainstTheSchema() {
    qt().withExamples(100)
        .forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(q -> assertThat(SurveyJsSchema.errors(SurveyJs.export(q).json())).isEmpty());
  }

  @Test
  void export_everyConditionIsWrittenOrWarned() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(
            questionnaire -> {
              SurveyJsExport export = SurveyJs.export(questionnaire);
              JsonNode survey = SurveyJsSchema.JSON.readTree(export.json());
              Set<String> withVisibleIf = new HashSet<>();
              survey.get("pages").forEach(page -> page.get("elements").forEach(e -> {
                if (e.has("visibleIf")) {
                  withVisibleIf.add(e.get("name").asString());
                }
              }));
              Set<String> ids = new HashSet<>();
              for (Question question : questionnaire.questions()) {
                String id = question.id().value();
                ids.add(id);
                boolean warnedUnwritten = export.warnings().stream().anyMatch(w ->
                    w.question().equals(question.id()) && w.message().contains("not exported and"));
                assertThat(withVisibleIf.contains(id))
                    .as(id)
                    .isEqualTo(question.when() != null && !warnedUnwritten);
              }
              export.warnings().forEach(w -> assertThat(ids).contains(w.question().value()));
            });
  }

  @Test
  void export_titleHoldsTheDefaultLocaleText() {
    qt().withExamples(100)
        .forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(
            questionnaire -> {
              JsonNode title =
                  SurveyJsSchema.JSON.readTree(SurveyJs.export(questionnaire).json()).get("title");
              assertThat(title.get("default").asString())
                  .isEqualTo(questionnaire.title().in(questionnaire.defaultLocale()).orElseThrow());
              questionnaire.title().values()
                  .forEach((tag, text) -> assertThat(title.get(tag).asString()).isEqualTo(text));
              assertThat(title.size()).isEqualTo(questionnaire.title().values().size() + 1);
            });
  }
}
