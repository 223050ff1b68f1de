package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The state at an instant against an oracle written with instants and {@link
 * DateRange#contains(Instant, ZoneId)}: drawn dates (registration before, around or after the
 * collection), zones whose days do not all start at 00:00 or last 24 hours, and instants near the
 * boundaries, a nanosecond either side included.
 */
class EditionStateProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Pacific/Pago_Pago"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Asia/Beirut"),
          ZoneId.of("UTC"));

  private static final LocalDate BASE = LocalDate.of(2010, 1, 1);

  /** One drawn case: the dates, the zone, an instant near one of the four boundaries. */
  private record Case(
      DateRange registration, DateRange collection, ZoneId zone, Instant instant) {
    Edition edition(@Nullable EditionState state) {
      Edition e = EditionLifecycleTest.edition();
      return new Edition(
          e.id(),
          LocalizedText.of("fr", "Baromètre"),
          "fr",
          zone,
          registration,
          collection,
          e.questionnaire(),
          e.grid(),
          e.scoring(),
          e.trophies(),
          null,
          List.of(),
          state);
    }

    Instant start(LocalDate day) {
      return day.atStartOfDay(zone).toInstant();
    }
  }

  private static Gen<Case> cases() {
    Gen<Integer> day = SourceDSL.integers().between(0, 3000);
    Gen<Integer> length = SourceDSL.integers().between(0, 120);
    Gen<Integer> boundary = SourceDSL.integers().between(0, 3);
    Gen<Long> nanos = SourceDSL.longs().between(-3 * 86_400_000_000_000L, 3 * 86_400_000_000_000L);
    Gen<Long> tiny = SourceDSL.longs().between(-2, 2);
    Gen<ZoneId> zone = SourceDSL.integers().between(0, ZONES.size() - 1).map(ZONES::get);
    return day.zip(length, day, length, (a, b, c, d) -> new int[] {a, b, c, d})
        .zip(
            zone,
            boundary,
            nanos,
            (dates, z, which, offset) -> {
              LocalDate opens = BASE.plusDays(dates[0] % 400);
              DateRange registration = new DateRange(opens, opens.plusDays(dates[1]));
              LocalDate from = registration.from().plusDays(dates[2] % 200 - 60);
              DateRange collection = new DateRange(from, from.plusDays(dates[3]));
              LocalDate near =
                  switch (which) {
                    case 0 -> registration.from();
                    case 1 -> registration.to().plusDays(1);
                    case 2 -> collection.from();
                    default -> collection.to().plusDays(1);
                  };
              Instant instant = near.atStartOfDay(z).toInstant().plusNanos(offset);
              return new Case(registration, collection, z, instant);
            })
        .zip(
            tiny,
            SourceDSL.booleans().all(),
            (c, delta, exact) ->
                exact
                    ? new Case(
                        c.registration(),
                        c.collection(),
                        c.zone(),
                        c.start(LocalDate.ofInstant(c.instant(), c.zone())).plusNanos(delta))
                    : c);
  }

  private static EditionState oracle(Case c) {
    if (c.collection().contains(c.instant(), c.zone())) {
      return EditionState.COLLECTION;
    }
    if (!c.instant().isBefore(c.start(c.collection().from()))) {
      return EditionState.SCORING;
    }
    if (!c.instant().isBefore(c.start(c.registration().from()))) {
      return EditionState.REGISTRATION;
    }
    return EditionState.DRAFT;
  }

  @Test
  void stateAt_datedEdition_agreesWithTheOracleOfInstants() {
    qt().withExamples(20_000)
        .forAll(cases())
        .checkAssert(
            c -> {
              Edition edition = c.edition(null);
              EditionState state = edition.stateAt(c.instant());
              assertThat(state).as("%s", c).isEqualTo(oracle(c));
              assertThat(edition.collectsAt(c.instant()))
                  .as("%s", c)
                  .isEqualTo(c.collection().contains(c.instant(), c.zone()));
              assertThat(edition.stateOn(LocalDate.ofInstant(c.instant(), c.zone())))
                  .as("%s", c)
                  .isEqualTo(state);
            });
  }

  @Test
  void stateAt_datedEdition_neverGoesBackInTime() {
    qt().withExamples(10_000)
        .forAll(cases(), SourceDSL.longs().between(0, 200L * 86_400_000_000_000L))
        .checkAssert(
            (c, later) -> {
              Edition edition = c.edition(null);
              assertThat(edition.stateAt(c.instant().plusNanos(later)))
                  .as("%s + %d ns", c, later)
                  .isGreaterThanOrEqualTo(edition.stateAt(c.instant()));
            });
  }

  @Test
  void stateAt_explicitState_alwaysThatStateAndCollectsOnlyInsideTheDates() {
    Gen<EditionState> states =
        SourceDSL.integers()
            .between(0, EditionState.values().length - 1)
            .map(i -> EditionState.values()[i]);
    qt().withExamples(10_000)
        .forAll(cases(), states)
        .checkAssert(
            (c, state) -> {
              Edition edition = c.edition(state);
              assertThat(edition.stateAt(c.instant())).isEqualTo(state);
              assertThat(edition.collectsAt(c.instant()))
                  .as("%s in state %s", c, state)
                  .isEqualTo(
                      state == EditionState.COLLECTION
                          && c.collection().contains(c.instant(), c.zone()));
            });
  }
}
