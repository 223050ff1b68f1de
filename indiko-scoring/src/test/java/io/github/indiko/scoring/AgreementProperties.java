package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditId;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.grid.CriterionId;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.StructureId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agreement of auditors does not depend on the order in which records are added, nor on how
 * they are split between merged tallies, a double's original being in another tally or added after
 * it: bit for bit (analysis.md §A5).
 */
class AgreementProperties {
  private static final ScoringEngine ENGINE =
      ScoringEngine.builder().builtIns().asOf(LocalDate.of(2018, 1, 15)).build();
  private static final OffsetDateTime AT = OffsetDateTime.parse("2017-10-04T11:05:55+02:00");

  private static EditionDefinitions definitions;
  private static List<StructureId> phoned;

  @BeforeAll
  static void load() {
    definitions = EditionFolder.load(Samples.edition());
    List<StructureId> enrolled =
        definitions.enrolments().stream().map(Enrolment::structure).toList();
    phoned =
        definitions.structures().stream()
            .filter(s -> enrolled.contains(s.id()) && s.offers(Channel.PHONE))
            .map(s -> s.id())
            .limit(3)
            .toList();
  }

  /** Phone audits: originals with 0 to 4 doubles each, values drawn from the seed. */
  private static List<AuditRecord> records(long seed, int originals) {
    Random random = new Random(seed);
    List<AuditRecord> records = new ArrayList<>();
    for (int o = 0; o < originals; o++) {
      StructureId structure = phoned.get(random.nextInt(phoned.size()));
      AuditId original = new AuditId("o-" + o);
      records.add(record(original, structure, null, random));
      for (int d = random.nextInt(5); d > 0; d--) {
        records.add(record(new AuditId("o-" + o + "-" + d), structure, original, random));
      }
    }
    return records;
  }

  private static AuditRecord record(
      AuditId id, StructureId structure, @Nullable AuditId of, Random random) {
    Map<CriterionId, Observation> observations = new LinkedHashMap<>();
    observations.put(new CriterionId("phone_hours"), check(random));
    boolean rings = random.nextInt(5) > 0;
    observations.put(
        new CriterionId("phone_rings"),
        rings ? new Observation.Measured(random.nextInt(12) / 4.0) : Observation.NOT_APPLICABLE);
    if (rings) {
      observations.put(new CriterionId("phone_greeting"), check(random));
      observations.put(new CriterionId("phone_answer"), check(random));
    }
    return new AuditRecord(
        id,
        definitions.edition().grid(),
        structure,
        Channel.PHONE,
        id.value(),
        AT,
        observations,
        null,
        of);
  }

  private static Observation check(Random random) {
    int draw = random.nextInt(5);
    if (draw == 0) {
      return Observation.NOT_APPLICABLE;
    }
    return draw < 3 ? Observation.MET : Observation.NOT_MET;
  }

  private static Tally tally(List<AuditRecord> records) {
    Tally tally = ENGINE.tally(definitions);
    records.forEach(tally::add);
    return tally;
  }

  @Test
  void results_anyOrderAndSplit_sameBits() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(1, 25), integers().between(1, 4))
        .checkAssert(
            (seed, originals, parts) -> {
              List<AuditRecord> records = records(seed, originals);
              Results whole = ENGINE.results(tally(records));
              List<AuditRecord> shuffled = new ArrayList<>(records);
              Random random = new Random(~seed);
              Collections.shuffle(shuffled, random);
              List<List<AuditRecord>> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(new ArrayList<>());
              }
              shuffled.forEach(record -> split.get(random.nextInt(parts)).add(record));
              Tally merged = tally(split.get(0));
              for (int p = 1; p < parts; p++) {
                Tally part = tally(split.get(p));
                merged = random.nextBoolean() ? merged.merge(part) : part.merge(merged);
              }

              Results results = ENGINE.results(merged);

              assertThat(results).isEqualTo(whole);
              assertThat(results.agreement() == null)
                  .isEqualTo(records.stream().noneMatch(AuditRecord::isDouble));
            });
  }

  @Test
  void results_doublesOfOriginalsOfAnotherTally_joinThemWhenMerged() {
    List<AuditRecord> records = records(7, 12);
    List<AuditRecord> originals = records.stream().filter(r -> !r.isDouble()).toList();
    List<AuditRecord> doubles = records.stream().filter(AuditRecord::isDouble).toList();

    Results apart = ENGINE.results(tally(doubles).merge(tally(originals)));
    Agreement alone = ENGINE.results(tally(doubles)).agreement();

    assertThat(apart).isEqualTo(ENGINE.results(tally(records)));
    assertThat(apart.agreement().criteria())
        .filteredOn(c -> c.criterion().value().equals("phone_rings"))
        .singleElement()
        .satisfies(c -> assertThat(c.reliability().units()).isPositive());
    assertThat(alone.doubles()).isEqualTo(apart.agreement().doubles());
    assertThat(alone.criteria()).allSatisfy(c -> assertThat(c.reliability().units()).isZero());
  }

  @Test
  void add_originalTwice_refusedCountingNothing() {
    List<AuditRecord> records = records(3, 1);
    Tally tally = tally(records);
    Tally other = tally(records.subList(0, 1));

    assertThatThrownBy(() -> tally.add(records.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("o-0");
    assertThatThrownBy(() -> tally.merge(other)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ENGINE.results(tally)).isEqualTo(ENGINE.results(tally(records)));
  }
}
