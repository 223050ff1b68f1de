package io.github.indiko.scoring;

import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import io.github.indiko.core.validation.ResponseRow;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.internal.Correlation;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.internal.ItemStatistics.Polarity;
import io.github.indiko.scoring.internal.QuantityStatistics;
import io.github.indiko.scoring.internal.TextSample;
import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemStrategy;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable accumulation of an edition's accepted records and counts, from which {@link
 * ScoringEngine#results} computes every number. Obtain one from {@link ScoringEngine#tally}.
 *
 * <p>Its memory grows with structures × items × channels (and × segment cells, when the
 * questionnaire declares segments), never with the number of records, save for the capped samples
 * of the details: up to {@link TextAnswers#MAX_KEPT} texts per text question and {@link
 * QuantitySummary#MAX_DISTINCT} values per number question or measure, per structure; and, when
 * the edition asks for weighting, × the weighting cells that occur, with the distinct scores of
 * each scored number question per cell; and the observed values of every accepted audit record,
 * which the agreement of auditors joins at the end (analysis.md §A5; about 170 bytes for a record
 * of four values). The results and details it gives depend neither on the
 * order of the additions nor on how records were split between tallies later merged: bit for bit,
 * as long as the strategies' accumulators honour their contract. Mutable and not thread-safe: one
 * tally per thread, combined with {@link #merge}.
 */
public final class Tally {
  /** Observation counts per structure × criterion, at these offsets. */
  static final int MET = 0;

  static final int NOT_MET = 1;
  static final int MEASURED = 2;
  static final int MISSED = 3;
  static final int NA = 4;

  /** Observations whose item score is below {@link #FAILING_SCORE}. */
  static final int FAILING = 5;

  private static final int OBSERVATION_COUNTS = 6;
  private static final double FAILING_SCORE = 50;

  final EditionPlan plan;
  private final int structureCount;
  private final int itemCount;
  private final int questionCount;
  private final int channelCount;
  private final int criterionCount;
  private final int importanceCount;

  /**
   * Per structure × item, for the items not counted in {@link #valueCounts}: criteria and number
   * questions with a target.
   */
  private final @Nullable ItemStatistics[] statistics;

  /** Per structure × item, as {@link #statistics}: the source's strategy. */
  private final @Nullable ItemAccumulator[] values;

  /**
   * Per structure × channel × question, as {@link #statistics}: the survey's strategy on that
   * channel's responses.
   */
  private final @Nullable ItemAccumulator[] channelValues;

  private final long[] responses;
  private final long[] audits;

  /**
   * Per structure × version of {@link EditionPlan#versions}: the accepted responses (analysis.md
   * §A4); empty when the edition names one version.
   */
  private final long[] versionResponses;

  /** Per structure × channel. */
  private final long[] channelResponses;

  /** Per structure × channel. */
  private final long[] channelAudits;

  /** Per structure: the respondent index of scoring.md §7. */
  private final @Nullable ExactSum[] respondentIndex;

  /** The refused lines. */
  private final RejectTally rejects;

  /** The doubles of calibration audits and what the agreement of auditors needs. */
  private final AgreementTally agreement;

  /** Per structure × question: the responses that answer it. */
  private final long[] answered;

  /**
   * Per structure × channel, null until the structure has a response on the channel: per value
   * slot of the questions ({@link AnswerPlan#offset}), the answers. The statistics and accumulators
   * of the questions whose answers are values (rating, nps, yes/no, single choice), and the pooled
   * satisfaction and nps, are made from these counts when read, one bulk addition per value ({@link
   * ItemAccumulator#add(double, boolean, long)}): adding a response costs one increment per answer.
   */
  private final long[] @Nullable [] valueCounts;

  /** Per structure × segment key × value (analysis.md §A2): what the breakdown needs. */
  private final SegmentTally segments;

  /** Per structure × weighting cell (analysis.md §A3); null when the edition asks for none. */
  private final @Nullable WeightTally weightCells;

  /** Per structure × item: the numbers of a number question or a measure. */
  private final @Nullable QuantityStatistics[] quantities;

  /** Per structure × question: the texts of a text question. */
  private final @Nullable TextSample[] texts;

  /** Per structure × criterion × {@link #MET}…{@link #FAILING}. */
  private final long[] observations;

  /** Per structure × theme of {@link EditionPlan#importanceThemes}: scoring.md §8.3. */
  private final @Nullable Correlation[] importance;

  /**
   * Per theme, scratch for one response's respondent index: zero between responses, cleared by the
   * pass over the themes that ends each response.
   */
  private final double[] themeWeightSums;

  private final double[] themeWeightedScores;

  /** Per theme, scratch for one response's unweighted theme means (importance). */
  private final double[] themeScoreSums;

  private final int[] themeScoreCounts;

  /** Per theme, its index in {@link EditionPlan#importanceThemes}, or −1. */
  private final int[] importanceOfTheme;

  // The plans of the questions flattened (AnswerTable), held here for the loop over a
  // response's answers.

  private final byte[] reads;
  private final int[] slotOffsets;
  private final int[] slotCounts;
  private final int[] lowestPoints;
  private final double[] slotScores;
  private final int[] themes;
  private final double[] themedWeights;

  Tally(EditionPlan plan) {
    this.plan = plan;
    structureCount = plan.structures.size();
    itemCount = plan.items.length;
    questionCount = plan.questionCount;
    channelCount = plan.channels.size();
    criterionCount = itemCount - questionCount;
    importanceCount = plan.importanceThemes.length;
    statistics = new ItemStatistics[structureCount * itemCount];
    values = new ItemAccumulator[structureCount * itemCount];
    channelValues = new ItemAccumulator[structureCount * channelCount * questionCount];
    responses = new long[structureCount];
    audits = new long[structureCount];
    versionResponses = new long[structureCount * plan.versions.length];
    channelResponses = new long[structureCount * channelCount];
    channelAudits = new long[structureCount * channelCount];
    respondentIndex = new ExactSum[structureCount];
    rejects = new RejectTally(plan);
    agreement = new AgreementTally(plan);
    themeWeightSums = new double[plan.themes.size()];
    themeWeightedScores = new double[plan.themes.size()];
    answered = new long[structureCount * questionCount];
    valueCounts = new long[structureCount * channelCount][];
    segments = new SegmentTally(plan);
    weightCells =
        plan.weighting == null
            ? null
            : new WeightTally(plan, plan.weighting, segments.cellsPerStructure());
    quantities = new QuantityStatistics[structureCount * itemCount];
    texts = new TextSample[structureCount * questionCount];
    observations = new long[structureCount * criterionCount * OBSERVATION_COUNTS];
    importance = new Correlation[structureCount * importanceCount];
    themeScoreSums = new double[plan.themes.size()];
    themeScoreCounts = new int[plan.themes.size()];
    importanceOfTheme = new int[plan.themes.size()];
    Arrays.fill(importanceOfTheme, -1);
    for (int i = 0; i < importanceCount; i++) {
      importanceOfTheme[plan.importanceThemes[i]] = i;
    }
    AnswerTable table = plan.answerTable;
    reads = table.reads;
    slotOffsets = table.slotOffsets;
    slotCounts = table.slotCounts;
    lowestPoints = table.lowestPoints;
    slotScores = table.slotScores;
    themes = table.themes;
    themedWeights = table.themedWeights;
  }

  /**
   * Adds an accepted response.
   *
   * @param response a response that {@link DataValidator} accepted for this edition
   * @throws IllegalArgumentException when its structure is not enrolled, or its channel or an
   *     answer is not of this edition
   */
  public void add(Response response) {
    ResponseRow row = plan.validator.row(response);
    int s = enrolled(row);
    segments.enter(s, row);
    add(s, row);
  }

  /**
   * Adds an accepted response, as {@link DataValidator#scanResponses} gives it; the same as adding
   * the {@link Response} of the line.
   *
   * @param row a response that {@link DataValidator} accepted for this edition
   * @throws IllegalArgumentException when its structure is not enrolled, its version of the
   *     questionnaire is not one the edition names (when it names several), or an answer is none
   *     of its question's values (a rating off its scale, an option beyond the question's
   *     options), or a segment value beyond its key's values; the answers before it may have been
   *     counted
   */
  public void add(ResponseRow row) {
    int s = enrolled(row);
    segments.enter(s, row);
    add(s, row);
  }

  private int enrolled(ResponseRow row) {
    int s = plan.structureOfPosition[row.structure()];
    if (plan.levels[s] == null) {
      throw new IllegalArgumentException(
          "structure " + plan.structures.get(s).id() + " is not enrolled");
    }
    if (plan.versions.length > 0 && plan.version(row.questionnaireVersion()) < 0) {
      throw new IllegalArgumentException(
          "version " + row.questionnaireVersion() + " of the questionnaire is not the edition's");
    }
    return s;
  }

  /** Adds a row of an enrolled structure, once {@link SegmentTally#enter entered}. */
  private void add(int s, ResponseRow row) {
    int c = row.channel();
    responses[s]++;
    if (plan.versions.length > 0) {
      versionResponses[s * plan.versions.length + plan.version(row.questionnaireVersion())]++;
    }
    channelResponses[s * channelCount + c]++;
    long[] counts = valueCounts[s * channelCount + c];
    if (counts == null) {
      counts = new long[plan.valueSlots];
      valueCounts[s * channelCount + c] = counts;
    }
    if (weightCells != null) {
      weightCells.enter(s, c, row, segments);
    }
    double reference;
    try {
      reference = describeAnswers(s, c, row, counts);
    } catch (RuntimeException e) {
      Arrays.fill(themeWeightSums, 0);
      Arrays.fill(themeWeightedScores, 0);
      Arrays.fill(themeScoreSums, 0);
      Arrays.fill(themeScoreCounts, 0);
      throw e;
    }
    addByTheme(s, reference);
  }

  /**
   * Counts the response's answers, and sums its item scores per theme in the scratch arrays.
   *
   * @return the item score of the reference item, or NaN when it has none
   */
  private double describeAnswers(int s, int c, ResponseRow row, long[] counts) {
    double reference = Double.NaN;
    for (int q = 0; q < questionCount; q++) {
      if (!row.answered(q)) {
        continue;
      }
      answered[s * questionCount + q]++;
      double score;
      switch (reads[q]) {
        case AnswerPlan.POINT:
          score = count(counts, q, point(row, q));
          break;
        case AnswerPlan.YES_OR_NO:
          score = count(counts, q, row.yes(q) ? AnswerPlan.YES : AnswerPlan.YES + 1);
          break;
        case AnswerPlan.OPTION:
          score = count(counts, q, option(row, q));
          break;
        case AnswerPlan.OPTIONS:
          for (long selected = row.options(q); selected != 0; selected &= selected - 1) {
            counts[slotOffsets[q] + Long.numberOfTrailingZeros(selected)]++;
          }
          continue;
        case AnswerPlan.NUMBER:
          score = number(s, c, q, row);
          break;
        case AnswerPlan.TEXT:
          text(s * questionCount + q, q, row);
          continue;
        default:
          continue;
      }
      if (Double.isNaN(score)) {
        continue;
      }
      int t = themes[q];
      if (t >= 0) {
        double weight = themedWeights[q];
        if (weight > 0) {
          themeWeightSums[t] += weight;
          themeWeightedScores[t] += weight * score;
        }
        themeScoreSums[t] += score;
        themeScoreCounts[t]++;
      }
      if (q == plan.reference) {
        reference = score;
      }
    }
    return reference;
  }

  /**
   * @return the value slot of a rating or nps answer: its point of the scale, from 0
   * @throws IllegalArgumentException when the answer is not a point of the scale
   */
  private int point(ResponseRow row, int q) {
    double value = row.number(q);
    double point = value - lowestPoints[q];
    int slot = (int) point;
    if (slot != point || slot < 0 || slot >= slotCounts[q]) {
      throw new IllegalArgumentException(
          "question " + plan.questionIds[q] + ": " + value + " is not a point of its scale");
    }
    return slot;
  }

  /**
   * @return the value slot of a single_choice answer: its option's position
   * @throws IllegalArgumentException when the question has no such option
   */
  private int option(ResponseRow row, int q) {
    int slot = row.option(q);
    if (slot < 0 || slot >= slotCounts[q]) {
      throw new IllegalArgumentException(
          "question " + plan.questionIds[q] + ": no answer " + slot + " among its values");
    }
    return slot;
  }

  /**
   * Counts a value answer (rating, nps, yes/no, single choice) in its question's value slot.
   *
   * @param counts the value counts of the response's structure and channel
   * @param slot one of the question's value slots
   * @return the answer's item score, or NaN when it has none
   */
  private double count(long[] counts, int q, int slot) {
    int at = slotOffsets[q] + slot;
    counts[at]++;
    segments.count(at);
    if (weightCells != null) {
      weightCells.count(at);
    }
    return slotScores[at];
  }

  /**
   * Counts a number answer in the quantities of its question and, when it has a target, in its
   * item's statistics.
   *
   * @return the answer's item score, or NaN when it has none
   */
  private double number(int s, int c, int q, ResponseRow row) {
    quantities(s * itemCount + q).add(row.number(q));
    ItemPlan item = plan.items[q];
    if (!item.scored()) {
      return Double.NaN;
    }
    double score = item.score(row, q);
    Polarity polarity = ItemPlan.byScore(score);
    int cell = s * itemCount + q;
    statistics(cell, item).add(score, polarity);
    boolean favourable = polarity == Polarity.FAVOURABLE;
    value(values, cell, plan.surveyStrategy).add(score, favourable);
    value(channelValues, (s * channelCount + c) * questionCount + q, plan.surveyStrategy)
        .add(score, favourable);
    segments.number(q, score, favourable);
    if (weightCells != null) {
      weightCells.number(q, score);
    }
    return score;
  }

  /** Counts a text answer in the sample of its question. */
  private void text(int texted, int q, ResponseRow row) {
    if (texts[texted] == null) {
      texts[texted] = TextSample.empty(TextAnswers.MAX_KEPT);
    }
    int length = row.textLength(q);
    if (length >= 0) {
      texts[texted].add(row.textBytes(), row.textOffset(q), length);
    } else {
      texts[texted].add(row.text(q));
    }
  }

  private QuantityStatistics quantities(int cell) {
    QuantityStatistics found = quantities[cell];
    if (found == null) {
      found = QuantityStatistics.empty(QuantitySummary.MAX_DISTINCT);
      quantities[cell] = found;
    }
    return found;
  }

  /**
   * In one pass over the themes, in theme order: adds the response's respondent index (Σ_t W_t ·
   * m_t / Σ_t W_t over the weighted themes it scored), pairs its unweighted mean item score on each
   * theme of {@code scoring.themes} it scored with its item score on the reference item, when it
   * has one, and clears the scratch arrays.
   */
  private void addByTheme(int s, double reference) {
    double sum = 0;
    double weights = 0;
    boolean pairs = !Double.isNaN(reference);
    for (int t = 0; t < themeWeightSums.length; t++) {
      if (themeWeightSums[t] > 0) {
        sum += plan.themeWeights[t] * (themeWeightedScores[t] / themeWeightSums[t]);
        weights += plan.themeWeights[t];
      }
      themeWeightSums[t] = 0;
      themeWeightedScores[t] = 0;
      int scored = themeScoreCounts[t];
      if (scored > 0) {
        int i = importanceOfTheme[t];
        if (pairs && i >= 0) {
          int cell = s * importanceCount + i;
          if (importance[cell] == null) {
            importance[cell] = Correlation.empty();
          }
          // Rounding may leave a mean of scores 100 an ulp above it.
          importance[cell].add(Math.min(100, themeScoreSums[t] / scored), reference);
        }
      }
      themeScoreSums[t] = 0;
      themeScoreCounts[t] = 0;
    }
    if (weights > 0) {
      if (respondentIndex[s] == null) {
        respondentIndex[s] = ExactSum.empty();
      }
      // Rounding may leave a mean of scores 100 an ulp above it.
      double index = Math.min(100, Math.max(0, sum / weights));
      respondentIndex[s].add(index);
      if (weightCells != null) {
        weightCells.respondentIndex(index);
      }
    }
  }

  private int enrolled(StructureId structure) {
    int s = plan.structure(structure);
    if (plan.levels[s] == null) {
      throw new IllegalArgumentException("structure " + structure + " is not enrolled");
    }
    return s;
  }

  /**
   * Adds an accepted audit record. An original counts in its structure's audits and scores; a
   * double (analysis.md §A5) counts apart, in no score nor sufficiency, and in the agreement of
   * auditors with its original, be it added to this tally or to one merged with it.
   *
   * @param audit a record that {@link DataValidator} accepted for this edition
   * @throws IllegalArgumentException when its structure is not enrolled, its channel or a
   *     criterion is not of this edition, an observation is not of its criterion's type, or it is
   *     an original whose id was added before; nothing is counted then
   */
  public void add(AuditRecord audit) {
    int s = enrolled(audit.structure());
    int c = plan.channel(audit.channel());
    agreement.add(s, audit);
    if (audit.isDouble()) {
      return;
    }
    audits[s]++;
    channelAudits[s * channelCount + c]++;
    for (Map.Entry<CriterionId, Observation> entry : audit.observations().entrySet()) {
      int k = plan.criterion(entry.getKey());
      ItemPlan item = plan.items[k];
      int cell = s * itemCount + k;
      int counts = (s * criterionCount + k - questionCount) * OBSERVATION_COUNTS;
      Observation observation = entry.getValue();
      if (observation instanceof Observation.NotApplicable) {
        observations[counts + NA]++;
        if (item.scored()) {
          statistics(cell, item).addNa();
        }
        continue;
      }
      item.requireObservation(observation);
      if (observation instanceof Observation.Check checked) {
        observations[counts + (checked.met() ? MET : NOT_MET)]++;
      } else if (observation instanceof Observation.Measured measured) {
        observations[counts + MEASURED]++;
        quantities(cell).add(measured.value());
      } else {
        observations[counts + MISSED]++;
      }
      if (!item.scored()) {
        continue;
      }
      double score = item.score(observation);
      Polarity polarity = ItemPlan.byScore(score);
      if (score < FAILING_SCORE) {
        observations[counts + FAILING]++;
      }
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
    rejects.add(reject);
  }


  /**
   * Counts a refused line as {@link #add(Reject)} does and, when it was rejected because its
   * structure is not enrolled, lists that structure in the results (cli.md). A line rejected for a
   * later reason and naming an enrolled structure also counts in that structure's details; a line
   * rejected for an earlier reason (its structure unknown or unread) counts in the totals only.
   *
   * @param rejected a rejected line of {@link DataValidator#RESPONSES} or {@link
   *     DataValidator#AUDITS}
   * @throws IllegalArgumentException for a reject of another source, or rejected as not enrolled
   *     naming a structure that is not of this edition
   */
  public void add(LineResult.Rejected<?> rejected) {
    rejects.add(rejected);
  }


  /**
   * @param other a tally of the same edition, strategies and policy; not modified
   * @return a new tally holding both; neither changes
   * @throws IllegalArgumentException when {@code other} is of another edition or engine setup, or
   *     both hold an original audit record of the same id
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
      ExactSum mine = respondentIndex[s];
      ExactSum theirs = other.respondentIndex[s];
      merged.respondentIndex[s] =
          mine == null
              ? theirs == null ? null : theirs.merge(ExactSum.empty())
              : theirs == null ? mine.merge(ExactSum.empty()) : mine.merge(theirs);
    }
    add(versionResponses, other.versionResponses, merged.versionResponses);
    for (int i = 0; i < channelResponses.length; i++) {
      merged.channelResponses[i] = Math.addExact(channelResponses[i], other.channelResponses[i]);
      merged.channelAudits[i] = Math.addExact(channelAudits[i], other.channelAudits[i]);
    }
    rejects.merge(other.rejects, merged.rejects);
    agreement.merge(other.agreement, merged.agreement);
    mergeDetails(other, merged);
    segments.merge(other.segments, merged.segments);
    if (weightCells != null && other.weightCells != null && merged.weightCells != null) {
      weightCells.merge(other.weightCells, merged.weightCells);
    }
    return merged;
  }

  private void mergeDetails(Tally other, Tally merged) {
    add(answered, other.answered, merged.answered);
    for (int i = 0; i < valueCounts.length; i++) {
      long[] mine = valueCounts[i];
      long[] theirs = other.valueCounts[i];
      if (mine != null || theirs != null) {
        merged.valueCounts[i] = new long[plan.valueSlots];
        long[] none = merged.valueCounts[i];
        add(mine == null ? none : mine, theirs == null ? none : theirs, merged.valueCounts[i]);
      }
    }
    add(observations, other.observations, merged.observations);
    Supplier<QuantityStatistics> noQuantities =
        () -> QuantityStatistics.empty(QuantitySummary.MAX_DISTINCT);
    for (int i = 0; i < quantities.length; i++) {
      merged.quantities[i] =
          merge(quantities[i], other.quantities[i], noQuantities, QuantityStatistics::merge);
    }
    Supplier<TextSample> noTexts = () -> TextSample.empty(TextAnswers.MAX_KEPT);
    for (int i = 0; i < texts.length; i++) {
      merged.texts[i] = merge(texts[i], other.texts[i], noTexts, TextSample::merge);
    }
    for (int i = 0; i < importance.length; i++) {
      merged.importance[i] =
          merge(importance[i], other.importance[i], Correlation::empty, Correlation::merge);
    }
  }

  /** Null when both are; else both merged, an absent one taken as {@code empty}'s. */
  private static <T> @Nullable T merge(
      @Nullable T mine, @Nullable T theirs, Supplier<T> empty, BinaryOperator<T> merge) {
    if (mine == null && theirs == null) {
      return null;
    }
    return merge.apply(mine == null ? empty.get() : mine, theirs == null ? empty.get() : theirs);
  }

  private static void add(long[] mine, long[] theirs, long[] merged) {
    for (int i = 0; i < mine.length; i++) {
      merged[i] = Math.addExact(mine[i], theirs[i]);
    }
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

  static @Nullable ItemAccumulator merge(
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
    if (!ValueCounts.counted(plan, item)) {
      return statistics[s * itemCount + item];
    }
    return ValueCounts.statistics(
        plan, valueCounts, s * channelCount, (s + 1) * channelCount, item);
  }

  @Nullable ItemAccumulator value(int s, int item) {
    if (!ValueCounts.counted(plan, item)) {
      return values[s * itemCount + item];
    }
    return ValueCounts.accumulator(
        plan, valueCounts, s * channelCount, (s + 1) * channelCount, item);
  }

  @Nullable ItemAccumulator channelValue(int s, int c, int question) {
    if (!ValueCounts.counted(plan, question)) {
      return channelValues[(s * channelCount + c) * questionCount + question];
    }
    int at = s * channelCount + c;
    return ValueCounts.accumulator(plan, valueCounts, at, at + 1, question);
  }

  /** The weighting's part of the tally, or null when the edition asks for no weighting. */
  @Nullable WeightTally weightCells() {
    return weightCells;
  }

  /** The segment breakdown's part of the tally. */
  SegmentTally segments() {
    return segments;
  }

  long responses(int s) {
    return responses[s];
  }

  long audits(int s) {
    return audits[s];
  }

  /** The accepted doubles of a structure (analysis.md §A5), not among its audits. */
  long doubles(int s) {
    return agreement.doubles(s);
  }

  /** The agreement of auditors, or null when no double was accepted (analysis.md §A5). */
  @Nullable Agreement agreement() {
    return agreement.agreement();
  }

  /**
   * @return the structure's accepted responses per version of {@link EditionPlan#versions}, in its
   *     order; empty when the edition names one version
   */
  Map<Integer, Long> versions(int s) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (int v = 0; v < plan.versions.length; v++) {
      counts.put(plan.versions[v], versionResponses[s * plan.versions.length + v]);
    }
    return counts;
  }

  /**
   * @return the structure's accepted responses to the versions that ask the question: all of them
   *     when the edition names one version
   */
  long asked(int s, int question) {
    if (plan.versions.length == 0) {
      return responses[s];
    }
    long asked = 0;
    for (int v : plan.asking[question]) {
      asked += versionResponses[s * plan.versions.length + v];
    }
    return asked;
  }

  long channelResponses(int s, int c) {
    return channelResponses[s * channelCount + c];
  }

  long channelAudits(int s, int c) {
    return channelAudits[s * channelCount + c];
  }

  /** The pooled satisfaction items of scoring.md §4, or null when none was answered. */
  @Nullable ItemStatistics satisfaction(int s) {
    return ValueCounts.satisfaction(plan, valueCounts, s * channelCount, (s + 1) * channelCount);
  }

  /** The pooled nps items, or null when none was answered. */
  @Nullable ItemStatistics nps(int s) {
    return ValueCounts.nps(plan, valueCounts, s * channelCount, (s + 1) * channelCount);
  }

  @Nullable ExactSum respondentIndex(int s) {
    return respondentIndex[s];
  }

  boolean named(int s) {
    return rejects.named(s);
  }

  long answered(int s, int question) {
    return answered[s * questionCount + question];
  }

  long valueCount(int s, int slot) {
    long count = 0;
    for (int c = 0; c < channelCount; c++) {
      long[] counts = valueCounts[s * channelCount + c];
      if (counts != null) {
        count = Math.addExact(count, counts[slot]);
      }
    }
    return count;
  }

  @Nullable QuantityStatistics quantities(int s, int item) {
    return quantities[s * itemCount + item];
  }

  @Nullable TextSample texts(int s, int question) {
    return texts[s * questionCount + question];
  }

  /**
   * @param criterion the criterion's position in the grid
   * @param kind {@link #MET}, {@link #NOT_MET}, {@link #MEASURED}, {@link #MISSED}, {@link #NA} or
   *     {@link #FAILING}
   */
  long observations(int s, int criterion, int kind) {
    return observations[(s * criterionCount + criterion) * OBSERVATION_COUNTS + kind];
  }

  @Nullable Correlation importance(int s, int theme) {
    return importance[s * importanceCount + theme];
  }

  /**
   * @return the structure's lines of responses.jsonl: accepted, and rejected naming it
   */
  SourceCounts responseCounts(int s) {
    return rejects.structure(s, true, responses[s]);
  }

  /**
   * @return the structure's lines of audits.jsonl: accepted (doubles included), and rejected
   *     naming it
   */
  SourceCounts auditCounts(int s) {
    return rejects.structure(s, false, Math.addExact(audits[s], agreement.doubles(s)));
  }


  SourceCounts responseCounts() {
    return rejects.total(true, sum(responses));
  }

  SourceCounts auditCounts() {
    return rejects.total(false, Math.addExact(sum(audits), agreement.doubles()));
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
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
