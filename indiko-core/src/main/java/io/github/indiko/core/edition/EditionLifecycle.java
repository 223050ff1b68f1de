package io.github.indiko.core.edition;

import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.StructureId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The lifecycle of an edition as an immutable state machine (domain.md): {@code draft ─open→
 * registration ─close→ collection ─close→ scoring ─publish→ published ─award→ awarded}. Every
 * transition returns a new lifecycle; a transition out of order throws {@link
 * LifecycleException} naming the current state. Enrolments are taken during registration only,
 * dated inside the registration window, once per structure.
 */
public final class EditionLifecycle {
  private final Edition edition;
  private final EditionState state;
  private final Map<StructureId, Enrolment> enrolments;

  private EditionLifecycle(
      Edition edition, EditionState state, Map<StructureId, Enrolment> enrolments) {
    this.edition = edition;
    this.state = state;
    this.enrolments = enrolments;
  }

  /**
   * @param edition the edition
   * @return its lifecycle in state {@code draft}, without enrolments
   */
  public static EditionLifecycle draft(Edition edition) {
    return new EditionLifecycle(
        Objects.requireNonNull(edition, "edition"), EditionState.DRAFT, Map.of());
  }

  /**
   * @return the current state
   */
  public EditionState state() {
    return state;
  }

  /**
   * @return the edition
   */
  public Edition edition() {
    return edition;
  }

  /**
   * @return the enrolments taken, by structure, in the order taken
   */
  public Map<StructureId, Enrolment> enrolments() {
    return enrolments;
  }

  /**
   * @return the lifecycle in {@code registration}
   * @throws LifecycleException unless the state is {@code draft}
   */
  public EditionLifecycle open() {
    return move("open", EditionState.DRAFT, EditionState.REGISTRATION);
  }

  /**
   * Closes registration (to {@code collection}) or collection (to {@code scoring}).
   *
   * @return the lifecycle in the next state
   * @throws LifecycleException unless the state is {@code registration} or {@code collection}
   */
  public EditionLifecycle close() {
    if (state == EditionState.REGISTRATION) {
      return move("close", EditionState.REGISTRATION, EditionState.COLLECTION);
    }
    return move("close", EditionState.COLLECTION, EditionState.SCORING);
  }

  /**
   * @return the lifecycle in {@code published}
   * @throws LifecycleException unless the state is {@code scoring}
   */
  public EditionLifecycle publish() {
    return move("publish", EditionState.SCORING, EditionState.PUBLISHED);
  }

  /**
   * @return the lifecycle in {@code awarded}
   * @throws LifecycleException unless the state is {@code published}
   */
  public EditionLifecycle award() {
    return move("award", EditionState.PUBLISHED, EditionState.AWARDED);
  }

  /**
   * Takes an enrolment.
   *
   * @param enrolment the enrolment
   * @return a lifecycle holding it too
   * @throws LifecycleException when the state is not {@code registration}, the enrolment is dated
   *     outside the registration window, or its structure is enrolled already
   */
  public EditionLifecycle enrol(Enrolment enrolment) {
    if (state != EditionState.REGISTRATION) {
      throw new LifecycleException(
          state, "cannot enrol " + enrolment.structure() + ": the edition is in state " + state.id());
    }
    if (!edition.registration().contains(enrolment.at())) {
      throw new LifecycleException(
          state,
          "cannot enrol "
              + enrolment.structure()
              + " on "
              + enrolment.at()
              + ": registration is open "
              + edition.registration());
    }
    if (enrolments.containsKey(enrolment.structure())) {
      throw new LifecycleException(
          state, "cannot enrol " + enrolment.structure() + " twice");
    }
    Map<StructureId, Enrolment> copy = new LinkedHashMap<>(enrolments);
    copy.put(enrolment.structure(), enrolment);
    return new EditionLifecycle(edition, state, Collections.unmodifiableMap(copy));
  }

  private EditionLifecycle move(String transition, EditionState from, EditionState to) {
    if (state != from) {
      throw new LifecycleException(
          state,
          "cannot " + transition + " the edition in state " + state.id() + ": it needs " + from.id());
    }
    return new EditionLifecycle(edition, to, enrolments);
  }
}
