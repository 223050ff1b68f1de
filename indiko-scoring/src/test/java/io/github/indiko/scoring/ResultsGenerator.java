package io.github.indiko.scoring;

import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.edition.EditionId;
import io.github.indiko.core.edition.Source;
import io.github.indiko.core.edition.Theme;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.Category;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.SizeBand;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.StructureType;
import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.core.validation.SourceCounts;
import io.github.indiko.scoring.spi.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Random but valid {@link Results}, from a seed, for any test framework. Doubles include the
 * awkward ones (integral, negative zero, subnormal, extreme exponents, any finite bit pattern);
 * item ids come in no particular order.
 */
final class ResultsGenerator {
  private static final String FIRST = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String REST = FIRST + "._-";
  private static final double[] AWKWARD = {
    0.0,
    -0.0,
    84.0,
    100.0,
    -100.0,
    1.0E-5,
    1.0E7,
    1.0E22,
    2.0E23,
    Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    0.1,
    1.0 / 3,
    77.35492589868862
  };

  private final SplittableRandom random;

  private ResultsGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * @param seed any seed; the same seed gives equal results
   * @return results with a non-empty consultation top ten more often than not
   */
  static Results results(long seed) {
    return new ResultsGenerator(seed).results();
  }

  private Results results() {
    TreeSet<String> ids = new TreeSet<>();
    int count = random.nextInt(6);
    while (ids.size() < count) {
      ids.add(identifier());
    }
    List<StructureResult> structures = new ArrayList<>();
    for (String id : ids) {
      structures.add(random.nextInt(5) == 0 ? notEnrolled(id) : structure(id));
    }
    List<Trophy> trophies = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      trophies.add(new Trophy.CategoryTrophy(category(), new StructureId(identifier()), number()));
    }
    if (random.nextBoolean()) {
      trophies.add(consultation());
    }
    List<NotAwarded> notAwarded = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      notAwarded.add(new NotAwarded(category(), identifier(), random.nextInt(3)));
    }
    List<Trophy.Consultation> top = new ArrayList<>();
    for (int i = random.nextInt(11); i > 0; i--) {
      top.add(consultation());
    }
    AsOf asOf =
        new AsOf(LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_897)), random.nextBoolean());
    return new Results(
        new EditionId(identifier()),
        asOf,
        counts(),
        counts(),
        structures,
        trophies,
        notAwarded,
        top,
        random.nextInt(3) == 0 ? agreement() : null);
  }

  /** An agreement of auditors (analysis.md §A5), its alphas awkward doubles or null. */
  private Agreement agreement() {
    List<Agreement.CriterionAgreement> criteria = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      criteria.add(new Agreement.CriterionAgreement(new CriterionId(identifier()), reliability()));
    }
    return new Agreement(1 + random.nextLong(Long.MAX_VALUE), criteria, reliability());
  }

  private Agreement.Reliability reliability() {
    Agreement.Level[] levels = Agreement.Level.values();
    return new Agreement.Reliability(
        count(), count(), levels[random.nextInt(levels.length)], nullableNumber());
  }

  private StructureResult notEnrolled(String id) {
    return new StructureResult(
        new StructureId(id),
        category(),
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
        Map.of(), Map.of());
  }

  private StructureResult structure(String id) {
    boolean eligible = random.nextBoolean();
    Map<String, ItemResult> items = new LinkedHashMap<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      items.put(identifier(), item());
    }
    return new StructureResult(
        new StructureId(id),
        category(),
        true,
        Level.values()[random.nextInt(Level.values().length)],
        count(),
        count(),
        source(),
        source(),
        nullableNumber(),
        random.nextBoolean(),
        eligible,
        indicator(true),
        indicator(false),
        indicator(true),
        eligible ? 1 + random.nextInt(Integer.MAX_VALUE) : null,
        eligible ? 1 + random.nextInt(Integer.MAX_VALUE) : null,
        eligible ? number() : null,
        items,
        Map.of(),
        null,
        Map.of(),
        random.nextBoolean() ? 0 : 1 + random.nextLong(Long.MAX_VALUE));
  }

  private SourceResult source() {
    Map<Theme, Double> themes = new HashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      themes.put(new Theme(identifier()), number());
    }
    Map<Channel, ChannelScore> channels = new HashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      channels.put(
          new Channel(identifier()),
          new ChannelScore(nullableNumber(), count(), random.nextBoolean()));
    }
    return new SourceResult(nullableNumber(), random.nextBoolean(), themes, channels);
  }

  private Indicator indicator(boolean withInterval) {
    if (random.nextInt(4) == 0) {
      return Indicator.empty();
    }
    return new Indicator(number(), count(), withInterval ? interval() : null);
  }

  private ItemResult item() {
    boolean nps = random.nextInt(4) == 0;
    return new ItemResult(
        Source.values()[random.nextInt(2)],
        random.nextInt(4) == 0 ? null : new Theme(identifier()),
        number(),
        1 + random.nextLong(Long.MAX_VALUE),
        interval(),
        number(),
        nps ? null : number(),
        nps ? null : number());
  }

  private Trophy.Consultation consultation() {
    return new Trophy.Consultation(new StructureId(identifier()), number(), count());
  }

  private SourceCounts counts() {
    Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    long rejected = 0;
    for (RejectReason reason : RejectReason.values()) {
      if (random.nextInt(3) == 0) {
        long n = random.nextLong(1_000_000);
        byReason.put(reason, n);
        rejected += n;
      }
    }
    long accepted = random.nextLong(1_000_000_000);
    return new SourceCounts(accepted + rejected, accepted, rejected, byReason);
  }

  private Category category() {
    StructureType[] types = StructureType.values();
    SizeBand[] bands = SizeBand.values();
    return new Category(types[random.nextInt(types.length)], bands[random.nextInt(bands.length)]);
  }

  private @Nullable Interval interval() {
    if (random.nextInt(4) == 0) {
      return null;
    }
    double a = number();
    double b = number();
    return new Interval(Math.min(a, b), Math.max(a, b));
  }

  private @Nullable Double nullableNumber() {
    return random.nextInt(4) == 0 ? null : number();
  }

  private double number() {
    switch (random.nextInt(4)) {
      case 0:
        return AWKWARD[random.nextInt(AWKWARD.length)];
      case 1:
        double bits = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(bits) ? bits : 0.5;
      default:
        return random.nextDouble(-100, 100);
    }
  }

  private long count() {
    return random.nextBoolean() ? random.nextLong(1_000) : random.nextLong(Long.MAX_VALUE);
  }

  private String identifier() {
    StringBuilder id = new StringBuilder();
    id.append(FIRST.charAt(random.nextInt(FIRST.length())));
    int length = random.nextInt(8) == 0 ? random.nextInt(64) : random.nextInt(12);
    for (int i = 0; i < length; i++) {
      id.append(REST.charAt(random.nextInt(REST.length())));
    }
    return id.toString();
  }
}
