package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The state of an edition at an instant (domain.md, Lifecycle of an edition): derived from the
 * dates read in the edition's time zone, first and last days whole, unless the operator set one.
 * The 2017 edition: registration 2017-06-20..2017-07-13, collection 2017-09-01..2017-11-30, Paris.
 */
class EditionStateTest {
  private static final Edition DATED = EditionLifecycleTest.edition();

  private static Edition withState(EditionState state) {
    return DATED.withState(state);
  }

  @Test
  void withState_changesTheStateOnly() {
    Edition closed = DATED.withState(EditionState.SCORING);

    assertThat(closed.state()).isEqualTo(EditionState.SCORING);
    assertThat(closed.withState(null)).isEqualTo(DATED);
    assertThat(DATED.state()).isNull();
  }

  private static Instant at(String instant) {
    return OffsetDateTime.parse(instant).toInstant();
  }

  @Test
  void stateAt_registrationBoundaries_readInTheEditionZone() {
    assertThat(DATED.stateAt(at("2017-06-19T23:59:59.999999999+02:00")))
        .isEqualTo(EditionState.DRAFT);
    assertThat(DATED.stateAt(at("2017-06-19T22:00:00Z"))).isEqualTo(EditionState.REGISTRATION);
    assertThat(DATED.stateAt(at("2017-07-13T23:59:59+02:00")))
        .isEqualTo(EditionState.REGISTRATION);
  }

  @Test
  void stateAt_betweenRegistrationAndCollection_isRegistration() {
    assertThat(DATED.stateAt(at("2017-07-14T00:00:00+02:00")))
        .isEqualTo(EditionState.REGISTRATION);
    assertThat(DATED.stateAt(at("2017-08-31T23:59:59.999999999+02:00")))
        .isEqualTo(EditionState.REGISTRATION);
  }

  @Test
  void stateAt_collectionBoundaries_firstAndLastDaysWhole() {
    assertThat(DATED.stateAt(at("2017-08-31T22:00:00Z"))).isEqualTo(EditionState.COLLECTION);
    assertThat(DATED.stateAt(at("2017-11-30T23:59:59.999999999+01:00")))
        .isEqualTo(EditionState.COLLECTION);
    assertThat(DATED.stateAt(at("2017-11-30T23:00:00Z"))).isEqualTo(EditionState.SCORING);
    assertThat(DATED.stateAt(at("2030-01-01T00:00:00Z"))).isEqualTo(EditionState.SCORING);
  }

  @Test
  void stateOn_days_giveTheStateOfTheWholeDay() {
    assertThat(DATED.stateOn(LocalDate.of(2017, 6, 19))).isEqualTo(EditionState.DRAFT);
    assertThat(DATED.stateOn(LocalDate.of(2017, 6, 20))).isEqualTo(EditionState.REGISTRATION);
    assertThat(DATED.stateOn(LocalDate.of(2017, 8, 31))).isEqualTo(EditionState.REGISTRATION);
    assertThat(DATED.stateOn(LocalDate.of(2017, 9, 1))).isEqualTo(EditionState.COLLECTION);
    assertThat(DATED.stateOn(LocalDate.of(2017, 11, 30))).isEqualTo(EditionState.COLLECTION);
    assertThat(DATED.stateOn(LocalDate.of(2017, 12, 1))).isEqualTo(EditionState.SCORING);
  }

  @Test
  void stateAt_explicitState_winsOverTheDates() {
    Edition closedEarly = withState(EditionState.SCORING);
    assertThat(closedEarly.stateAt(at("2017-10-01T10:00:00+02:00")))
        .isEqualTo(EditionState.SCORING);
    assertThat(closedEarly.stateOn(LocalDate.of(2017, 6, 1))).isEqualTo(EditionState.SCORING);
    assertThat(withState(EditionState.PUBLISHED).stateOn(LocalDate.of(2018, 1, 1)))
        .isEqualTo(EditionState.PUBLISHED);
    assertThat(withState(EditionState.COLLECTION).stateOn(LocalDate.of(2018, 1, 1)))
        .isEqualTo(EditionState.COLLECTION);
  }

  @Test
  void collectsAt_datedEdition_exactlyInsideTheCollectionDays() {
    assertThat(DATED.collectsAt(at("2017-08-31T21:59:59Z"))).isFalse();
    assertThat(DATED.collectsAt(at("2017-08-31T22:00:00Z"))).isTrue();
    assertThat(DATED.collectsAt(at("2017-11-30T22:59:59Z"))).isTrue();
    assertThat(DATED.collectsAt(at("2017-11-30T23:00:00Z"))).isFalse();
  }

  @Test
  void collectsAt_explicitState_closesEarlyButNeverWidensTheDates() {
    Instant inside = at("2017-10-01T10:00:00+02:00");
    assertThat(withState(EditionState.SCORING).collectsAt(inside)).isFalse();
    assertThat(withState(EditionState.REGISTRATION).collectsAt(inside)).isFalse();
    assertThat(withState(EditionState.COLLECTION).collectsAt(inside)).isTrue();
    assertThat(withState(EditionState.COLLECTION).collectsAt(at("2017-12-01T10:00:00+01:00")))
        .isFalse();
  }

  @Test
  void collectionClosed_statesFromScoringOn() {
    assertThat(EditionState.DRAFT.collectionClosed()).isFalse();
    assertThat(EditionState.REGISTRATION.collectionClosed()).isFalse();
    assertThat(EditionState.COLLECTION.collectionClosed()).isFalse();
    assertThat(EditionState.SCORING.collectionClosed()).isTrue();
    assertThat(EditionState.PUBLISHED.collectionClosed()).isTrue();
    assertThat(EditionState.AWARDED.collectionClosed()).isTrue();
  }

  @Test
  void fromId_lowerCaseNames_roundTripAndUnknownIsRefused() {
    for (EditionState state : EditionState.values()) {
      assertThat(EditionState.fromId(state.id())).isEqualTo(state);
    }
    assertThatThrownBy(() -> EditionState.fromId("Closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown state \"Closed\": expected draft, registration, collection, scoring,"
                + " published or awarded");
  }
}
