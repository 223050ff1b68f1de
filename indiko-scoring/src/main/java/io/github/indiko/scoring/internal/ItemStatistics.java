package io.github.indiko.scoring.internal;

import io.github.indiko.scoring.spi.ExactSum;
import io.github.indiko.scoring.spi.Interval;
import io.github.indiko.scoring.spi.Intervals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The per-item statistics of scoring.md §2 for one structure and one item (or several items
 * pooled): over the item scores, n, mean, sample standard deviation, favourable and unfavourable
 * counts, satisfaction, net and, for {@code nps} items, promoters, detractors and the NPS; apart
 * from the scores, the distribution of discrete answers and the {@code na} count.
 *
 * <p>A mergeable accumulator: results depend neither on the order of the additions nor on how they
 * were split between merged statistics, bit for bit. Mutable and not thread-safe: one per thread,
 * combined with {@link #merge}.
 */
public final class ItemStatistics {
  /** Whether an answer is favourable, unfavourable or neither (scoring.md §1). */
  public enum Polarity {
    /** Counts in f. */
    FAVOURABLE,
    /** Counts in neither f nor u. */
    NEUTRAL,
    /** Counts in u. */
    UNFAVOURABLE
  }

  /**
   * The order of distribution keys: decimal numbers first, by value (then by text, for "1" and
   * "1.0"), then the other values by their UTF-16 text.
   */
  private static final Comparator<String> VALUE_ORDER = ItemStatistics::compareValues;

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");
  /** The lowest item score of a promoter (an nps answer of 9 or 10). */
  public static final double PROMOTER_SCORE = 90;

  /** The highest item score of a detractor (an nps answer from 0 to 6). */
  public static final double DETRACTOR_SCORE = 60;

  private final boolean nps;
  private final ExactSum scores;
  private final TreeMap<String, Long> distribution;
  private long favourable;
  private long unfavourable;
  private long promoters;
  private long detractors;
  private long na;

  private ItemStatistics(boolean nps, ExactSum scores, TreeMap<String, Long> distribution) {
    this.nps = nps;
    this.scores = scores;
    this.distribution = distribution;
  }

  /**
   * @return statistics of an item other than {@code nps}, holding nothing
   */
  public static ItemStatistics empty() {
    return new ItemStatistics(false, ExactSum.empty(), new TreeMap<>(VALUE_ORDER));
  }

  /**
   * @return statistics of an {@code nps} item, holding nothing: they also count promoters (item
   *     score ≥ 90, answers 9–10) and detractors (item score ≤ 60, answers 0–6)
   */
  public static ItemStatistics emptyNps() {
    return new ItemStatistics(true, ExactSum.empty(), new TreeMap<>(VALUE_ORDER));
  }

  /**
   * Adds one item score.
   *
   * @param score the item score in [0, 100] (for {@code nps}, 10 · the answer)
   * @param polarity whether the answer is favourable, unfavourable or neither
   * @throws IllegalArgumentException when the score is not in [0, 100]
   */
  public void add(double score, Polarity polarity) {
    add(score, polarity, 1);
  }

  /**
   * Adds one item score {@code count} times, in constant time.
   *
   * @param score the item score in [0, 100] (for {@code nps}, 10 · the answer)
   * @param polarity whether the answer is favourable, unfavourable or neither
   * @param count how many times, at least 1
   * @throws IllegalArgumentException when the score is not in [0, 100] or the count less than 1
   */
  public void add(double score, Polarity polarity, long count) {
    scores.add(score, count);
    if (polarity == Polarity.FAVOURABLE) {
      favourable += count;
    } else if (polarity == Polarity.UNFAVOURABLE) {
      unfavourable += count;
    }
    if (nps && score >= PROMOTER_SCORE) {
      promoters += count;
    } else if (nps && score <= DETRACTOR_SCORE) {
      detractors += count;
    }
  }

  /**
   * Counts one discrete answer value in the distribution, whether or not it has an item score (a
   * {@code multi_choice} answer counts each of its values).
   *
   * @param value the raw value: a number as written, an option value, {@code yes} or {@code no}…
   */
  public void addValue(String value) {
    addValue(value, 1);
  }

  /**
   * Counts a discrete answer value several times, as as many calls of {@link #addValue(String)}.
   *
   * @param value the raw value
   * @param count how many times, at least 1
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public void addValue(String value, long count) {
    if (count < 1) {
      throw new IllegalArgumentException("a value counts at least once: " + count);
    }
    distribution.merge(value, count, Math::addExact);
  }

  /** Counts one {@code "na"} answer, which has no item score and is not in the distribution. */
  public void addNa() {
    na++;
  }

  /**
   * @param other statistics of the same kind ({@code nps} or not); may be this one
   * @return new statistics holding the additions of both; neither changes
   * @throws IllegalArgumentException when one is of an {@code nps} item and the other is not
   */
  public ItemStatistics merge(ItemStatistics other) {
    if (other.nps != nps) {
      throw new IllegalArgumentException(
          "statistics of an nps item cannot merge with statistics of another item type");
    }
    TreeMap<String, Long> values = new TreeMap<>(distribution);
    other.distribution.forEach((value, count) -> values.merge(value, count, Math::addExact));
    ItemStatistics merged = new ItemStatistics(nps, scores.merge(other.scores), values);
    merged.favourable = favourable + other.favourable;
    merged.unfavourable = unfavourable + other.unfavourable;
    merged.promoters = promoters + other.promoters;
    merged.detractors = detractors + other.detractors;
    merged.na = Math.addExact(na, other.na);
    return merged;
  }

  /**
   * @return whether these are the statistics of an {@code nps} item
   */
  public boolean isNps() {
    return nps;
  }

  /**
   * @return n, the number of item scores
   */
  public long count() {
    return scores.count();
  }

  /**
   * @return Σs/n, on the 2⁻³² grid of {@link ExactSum}; empty when n = 0
   */
  public OptionalDouble mean() {
    return count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(scores.mean());
  }

  /**
   * @return the sample standard deviation (n − 1 in the denominator; 0 when n = 1); empty when n =
   *     0
   */
  public OptionalDouble standardDeviation() {
    return count() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(scores.sampleStandardDeviation());
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return the Student t interval of the mean, or empty when n &lt; 2
   */
  public Optional<Interval> meanInterval(double confidence) {
    // With no score, Intervals still checks the level and gives no interval.
    return count() == 0
        ? Intervals.studentT(0, 0, 0, confidence)
        : Intervals.studentT(scores.mean(), scores.sampleStandardDeviation(), count(), confidence);
  }

  /**
   * @return f, the number of favourable item scores
   */
  public long favourable() {
    return favourable;
  }

  /**
   * @return u, the number of unfavourable item scores
   */
  public long unfavourable() {
    return unfavourable;
  }

  /**
   * @return the satisfaction 100 · f / n, in [0, 100]; empty when n = 0
   */
  public OptionalDouble satisfaction() {
    return share(favourable);
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return the Wilson interval of the satisfaction, or empty when n = 0
   */
  public Optional<Interval> satisfactionInterval(double confidence) {
    return Intervals.wilson(favourable, count(), confidence);
  }

  /**
   * @return the net satisfaction 100 · (f − u) / n, in [−100, 100]; empty when n = 0
   */
  public OptionalDouble net() {
    return share(favourable - unfavourable);
  }

  /**
   * @return the number of promoters (answers 9–10); 0 unless {@link #isNps()}
   */
  public long promoters() {
    return promoters;
  }

  /**
   * @return the number of detractors (answers 0–6); 0 unless {@link #isNps()}
   */
  public long detractors() {
    return detractors;
  }

  /**
   * @return 100 · (P − D) with P and D the shares of promoters and detractors, in [−100, 100];
   *     empty when n = 0 or when these are not the statistics of an {@code nps} item
   */
  public OptionalDouble nps() {
    if (!nps || count() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(100 * (promoterShare() - detractorShare()));
  }

  /**
   * @param confidence the confidence level, in (0, 1)
   * @return the interval of the NPS (scoring.md §5), or empty when n &lt; 2 or when these are not
   *     the statistics of an {@code nps} item
   */
  public Optional<Interval> npsInterval(double confidence) {
    if (!nps || count() == 0) {
      // Intervals still checks the level and gives no interval for no answer.
      return Intervals.nps(0, 0, 0, confidence);
    }
    return Intervals.nps(promoterShare(), detractorShare(), count(), confidence);
  }

  /**
   * @return value → count of the discrete answers, an unmodifiable copy sorted with the decimal
   *     numbers first, by value (then by text: "1" before "1.0"), then the other values by text
   */
  public SortedMap<String, Long> distribution() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(distribution));
  }

  /**
   * @return the number of {@code "na"} answers
   */
  public long na() {
    return na;
  }

  @Override
  public String toString() {
    return "ItemStatistics[nps="
        + nps
        + ", "
        + scores
        + ", favourable="
        + favourable
        + ", unfavourable="
        + unfavourable
        + ", promoters="
        + promoters
        + ", detractors="
        + detractors
        + ", distribution="
        + distribution
        + ", na="
        + na
        + "]";
  }

  private OptionalDouble share(long part) {
    return count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / count());
  }

  private double promoterShare() {
    return (double) promoters / count();
  }

  private double detractorShare() {
    return (double) detractors / count();
  }

  private static int compareValues(String a, String b) {
    BigDecimal x = decimal(a);
    BigDecimal y = decimal(b);
    if (x != null && y != null) {
      int byValue = x.compareTo(y);
      return byValue != 0 ? byValue : a.compareTo(b);
    }
    if (x != null || y != null) {
      return x != null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static @Nullable BigDecimal decimal(String value) {
    return DECIMAL.matcher(value).matches() ? new BigDecimal(value) : null;
  }
}
