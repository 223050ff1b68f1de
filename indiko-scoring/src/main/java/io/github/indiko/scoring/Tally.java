package io.github.indiko.scoring;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable accumulation of an edition's accepted records and counts, from which {@link
 * ScoringEngine#results} computes every number. Obtain one from {@link ScoringEngine#tally}.
 *
 * <p>Its memory grows with structures × items × channels, never with the number of records. The
 * results it gives depend neither on the order of the additions nor on how records were split
 * between tallies later merged: bit for bit, as long as the strategies' accumulators honour their
 * contract. Mutable and not thread-safe: one tally per thread, combined with {@link #merge}.
 */
public final class Tally {
  final EditionPlan plan;
  private final int structureCount;
  private final int itemCount;
  private final int questionCount;
  private final int channelCount;

  /** Per structure × item. */
  private final @Nullable ItemStatistics[] statistics;

  /** Per structure × item: the source's strategy. */
  private final @Nullable ItemAccumulator[] values;

  /** Per structure × channel × question: the survey's strategy on that channel's responses. */
  private final @Nullable ItemAccumulator[] channelValues;

  private final long[] responses;
  private final long[] audits;

  /** Per structure × channel. */
  private final long[] channelResponses;

  /** Per structure × channel. */
  private final long[] channelAudits;

  /** Per structure: the pooled satisfaction items. */
  private final @Nullable ItemStatistics[] satisfaction;

  /** Per structure: the pooled nps items. */
  private final @Nullable ItemStatistics[] nps;

  /** Per structure: the respondent index of scoring.md §7. */
  private final @Nullable ExactSum[] respondentIndex;

  /** Per structure: whether a line naming it was rejected as not enrolled. */
  private final boolean[] named;

  /** Per reject reason. */
  private final long[] responseRejects = new long[RejectReason.values().length];

  private final long[] auditRejects = new long[RejectReason.values().length];

  /** Per theme, scratch for one response's respondent index. */
  private final double[] themeWeightSums;

  private final double[] themeWeightedScores;

  Tally(EditionPlan plan) {
    this.plan = plan;
    structureCount = plan.structures.size();
    itemCount = plan.items.length;
    questionCount = plan.questionCount;
    channelCount = plan.channels.size();
    statistics = new ItemStatistics[structureCount * itemCount];
    values = new ItemAccumulator[structureCount * itemCount];
    channelValues = new ItemAccumulator[structureCount * channelCount * questionCount];
    responses = new long[structureCount];
    audits = new long[structureCount];
    channelResponses = new long[structureCount * channelCount];
    channelAudits = new long[structureCount * channelCount];
    satisfaction = new ItemStatistics[structureCount];
    nps = new ItemStatistics[structureCount];
    respondentIndex = new ExactSum[structureCount];
    named = new boolean[structureCount];
    themeWeightSums = new double[plan.themes.size()];
    themeWeightedScores = new double[plan.themes.size()];
  }

  /**
   * Adds an accepted response.
   *
   * @param response a response that {@link DataValidator} accepted for this edition
   * @throws IllegalArgumentException when its structure is not enrolled, or its channel or an
   *     answer is not of this edition
   */
  public void add(Response response) {
    int s = enrolled(response.structure());
    int c = plan.channel(response.channel());
    responses[s]++;
    channelResponses[s * channelCount + c]++;
    Arrays.fill(themeWeightSums, 0);
    Arrays.fill(themeWeightedScores, 0);
    Map<QuestionId, Answer> answers = response.answers();
    for (int q = 0; q < questionCount; q++) {
      ItemPlan item = plan.items[q];
      if (!item.scored()) {
        continue;
      }
      Answer answer = answers.get(plan.questionIds[q]);
      if (answer == null) {
        continue;
      }
      double score;
      Polarity polarity;
      try {
        score = item.score(answer);
        if (Double.isNaN(score)) {
          continue;
        }
        polarity = item.polarity(answer, score);
      } catch (ClassCastException e) {
        throw new IllegalArgumentException(
            "question " + item.id + ": " + answer + " is not an answer of its type", e);
      }
      boolean favourable = polarity == Polarity.FAVOURABLE;
      int cell = s * itemCount + q;
      statistics(cell, item).add(score, polarity);
      value(values, cell, plan.surveyStrategy).add(score, favourable);
      value(channelValues, (s * channelCount + c) * questionCount + q, plan.surveyStrategy)
          .add(score, favourable);
      if (plan.pooled[q]) {
        if (satisfaction[s] == null) {
          satisfaction[s] = ItemStatistics.empty();
        }
        satisfaction[s].add(score, polarity);
      }
      if (item.isNps()) {
        if (nps[s] == null) {
          nps[s] = ItemStatistics.emptyNps();
        }
        nps[s].add(score, polarity);
      }
      int t = item.themeIndex;
      if (t >= 0 && plan.themeWeights[t] > 0) {
        themeWeightSums[t] += item.weight;
        themeWeightedScores[t] += item.weight * score;
      }
    }
    addRespondentIndex(s);
  }

  private int enrolled(StructureId structure) {
    int s = plan.structure(structure);
    if (plan.levels[s] == null) {
      throw new IllegalArgumentException("structure " + structure + " is not enrolled");
    }
    return s;
  }

  /** Σ_t W_t · m_t / Σ_t W_t over the weighted themes the response scored, in theme order. */
  private void addRespondentIndex(int s) {
    double sum = 0;
    double weights = 0;
    for (int t = 0; t < themeWeightSums.length; t++) {
      if (themeWeightSums[t] > 0) {
        sum += plan.themeWeights[t] * (themeWeightedScores[t] / themeWeightSums[t]);
        weights += plan.themeWeights[t];
      }
    }
    if (weights > 0) {
      if (respondentIndex[s] == null) {
        respondentIndex[s] = ExactSum.empty();
      }
      // Rounding may leave a mean of scores 100 an ulp above it.
      respondentIndex[s].add(Math.min(100, Math.max(0, sum / weights)));
    }
  }

  /**
   * Adds an accepted audit record.
   *
   * @param audit a record that {@link DataValidator} accepted for this edition
   * @throws IllegalArgumentException when its structure is not enrolled, or its channel or a
   *     criterion is not of this edition
   */
  public void add(AuditRecord audit) {
    int s = enrolled(audit.structure());
    int c = plan.channel(audit.channel());
    audits[s]++;
    channelAudits[s * channelCount + c]++;
    for (Map.Entry<CriterionId, Observation> entry : audit.observations().entrySet()) {
      int k = plan.criterion(entry.getKey());
      ItemPlan item = plan.items[k];
      if (!item.scored()) {
        continue;
      }
      int cell = s * itemCount + k;
      Observation observation = entry.getValue();
      if (observation instanceof Observation.NotApplicable) {
        statistics(cell, item).addNa();
        continue;
      }
      double score = item.score(observation);
      if (Double.isNaN(score)) {
        throw new IllegalArgumentException(
            "criterion " + item.id + ": " + observation + " is not an observation of its type");
      }
      Polarity polarity = ItemPlan.byScore(score);
      statistics(cell, item).add(score, polarity);
      value(values, cell, plan.auditStrategy).add(score, polarity == Polarity.FAVOURABLE);
    }
  }

  /**
   * Counts a refused line by source and reason.
   *
   * @param reject a reject of {@link DataValidator#RESPONSES} or {@link DataValidator#AUDITS}
   * @throws IllegalArgumentException for a reject of another source
   */
  public void add(Reject reject) {
    if (reject.source().equals(DataValidator.RESPONSES)) {
      responseRejects[reject.reason().ordinal()]++;
    } else if (reject.source().equals(DataValidator.AUDITS)) {
      auditRejects[reject.reason().ordinal()]++;
    } else {
      throw new IllegalArgumentException(
          "a reject of "
              + reject.source()
              + ", neither "
              + DataValidator.RESPONSES
              + " nor "
              + DataValidator.AUDITS);
    }
  }

  /**
   * Counts a refused line as {@link #add(Reject)} does and, when it was rejected because its
   * structure is not enrolled, lists that structure in the results (cli.md).
   *
   * @param rejected a rejected line of {@link DataValidator#RESPONSES} or {@link
   *     DataValidator#AUDITS}
   * @throws IllegalArgumentException for a reject of another source, or naming a structure that is
   *     not of this edition
   */
  public void add(LineResult.Rejected<?> rejected) {
    add(rejected.reject());
    StructureId structure = rejected.structure();
    if (structure != null && rejected.reject().reason() == RejectReason.NOT_ENROLLED) {
      named[plan.structure(structure)] = true;
    }
  }

  /**
   * @param other a tally of the same edition, strategies and policy; not modified
   * @return a new tally holding both; neither changes
   * @throws IllegalArgumentException when {@code other} is of another edition or engine setup
   */
  public Tally merge(Tally other) {
    if (!plan.equals(other.plan)) {
      throw new IllegalArgumentException(
          "tallies of different editions, strategies or ranking policies do not merge");
    }
    Tally merged = new Tally(plan);
    for (int i = 0; i < statistics.length; i++) {
      merged.statistics[i] = merge(statistics[i], other.statistics[i]);
      ItemStrategy strategy =
          i % itemCount < questionCount ? plan.surveyStrategy : plan.auditStrategy;
      merged.values[i] = merge(values[i], other.values[i], strategy);
    }
    for (int i = 0; i < channelValues.length; i++) {
      merged.channelValues[i] =
          merge(channelValues[i], other.channelValues[i], plan.surveyStrategy);
    }
    for (int s = 0; s < structureCount; s++) {
      merged.responses[s] = Math.addExact(responses[s], other.responses[s]);
      merged.audits[s] = Math.addExact(audits[s], other.audits[s]);
      merged.satisfaction[s] = merge(satisfaction[s], other.satisfaction[s]);
      merged.nps[s] = merge(nps[s], other.nps[s]);
      ExactSum mine = respondentIndex[s];
      ExactSum theirs = other.respondentIndex[s];
      merged.respondentIndex[s] =
          mine == null
              ? theirs == null ? null : theirs.merge(ExactSum.empty())
              : theirs == null ? mine.merge(ExactSum.empty()) : mine.merge(theirs);
      merged.named[s] = named[s] || other.named[s];
    }
    for (int i = 0; i < channelResponses.length; i++) {
      merged.channelResponses[i] = Math.addExact(channelResponses[i], other.channelResponses[i]);
      merged.channelAudits[i] = Math.addExact(channelAudits[i], other.channelAudits[i]);
    }
    for (int r = 0; r < responseRejects.length; r++) {
      merged.responseRejects[r] = Math.addExact(responseRejects[r], other.responseRejects[r]);
      merged.auditRejects[r] = Math.addExact(auditRejects[r], other.auditRejects[r]);
    }
    return merged;
  }

  private static @Nullable ItemStatistics merge(
      @Nullable ItemStatistics a, @Nullable ItemStatistics b) {
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      ItemStatistics some = a == null ? b : a;
      return some.merge(some.isNps() ? ItemStatistics.emptyNps() : ItemStatistics.empty());
    }
    return a.merge(b);
  }

  private static @Nullable ItemAccumulator merge(
      @Nullable ItemAccumulator a, @Nullable ItemAccumulator b, ItemStrategy strategy) {
    if (a == null && b == null) {
      return null;
    }
    if (a == null || b == null) {
      // A copy: merged with the empty accumulator of the strategy that made it.
      return (a == null ? b : a).merge(strategy.empty());
    }
    return a.merge(b);
  }

  private ItemStatistics statistics(int cell, ItemPlan item) {
    ItemStatistics found = statistics[cell];
    if (found == null) {
      found = item.isNps() ? ItemStatistics.emptyNps() : ItemStatistics.empty();
      statistics[cell] = found;
    }
    return found;
  }

  private static ItemAccumulator value(
      @Nullable ItemAccumulator[] accumulators, int cell, ItemStrategy strategy) {
    ItemAccumulator found = accumulators[cell];
    if (found == null) {
      found = strategy.empty();
      accumulators[cell] = found;
    }
    return found;
  }

  // Read access for ScoringEngine#results.

  @Nullable ItemStatistics statistics(int s, int item) {
    return statistics[s * itemCount + item];
  }

  @Nullable ItemAccumulator value(int s, int item) {
    return values[s * itemCount + item];
  }

  @Nullable ItemAccumulator channelValue(int s, int c, int question) {
    return channelValues[(s * channelCount + c) * questionCount + question];
  }

  long responses(int s) {
    return responses[s];
  }

  long audits(int s) {
    return audits[s];
  }

  long channelResponses(int s, int c) {
    return channelResponses[s * channelCount + c];
  }

  long channelAudits(int s, int c) {
    return channelAudits[s * channelCount + c];
  }

  @Nullable ItemStatistics satisfaction(int s) {
    return satisfaction[s];
  }

  @Nullable ItemStatistics nps(int s) {
    return nps[s];
  }

  @Nullable ExactSum respondentIndex(int s) {
    return respondentIndex[s];
  }

  boolean named(int s) {
    return named[s];
  }

  SourceCounts responseCounts() {
    return counts(responseRejects, responses);
  }

  SourceCounts auditCounts() {
    return counts(auditRejects, audits);
  }

  private static SourceCounts counts(long[] rejects, long[] accepted) {
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    long rejected = 0;
    for (RejectReason reason : RejectReason.values()) {
      byReason.put(reason, rejects[reason.ordinal()]);
      rejected += rejects[reason.ordinal()];
    }
    long total = 0;
    for (long count : accepted) {
      total += count;
    }
    return new SourceCounts(total + rejected, total, rejected, byReason);
  }

  @Override
  public String toString() {
    return "Tally[edition="
        + plan.definitions.edition().id()
        + ", responses="
        + responseCounts()
        + ", audits="
        + auditCounts()
        + "]";
  }
}
