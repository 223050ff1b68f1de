package io.github.indiko.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.LocalizedText;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionLifecycleTest {
  static Edition edition() {
    return new Edition(
        new EditionId("2017"),
        LocalizedText.of("fr", "Baromètre 2017"),
        "fr",
        ZoneId.of("Europe/Paris"),
        new DateRange(LocalDate.of(2017, 6, 20), LocalDate.of(2017, 7, 13)),
        new DateRange(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 11, 30)),
        new DefinitionRef("accueil", 3),
        new DefinitionRef("audit-accueil", 1),
        ScoringSettings.defaults(),
        TrophySettings.defaults(),
        null,
        List.of());
  }

  private static Enrolment enrolment(String structure, LocalDate at) {
    return new Enrolment(new StructureId(structure), at, Level.RAW);
  }

  @Test
  void transitions_inOrder_reachAwarded() {
    EditionLifecycle lifecycle = EditionLifecycle.draft(edition());
    assertThat(lifecycle.state()).isEqualTo(EditionState.DRAFT);
    lifecycle = lifecycle.open();
    assertThat(lifecycle.state()).isEqualTo(EditionState.REGISTRATION);
    lifecycle = lifecycle.close();
    assertThat(lifecycle.state()).isEqualTo(EditionState.COLLECTION);
    lifecycle = lifecycle.close();
    assertThat(lifecycle.state()).isEqualTo(EditionState.SCORING);
    lifecycle = lifecycle.publish();
    assertThat(lifecycle.state()).isEqualTo(EditionState.PUBLISHED);
    assertThat(lifecycle.award().state()).isEqualTo(EditionState.AWARDED);
  }

  @Test
  void transition_outOfOrder_namesTheCurrentState() {
    EditionLifecycle draft = EditionLifecycle.draft(edition());
    assertThatThrownBy(draft::publish)
        .isInstanceOf(LifecycleException.class)
        .hasMessage("cannot publish the edition in state draft: it needs scoring")
        .extracting(e -> ((LifecycleException) e).state())
        .isEqualTo(EditionState.DRAFT);
    assertThatThrownBy(draft::close).hasMessageContaining("state draft");
    EditionLifecycle awarded = draft.open().close().close().publish().award();
    assertThatThrownBy(awarded::open).hasMessageContaining("state awarded");
    assertThatThrownBy(awarded::award).hasMessageContaining("state awarded");
  }

  @Test
  void transition_doesNotChangeTheOriginal() {
    EditionLifecycle draft = EditionLifecycle.draft(edition());
    draft.open();
    assertThat(draft.state()).isEqualTo(EditionState.DRAFT);
  }

  @Test
  void enrol_insideTheWindow_bothEndsIncluded() {
    EditionLifecycle open = EditionLifecycle.draft(edition()).open();
    EditionLifecycle enrolled =
        open.enrol(enrolment("mairie-a", LocalDate.of(2017, 6, 20)))
            .enrol(enrolment("mairie-b", LocalDate.of(2017, 7, 13)));
    assertThat(enrolled.enrolments()).hasSize(2);
    assertThat(enrolled.close().enrolments()).isEqualTo(enrolled.enrolments());
    assertThat(open.enrolments()).isEmpty();
  }

  @Test
  void enrol_late_isRefusedAndChangesNothing() {
    EditionLifecycle open =
        EditionLifecycle.draft(edition())
            .open()
            .enrol(enrolment("mairie-a", LocalDate.of(2017, 6, 25)));
    assertThatThrownBy(() -> open.enrol(enrolment("mairie-b", LocalDate.of(2017, 7, 14))))
        .isInstanceOf(LifecycleException.class)
        .hasMessage(
            "cannot enrol mairie-b on 2017-07-14: registration is open 2017-06-20..2017-07-13");
    assertThat(open.enrolments()).containsOnlyKeys(new StructureId("mairie-a"));
    assertThat(open.state()).isEqualTo(EditionState.REGISTRATION);
  }

  @Test
  void enrol_outsideRegistrationState_orTwice_isRefused() {
    EditionLifecycle draft = EditionLifecycle.draft(edition());
    Enrolment a = enrolment("mairie-a", LocalDate.of(2017, 6, 25));
    assertThatThrownBy(() -> draft.enrol(a))
        .hasMessage("cannot enrol mairie-a: the edition is in state draft");
    EditionLifecycle once = draft.open().enrol(a);
    assertThatThrownBy(() -> once.enrol(a)).hasMessage("cannot enrol mairie-a twice");
    assertThatThrownBy(() -> once.close().enrol(enrolment("mairie-b", LocalDate.of(2017, 6, 25))))
        .hasMessage("cannot enrol mairie-b: the edition is in state collection");
  }
}
