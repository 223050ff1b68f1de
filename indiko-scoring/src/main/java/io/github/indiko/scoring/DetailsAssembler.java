package io.github.indiko.scoring;

import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.questionnaire.Question;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.scoring.internal.Correlation;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.QuantityStatistics;
import io.github.indiko.scoring.internal.TextSample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Computes the details of each enrolled structure from a tally: scoring.md §8.1 and §8.3. The
 * questions are the edition's items, every version's pooled (analysis.md §A4); a question's {@code
 * na} counts the responses of the versions that ask it.
 */
final class DetailsAssembler {
  private final Tally tally;
  private final EditionPlan plan;
  private final List<Question> questions;
  private final List<Criterion> criteria;

  private DetailsAssembler(Tally tally) {
    this.tally = tally;
    this.plan = tally.plan;
    this.questions = plan.definitions.questionPool().questions();
    this.criteria = plan.definitions.grid().criteria();
  }

  static Map<StructureId, StructureDetail> details(Tally tally) {
    DetailsAssembler assembler = new DetailsAssembler(tally);
    Map<StructureId, StructureDetail> details = new TreeMap<>();
    for (int s = 0; s < assembler.plan.structures.size(); s++) {
      if (assembler.plan.levels[s] != null) {
        details.put(assembler.plan.structures.get(s).id(), assembler.detail(s));
      }
    }
    return details;
  }

  private StructureDetail detail(int s) {
    List<QuestionDetail> questionDetails = new ArrayList<>();
    for (int q = 0; q < questions.size(); q++) {
      questionDetails.add(question(s, q));
    }
    List<CriterionDetail> criterionDetails = new ArrayList<>();
    for (int k = 0; k < criteria.size(); k++) {
      criterionDetails.add(criterion(s, k));
    }
    Map<Theme, Importance> importance = new TreeMap<>();
    for (int i = 0; i < plan.importanceThemes.length; i++) {
      importance.put(plan.themes.get(plan.importanceThemes[i]), importance(s, i));
    }
    return new StructureDetail(
        plan.structures.get(s).id(),
        tally.responseCounts(s),
        tally.auditCounts(s),
        questionDetails,
        criterionDetails,
        importance);
  }

  private QuestionDetail question(int s, int q) {
    Question question = questions.get(q);
    AnswerPlan answers = plan.answers[q];
    long answered = tally.answered(s, q);
    ItemStatistics statistics = tally.statistics(s, q);
    long n = statistics == null ? 0 : statistics.count();
    boolean nps = plan.items[q].isNps();
    TextSample texts = tally.texts(s, q);
    QuantityStatistics numbers = tally.quantities(s, q);
    return new QuestionDetail(
        question.id(),
        answers.type,
        question.theme(),
        answers.scored,
        Arrays.stream(plan.asking[q]).map(v -> plan.versions[v]).boxed().toList(),
        answered,
        tally.asked(s, q) - answered,
        distribution(s, answers),
        n,
        n == 0 ? null : value(statistics.mean()),
        n == 0 || nps ? null : value(statistics.satisfaction()),
        n == 0 || nps ? null : value(statistics.net()),
        n == 0 || !nps ? null : value(statistics.nps()),
        quantities(numbers),
        texts == null ? TextAnswers.empty() : new TextAnswers(texts.count(), texts.sample()));
  }

  /** The counted values, in the order of {@link ItemStatistics#distribution()}. */
  private SortedMap<String, Long> distribution(int s, AnswerPlan answers) {
    ItemStatistics values = ItemStatistics.empty();
    for (int i = 0; i < answers.values.size(); i++) {
      long count = tally.valueCount(s, answers.offset + i);
      if (count > 0) {
        values.addValue(answers.values.get(i), count);
      }
    }
    return values.distribution();
  }

  private CriterionDetail criterion(int s, int k) {
    Criterion criterion = criteria.get(k);
    ItemPlan item = plan.items[plan.questionCount + k];
    return new CriterionDetail(
        criterion.id(),
        criterion.channel(),
        criterion.type().id(),
        criterion.theme(),
        criterion.weight(),
        item.scored(),
        tally.observations(s, k, Tally.MET),
        tally.observations(s, k, Tally.NOT_MET),
        tally.observations(s, k, Tally.MEASURED),
        tally.observations(s, k, Tally.MISSED),
        tally.observations(s, k, Tally.NA),
        tally.observations(s, k, Tally.FAILING),
        quantities(tally.quantities(s, plan.questionCount + k)));
  }

  private Importance importance(int s, int theme) {
    Correlation correlation = tally.importance(s, theme);
    long n = correlation == null ? 0 : correlation.count();
    if (n < Importance.MINIMUM_RESPONDENTS) {
      return new Importance(null, n);
    }
    return new Importance(value(correlation.coefficient()), n);
  }

  private static @Nullable QuantitySummary quantities(@Nullable QuantityStatistics numbers) {
    if (numbers == null || numbers.count() == 0) {
      return null;
    }
    return new QuantitySummary(
        numbers.count(), numbers.min(), value(numbers.median()), numbers.max(), numbers.mean());
  }

  private static @Nullable Double value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
