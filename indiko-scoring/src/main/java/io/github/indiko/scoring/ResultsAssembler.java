package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.MinimumAudits;
import io.github.indiko.core.edition.ScoringSettings;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.scoring.internal.ItemStatistics;
import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import io.github.indiko.scoring.spi.ItemAccumulator;
import io.github.indiko.scoring.spi.ItemValue;
import io.github.indiko.scoring.spi.RankingInput;
import io.github.indiko.scoring.spi.WeightedStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Computes the results of a tally: scoring.md §2–§4, §6, §7 and §9. */
final class ResultsAssembler {
  static final String TOO_FEW_ELIGIBLE = "too_few_eligible";
  private static final int CONSULTATION_LISTED = 10;

  private final Tally tally;
  private final AsOf asOf;
  private final EditionPlan plan;
  private final ScoringSettings settings;
  private final Scores scores;
  private final WeightedScores weightedScores;

  private ResultsAssembler(Tally tally, AsOf asOf) {
    this.tally = tally;
    this.asOf = asOf;
    this.plan = tally.plan;
    this.settings = plan.settings();
    this.scores = new Scores(plan);
    this.weightedScores = new WeightedScores(plan);
  }

  static Results results(Tally tally, AsOf asOf) {
    return new ResultsAssembler(tally, asOf).results();
  }

  /** A structure's numbers before ranking. */
  private record Scored(
      int index,
      Structure structure,
      @Nullable Level level,
      StructureResult unranked,
      @Nullable Double key,
      @Nullable Double satisfactionLow) {
    boolean eligible() {
      return unranked.eligible();
    }
  }

  private Results results() {
    List<Scored> scored = new ArrayList<>();
    for (int s = 0; s < plan.structures.size(); s++) {
      if (plan.levels[s] != null) {
        scored.add(score(s));
      } else if (tally.named(s)) {
        scored.add(notEnrolled(s));
      }
    }

    Map<Category, List<Scored>> byCategory = new TreeMap<>();
    TreeSet<Category> categories = new TreeSet<>();
    for (Scored one : scored) {
      if (one.level() != null) {
        categories.add(one.structure().category());
      }
      if (one.eligible()) {
        byCategory.computeIfAbsent(one.structure().category(), c -> new ArrayList<>()).add(one);
      }
    }
    Map<Integer, int[]> ranks = new TreeMap<>();
    List<Trophy> trophies = new ArrayList<>();
    List<NotAwarded> notAwarded = new ArrayList<>();
    for (Category category : categories) {
      List<Scored> eligible = byCategory.getOrDefault(category, new ArrayList<>());
      eligible.sort(RANKING);
      for (int r = 0; r < eligible.size(); r++) {
        ranks.put(eligible.get(r).index(), new int[] {r + 1, eligible.size()});
      }
      if (eligible.size() >= plan.definitions.edition().trophies().minimumEligible()) {
        Scored winner = eligible.get(0);
        Double composite = winner.unranked().composite();
        if (composite == null) {
          throw new IllegalStateException("an eligible structure has a composite");
        }
        trophies.add(new Trophy.CategoryTrophy(category, winner.structure().id(), composite));
      } else {
        notAwarded.add(new NotAwarded(category, TOO_FEW_ELIGIBLE, eligible.size()));
      }
    }

    List<StructureResult> structures = new ArrayList<>();
    for (Scored one : scored) {
      int[] rank = ranks.get(one.index());
      structures.add(rank == null ? one.unranked() : ranked(one.unranked(), rank[0], rank[1]));
    }
    List<Trophy.Consultation> consultation = consultation(scored);
    if (!consultation.isEmpty()) {
      trophies.add(consultation.get(0));
    }
    return new Results(
        plan.definitions.edition().id(),
        asOf,
        tally.responseCounts(),
        tally.auditCounts(),
        structures,
        trophies,
        notAwarded,
        consultation,
        tally.agreement());
  }

  /** Key desc, lower Wilson bound of satisfaction desc (missing ones last), responses desc, id. */
  private static final Comparator<Scored> RANKING =
      Comparator.comparing(Scored::key, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Scored::satisfactionLow, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(one -> one.unranked().responses(), Comparator.reverseOrder())
          .thenComparing(one -> one.structure().id());

  private static StructureResult ranked(StructureResult r, int rank, int of) {
    double percentile = of == 1 ? 100 : 100.0 * (of - rank) / (of - 1);
    return new StructureResult(
        r.id(),
        r.category(),
        r.enrolled(),
        r.level(),
        r.responses(),
        r.audits(),
        r.survey(),
        r.audit(),
        r.composite(),
        r.partial(),
        r.eligible(),
        r.satisfaction(),
        r.net(),
        r.nps(),
        rank,
        of,
        percentile,
        r.items(),
        r.segments(),
        r.weighting(),
        r.versions(),
        r.doubles());
  }

  private List<Trophy.Consultation> consultation(List<Scored> scored) {
    int minimum = plan.definitions.edition().trophies().consultationMinimumResponses();
    List<Trophy.Consultation> candidates = new ArrayList<>();
    for (Scored one : scored) {
      Long population = one.structure().population();
      long responses = one.unranked().responses();
      if (one.level() != null && population != null && population > 0 && responses >= minimum) {
        candidates.add(
            new Trophy.Consultation(
                one.structure().id(), responses * 1000.0 / population, responses));
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Trophy.Consultation::participation)
            .reversed()
            .thenComparing(Trophy.Consultation::responses, Comparator.reverseOrder())
            .thenComparing(Trophy.Consultation::structure));
    return candidates.subList(0, Math.min(CONSULTATION_LISTED, candidates.size()));
  }

  private Scored notEnrolled(int s) {
    Structure structure = plan.structures.get(s);
    StructureResult result =
        new StructureResult(
            structure.id(),
            structure.category(),
            false,
            null,
            0,
            0,
            SourceResult.empty(),
            SourceResult.empty(),
            null,
            true,
            false,
            Indicator.empty(),
            Indicator.empty(),
            Indicator.empty(),
            null,
            null,
            null,
            Map.of(),
            SegmentBreakdown.cells(tally.segments(), s, scores, null, weightedScores),
            null,
            tally.versions(s),
            0);
    return new Scored(s, structure, null, result, null, null);
  }

  private Scored score(int s) {
    Structure structure = plan.structures.get(s);
    WeightTally cells = tally.weightCells();
    WeightedStructure weighting =
        cells == null ? null : WeightedStructure.of(plan, cells, s, structure.id());
    // With any status but weighted, every number is the unweighted one (analysis.md, Weights).
    WeightedStructure weighted = weighting != null && weighting.weighted() ? weighting : null;
    int items = plan.items.length;
    double[] values = new double[items];
    Map<String, ItemResult> itemResults = new LinkedHashMap<>();
    for (int i = 0; i < items; i++) {
      values[i] = Double.NaN;
      ItemAccumulator accumulator = tally.value(s, i);
      ItemStatistics statistics = tally.statistics(s, i);
      if (accumulator == null || statistics == null || statistics.count() == 0) {
        continue;
      }
      Double nEffective = null;
      double mean = statistics.mean().orElseThrow();
      Double satisfaction = orElse(statistics.satisfaction(), null);
      Double net = orElse(statistics.net(), null);
      if (weighting != null && i < plan.questionCount) {
        int all = WeightedStructure.ALL;
        WeightedStructure.Value term = weighted == null ? null : weighted.value(i, all, all);
        if (term == null) {
          nEffective = (double) statistics.count();
        } else {
          // The item's statistics are weighted as its value (analysis.md §A3, Weighted
          // statistics); every weight 0 leaves them undefined, and the unweighted ones stand.
          WeightedStatistics weightedStatistics = term.statistics();
          accumulator = term.accumulator();
          nEffective = weightedStatistics.nEffective().orElse(0);
          mean = weightedStatistics.mean().orElse(mean);
          satisfaction = orElse(weightedStatistics.share(), satisfaction);
          net = orElse(weightedStatistics.net(), net);
        }
      }
      ItemValue value = scores.finish(accumulator);
      values[i] = value.value();
      ItemPlan item = plan.items[i];
      itemResults.put(
          item.id,
          new ItemResult(
              item.source,
              item.theme,
              value.value(),
              statistics.count(),
              value.interval(),
              mean,
              item.isNps() ? null : satisfaction,
              item.isNps() ? null : net,
              nEffective));
    }

    SourceResult survey = survey(s, structure, values, weighted);
    SourceResult audit = audit(s, structure, values);

    double sum = 0;
    double weights = 0;
    boolean partial = false;
    for (Source source : Source.values()) {
      double weight = settings.weight(source);
      SourceResult result = source == Source.SURVEY ? survey : audit;
      Double score = result.score();
      if (result.sufficient() && score != null) {
        sum += weight * score;
        weights += weight;
      } else if (weight > 0) {
        partial = true;
      }
    }
    Double composite = weights > 0 ? sum / weights : null;

    ItemStatistics pooled = tally.satisfaction(s);
    int all = WeightedStructure.ALL;
    Indicator satisfaction =
        weighted == null
            ? scores.satisfaction(pooled)
            : weightedScores.satisfaction(weighted, all, all);
    Interval satisfactionInterval = satisfaction.ci();

    boolean eligible = !partial;
    StructureResult result =
        new StructureResult(
            structure.id(),
            structure.category(),
            true,
            plan.levels[s],
            tally.responses(s),
            tally.audits(s),
            survey,
            audit,
            composite,
            partial,
            eligible,
            satisfaction,
            weighted == null ? scores.net(pooled) : weightedScores.net(weighted, all, all),
            weighted == null ? scores.nps(tally.nps(s)) : weightedScores.nps(weighted, all, all),
            null,
            null,
            null,
            itemResults,
            SegmentBreakdown.cells(tally.segments(), s, scores, weighted, weightedScores),
            weighting == null ? null : weighting.summary(),
            tally.versions(s),
            tally.doubles(s));
    RankingInput input =
        weighted == null
            ? rankingInput(s, structure, composite)
            : weightedScores.rankingInput(weighted, structure.id(), composite);
    Double key = eligible ? plan.ranking.key(input) : null;
    return new Scored(
        s,
        structure,
        plan.levels[s],
        result,
        key,
        satisfactionInterval == null ? null : satisfactionInterval.low());
  }

  private RankingInput rankingInput(int s, Structure structure, @Nullable Double composite) {
    ExactSum index = tally.respondentIndex(s);
    if (index == null || index.count() == 0) {
      return new RankingInput(structure.id(), composite, 0, null, null);
    }
    double mean = index.mean();
    Interval interval =
        Intervals.studentT(
                mean, index.sampleStandardDeviation(), index.count(), settings.confidence())
            .orElse(null);
    return new RankingInput(structure.id(), composite, index.count(), mean, interval);
  }

  private SourceResult survey(
      int s, Structure structure, double[] values, @Nullable WeightedStructure weighted) {
    boolean[] member = new boolean[plan.items.length];
    Arrays.fill(member, 0, plan.questionCount, true);
    Map<Channel, ChannelScore> channels = new TreeMap<>();
    for (int c = 0; c < plan.channels.size(); c++) {
      long n = tally.channelResponses(s, c);
      if (n == 0) {
        continue;
      }
      if (n < settings.disclosureThreshold()) {
        channels.put(plan.channels.get(c), new ChannelScore(null, n, true));
        continue;
      }
      int channel = c;
      Double score =
          weighted == null
              ? scores.surveyScore(q -> tally.channelValue(s, channel, q))
              : scores.surveyScore(q -> weighted.accumulator(q, channel, WeightedStructure.ALL));
      channels.put(plan.channels.get(c), new ChannelScore(score, n, false));
    }
    boolean sufficient = tally.responses(s) >= settings.minimumResponses();
    return sourceResult(values, member, sufficient, channels);
  }

  private SourceResult audit(int s, Structure structure, double[] values) {
    boolean[] member = new boolean[plan.items.length];
    Arrays.fill(member, plan.questionCount, plan.items.length, true);
    Map<Channel, ChannelScore> channels = new TreeMap<>();
    for (int c = 0; c < plan.channels.size(); c++) {
      long n = tally.channelAudits(s, c);
      if (n == 0) {
        continue;
      }
      // A record observes only criteria of its channel: the channel's items are its criteria.
      boolean[] ofChannel = new boolean[plan.items.length];
      for (int k = plan.questionCount; k < plan.items.length; k++) {
        ofChannel[k] = plan.items[k].channelIndex == c;
      }
      double[] themes = scores.themeScores(values, ofChannel);
      channels.put(plan.channels.get(c), new ChannelScore(scores.sourceScore(themes), n, false));
    }
    return sourceResult(values, member, auditSufficient(s, structure), channels);
  }

  private boolean auditSufficient(int s, Structure structure) {
    MinimumAudits minimum = settings.minimumAudits();
    if (minimum instanceof MinimumAudits.Total total) {
      return tally.audits(s) >= total.count();
    }
    Map<Channel, Integer> counts = ((MinimumAudits.PerChannel) minimum).counts();
    for (int c = 0; c < plan.channels.size(); c++) {
      Channel channel = plan.channels.get(c);
      if (structure.offers(channel)
          && tally.channelAudits(s, c) < counts.getOrDefault(channel, 0)) {
        return false;
      }
    }
    return true;
  }

  private SourceResult sourceResult(
      double[] values, boolean[] member, boolean sufficient, Map<Channel, ChannelScore> channels) {
    double[] themeScores = scores.themeScores(values, member);
    Map<Theme, Double> themes = new TreeMap<>();
    for (int t = 0; t < themeScores.length; t++) {
      if (!Double.isNaN(themeScores[t])) {
        themes.put(plan.themes.get(t), themeScores[t]);
      }
    }
    return new SourceResult(scores.sourceScore(themeScores), sufficient, themes, channels);
  }

  private static @Nullable Double orElse(OptionalDouble value, @Nullable Double other) {
    return value.isPresent() ? value.getAsDouble() : other;
  }
}
