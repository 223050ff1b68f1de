package io.github.indiko.testkit.scenario;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.condition.GridConditions;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.grid.Grid;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.scoring.ItemScores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One audit of a grid through one channel, and what follows from it: which criteria are shown,
 * what the {@link DataValidator} says of the record, and the item scores (scoring.md §1).
 *
 * <p>Immutable and thread-safe: every method that observes returns a new scenario and leaves this
 * one as it was. Choose the channel with {@link #channel} before asking what is shown.
 *
 * <p>A criterion is shown when it is of the audit's channel and its condition holds; criteria are
 * walked in document order through the compiled {@link GridConditions}, and the observation of a
 * hidden criterion counts as absent for the criteria after it (the validator rejects it: {@code
 * observed_hidden}).
 *
 * <p>Observations must fit the criterion's type ({@code met}/{@code not_met} for a check, a number
 * or {@code missed} for a measure, {@code na} for both); a number is not checked against the
 * measure's range, so that an out-of-range measure can be validated.
 */
public final class AuditScenario {
  private final Model model;
  private final @Nullable Channel channel;
  private final @Nullable Observation[] observations;
  private final boolean[] shown;

  /** What every scenario of one set of definitions shares. */
  private record Model(
      EditionDefinitions definitions,
      List<Criterion> criteria,
      Map<String, Integer> indexes,
      GridConditions conditions,
      DataValidator validator) {}

  private AuditScenario(
      Model model, @Nullable Channel channel, @Nullable Observation[] observations) {
    this.model = model;
    this.channel = channel;
    this.observations = observations;
    this.shown = new boolean[observations.length];
    @Nullable Observation[] visible = new Observation[observations.length];
    for (int i = 0; i < observations.length; i++) {
      shown[i] =
          model.criteria().get(i).channel().equals(channel)
              && model.conditions().shown(i, visible);
      visible[i] = shown[i] ? observations[i] : null;
    }
  }

  /**
   * A scenario of an edition: its record is for the edition's first enrolled structure that offers
   * the channel (or the first enrolled structure when none does), performed at noon on the first
   * day of the collection period.
   *
   * @param definitions the edition's definitions
   * @return a scenario with no channel and no observation
   * @throws io.github.indiko.core.condition.ConditionException when a condition does not compile
   * @throws IllegalArgumentException when the edition enrols no structure
   */
  public static AuditScenario of(EditionDefinitions definitions) {
    Lines.firstEnrolled(definitions);
    List<Criterion> criteria = definitions.grid().criteria();
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      indexes.put(criteria.get(i).id().value(), i);
    }
    Model model =
        new Model(
            definitions,
            criteria,
            Map.copyOf(indexes),
            GridConditions.compile(definitions.grid()),
            DataValidator.of(definitions));
    return new AuditScenario(model, null, new Observation[criteria.size()]);
  }

  /**
   * A scenario of a lone grid, set in the smallest edition that holds it (one enrolled structure
   * offering every channel, a collection period from 2000 to 2099, default settings, an empty
   * questionnaire).
   *
   * @param grid a grid
   * @return a scenario with no channel and no observation
   * @throws io.github.indiko.core.condition.ConditionException when a condition does not compile
   */
  public static AuditScenario of(Grid grid) {
    return of(Standalone.of(grid));
  }

  /**
   * @param editionFolder an edition folder, read by {@link EditionFolder#load}
   * @return a scenario of its definitions, with no channel and no observation
   * @throws io.github.indiko.core.IndikoException when the folder cannot be read or its
   *     definitions are invalid
   */
  public static AuditScenario fromFolder(Path editionFolder) {
    return of(EditionFolder.load(editionFolder));
  }

  /**
   * @param id the audit's channel, e.g. {@code phone}
   * @return a scenario through that channel, with the same observations
   * @throws IllegalArgumentException when the id is not a valid channel id
   */
  public AuditScenario channel(String id) {
    return new AuditScenario(model, new Channel(id), observations);
  }

  /**
   * @param criterion a measure
   * @param value the measured value
   * @return a scenario with this observation, replacing any earlier one
   * @throws IllegalArgumentException when there is no such criterion or it is not a measure
   */
  public AuditScenario observe(String criterion, long value) {
    return observe(criterion, (double) value);
  }

  /**
   * @param criterion a measure
   * @param value the measured value, finite
   * @return a scenario with this observation, replacing any earlier one
   * @throws IllegalArgumentException when there is no such criterion, it is not a measure or the
   *     value is not finite
   */
  public AuditScenario observe(String criterion, double value) {
    if (!(criterion(criterion).type() instanceof CriterionType.Measure)) {
      throw mismatch(criterion, "a number");
    }
    return with(criterion, new Observation.Measured(value));
  }

  /**
   * @param criterion a criterion
   * @param value {@code met} or {@code not_met} for a check, {@code missed} for a measure, {@code
   *     na} for either
   * @return a scenario with this observation, replacing any earlier one
   * @throws IllegalArgumentException when there is no such criterion or the value does not fit it
   */
  public AuditScenario observe(String criterion, String value) {
    boolean check = criterion(criterion).type() instanceof CriterionType.Check;
    switch (value) {
      case "na":
        return with(criterion, Observation.NOT_APPLICABLE);
      case "met":
        if (check) {
          return with(criterion, Observation.MET);
        }
        break;
      case "not_met":
        if (check) {
          return with(criterion, Observation.NOT_MET);
        }
        break;
      case "missed":
        if (!check) {
          return with(criterion, Observation.MISSED);
        }
        break;
      default:
        break;
    }
    throw mismatch(criterion, "\"" + value + "\"");
  }

  /**
   * @param criterion a measure
   * @return a scenario where it is {@code missed}
   * @throws IllegalArgumentException when there is no such criterion or it is not a measure
   */
  public AuditScenario missed(String criterion) {
    return observe(criterion, "missed");
  }

  /**
   * @param criterion a criterion
   * @return a scenario where it is {@code na}
   * @throws IllegalArgumentException when there is no such criterion
   */
  public AuditScenario na(String criterion) {
    return observe(criterion, "na");
  }

  /**
   * @param criterion a criterion
   * @return a scenario where it is not observed
   * @throws IllegalArgumentException when there is no such criterion
   */
  public AuditScenario unobserve(String criterion) {
    @Nullable Observation[] next = observations.clone();
    next[index(criterion)] = null;
    return new AuditScenario(model, channel, next);
  }

  /**
   * @param criterion a criterion
   * @return true when it is of the audit's channel and its condition holds
   * @throws IllegalArgumentException when there is no such criterion
   * @throws IllegalStateException when no channel was chosen
   */
  public boolean isShown(String criterion) {
    int i = index(criterion);
    requireChannel();
    return shown[i];
  }

  /**
   * @return the ids of the shown criteria, in document order
   * @throws IllegalStateException when no channel was chosen
   */
  public List<String> shownCriteria() {
    requireChannel();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i]) {
        ids.add(model.criteria().get(i).id().value());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * @return the ids of the shown criteria that are not observed, in document order: the validator
   *     rejects a record that leaves one out ({@code missing_observation})
   * @throws IllegalStateException when no channel was chosen
   */
  public List<String> missingObservations() {
    requireChannel();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] && observations[i] == null) {
        ids.add(model.criteria().get(i).id().value());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * @param criterion a criterion
   * @return the item score of its observation (scoring.md §1), as the engine computes it; empty
   *     when it is not observed, hidden, {@code na} or a measure without target
   * @throws IllegalArgumentException when there is no such criterion
   * @throws IllegalStateException when no channel was chosen
   */
  public OptionalDouble itemScore(String criterion) {
    int i = index(criterion);
    requireChannel();
    Observation observation = observations[i];
    return shown[i] && observation != null
        ? ItemScores.of(model.criteria().get(i), observation)
        : OptionalDouble.empty();
  }

  /**
   * @param criterion a criterion
   * @return true when it is shown and its observation is favourable: a check {@code met}, a
   *     measure scoring 100
   * @throws IllegalArgumentException when there is no such criterion
   * @throws IllegalStateException when no channel was chosen
   */
  public boolean isFavourable(String criterion) {
    int i = index(criterion);
    requireChannel();
    Observation observation = observations[i];
    return shown[i]
        && observation != null
        && ItemScores.favourable(model.criteria().get(i), observation);
  }

  /**
   * @return the verdict of {@link DataValidator} on {@link #jsonLine()}
   * @throws IllegalStateException when no channel was chosen
   */
  public Verdict validation() {
    String line = jsonLine();
    return Lines.verdict(
        line,
        (in, sink) -> model.validator().validateAudits(in, DataValidator.AUDITS, sink));
  }

  /**
   * @return the record as a line of {@code audits.jsonl}: id {@code scenario}, the edition's grid,
   *     the structure {@link #of(EditionDefinitions)} names, the channel, performed at noon on the
   *     first day of collection, the observations in document order
   * @throws IllegalStateException when no channel was chosen
   */
  public String jsonLine() {
    Channel through = requireChannel();
    EditionDefinitions definitions = model.definitions();
    StringBuilder out = new StringBuilder("{");
    Lines.member(out, "id");
    Lines.string(out, Lines.ID);
    Lines.member(out, "grid");
    Lines.string(out, definitions.edition().grid().id());
    Lines.member(out, "version");
    out.append(definitions.edition().grid().version());
    Lines.member(out, "structure");
    Lines.string(out, structure(through).value());
    Lines.member(out, "channel");
    Lines.string(out, through.id());
    Lines.member(out, "performedAt");
    Lines.string(out, Lines.inCollection(definitions.edition()));
    Lines.member(out, "observations");
    out.append('{');
    for (int i = 0; i < observations.length; i++) {
      Observation observation = observations[i];
      if (observation != null) {
        Lines.member(out, model.criteria().get(i).id().value());
        write(out, observation);
      }
    }
    return out.append("}}").toString();
  }

  /**
   * @return the grid, the channel and the observations, for failure messages
   */
  @Override
  public String toString() {
    return "audit scenario of grid "
        + model.definitions().grid().ref()
        + (channel == null ? ", no channel chosen" : ": " + jsonLine());
  }

  private StructureId structure(Channel through) {
    EditionDefinitions definitions = model.definitions();
    Map<StructureId, Structure> structures = new HashMap<>();
    definitions.structures().forEach(s -> structures.put(s.id(), s));
    for (Enrolment enrolment : definitions.enrolments()) {
      Structure structure = structures.get(enrolment.structure());
      if (structure != null && structure.offers(through)) {
        return structure.id();
      }
    }
    return Lines.firstEnrolled(definitions);
  }

  private static void write(StringBuilder out, Observation observation) {
    if (observation instanceof Observation.Measured measured) {
      Lines.number(out, measured.value());
    } else if (observation instanceof Observation.Check check) {
      Lines.string(out, check.met() ? "met" : "not_met");
    } else if (observation instanceof Observation.Missed) {
      Lines.string(out, "missed");
    } else {
      Lines.string(out, "na");
    }
  }

  private Channel requireChannel() {
    if (channel == null) {
      throw new IllegalStateException(
          "choose the audit's channel first, e.g. channel(\"phone\")");
    }
    return channel;
  }

  private AuditScenario with(String criterion, Observation observation) {
    @Nullable Observation[] next = observations.clone();
    next[index(criterion)] = observation;
    return new AuditScenario(model, channel, next);
  }

  private Criterion criterion(String id) {
    return model.criteria().get(index(id));
  }

  private int index(String criterion) {
    Integer i = model.indexes().get(Objects.requireNonNull(criterion, "criterion"));
    if (i == null) {
      throw new IllegalArgumentException(
          "grid " + model.definitions().grid().ref() + " has no criterion \"" + criterion + "\"");
    }
    return i;
  }

  private IllegalArgumentException mismatch(String criterion, String given) {
    return new IllegalArgumentException(
        "criterion "
            + criterion
            + " is a "
            + criterion(criterion).type().id()
            + ": it is not observed with "
            + given);
  }
}
