package io.github.indiko.forms;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.edition.Channel;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.CriterionType;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import io.github.indiko.core.structure.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The audit grid of one structure and channel as an accessible HTML form fragment for auditors,
 * which a host inserts in its own page, behind its own sign-in: a {@code <form method="post">}
 * without script, framework nor external resource, meant for WCAG 2.1 AA and RGAA like {@link
 * SurveyForm}.
 *
 * <p>What the fragment holds, in this order: the grid's title and the structure and channel
 * audited; the date and the time of the visit, in the edition's time zone; the criteria of the
 * channel in grid order, grouped under a heading per theme (consecutive criteria of one theme); the
 * auditor's comment; the record this audit doubles, for a calibration visit (analysis.md §A5).
 * Every criterion is a {@code <fieldset>} whose {@code <legend>} is its label:
 *
 * <ul>
 *   <li>a check offers met, not met and not applicable;
 *   <li>a measure offers a value (a number control with its unit, range and integer hint), missed
 *       (the expected event never came) and not applicable;
 *   <li>a measure in {@code working_day} or {@code calendar_day} offers two dates (the request and
 *       the answer; the days between them are counted for the structure's department, as the
 *       edition's validator counts them, analysis.md §A6) instead of a value, then missed and not
 *       applicable.
 * </ul>
 *
 * <p>As in the survey form: the form is {@code novalidate}, every criterion shown is required
 * (formats.md, audits.jsonl), a state with errors starts with an error summary linking to each
 * field in error, conditional criteria ({@code when}) carry a note saying when to observe them
 * and, after a submission, those whose condition is false on the observations given are rendered
 * {@code hidden} and disabled; every text from the grid or the state is escaped by one function.
 * The form holds no script: {@link FormOptions#scriptNonce()} is not used.
 *
 * <p>Field names: a criterion's choice is its id, its value {@code ID:value}, its dates {@code
 * ID:from} and {@code ID:to}; the form's own fields are {@code ik:date}, {@code ik:time}, {@code
 * ik:comment} and {@code ik:of} (a criterion id holds no colon). Element ids are {@code ik-} and
 * the field's name. Immutable and thread-safe.
 */
public final class AuditForm {
  static final String DATE = "ik:date";
  static final String TIME = "ik:time";
  static final String COMMENT = "ik:comment";
  static final String OF = "ik:of";

  /** The form's own fields, each one control. */
  static final List<String> OWN_FIELDS = List.of(DATE, TIME, COMMENT, OF);

  final AuditGrid grid;
  final @Nullable Structure structure;
  final Channel channel;
  /** The grid indices of the channel's criteria, in grid order. */
  final int[] shownCriteria;
  /** How many controls the form has: its own fields and one to three per criterion. */
  final int controls;

  AuditForm(AuditGrid grid, @Nullable Structure structure, Channel channel) {
    this.grid = grid;
    this.structure = structure;
    this.channel = channel;
    List<Integer> indices = new ArrayList<>();
    int count = OWN_FIELDS.size();
    for (int i = 0; i < grid.criteria.size(); i++) {
      Criterion criterion = grid.criteria.get(i);
      if (criterion.channel().equals(channel)) {
        indices.add(i);
        count += controls(criterion);
      }
    }
    this.shownCriteria = indices.stream().mapToInt(Integer::intValue).toArray();
    this.controls = count;
  }

  /** A check's choice; a measure's choice and value; a measure in days' choice and dates. */
  private static int controls(Criterion criterion) {
    if (criterion.type() instanceof CriterionType.Check) {
      return 1;
    }
    return AuditGrid.inDays(criterion) ? 3 : 2;
  }

  /**
   * @param definitions the edition's definitions
   * @param structure the structure audited
   * @param channel the channel audited
   * @return the form of the channel's criteria
   * @throws IllegalArgumentException when the edition has no such structure, or it does not offer
   *     the channel
   * @throws ConditionException when a {@code when} of the grid does not compile
   */
  public static AuditForm of(
      EditionDefinitions definitions, StructureId structure, Channel channel) {
    Objects.requireNonNull(definitions, "definitions");
    return of(new AuditGrid(definitions), structure, channel);
  }

  static AuditForm of(AuditGrid grid, StructureId structure, Channel channel) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(channel, "channel");
    Structure found =
        grid.definitions.structures().stream()
            .filter(s -> s.id().equals(structure))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no structure " + structure));
    if (!found.offers(channel)) {
      throw new IllegalArgumentException(structure + " does not offer channel " + channel);
    }
    return new AuditForm(grid, found, channel);
  }

  /**
   * The form that reads a submission: of the structure the host names when the edition has it
   * (else none: the validator refuses the structure), and of the channel.
   */
  static AuditForm reading(AuditGrid grid, StructureId structure, Channel channel) {
    Structure found =
        grid.definitions.structures().stream()
            .filter(s -> s.id().equals(structure))
            .findFirst()
            .orElse(null);
    return new AuditForm(grid, found, channel);
  }

  /**
   * @return the department of the structure audited, whose holidays a measure in working days
   *     skips (analysis.md §A6); null without a structure or a department
   */
  @Nullable String department() {
    Territory territory = structure == null ? null : structure.territory();
    return territory == null ? null : territory.department();
  }

  /**
   * @return the criteria the form observes: those of its channel, in grid order
   */
  public List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    for (int i : shownCriteria) {
      criteria.add(grid.criteria.get(i));
    }
    return List.copyOf(criteria);
  }

  /**
   * @return the channel audited
   */
  public Channel channel() {
    return channel;
  }

  /**
   * @param state the values and errors to show: {@link AuditState#empty()} the first time, a
   *     rejection's {@link AuditSubmission.Rejected#state()} after
   * @param options the language, the action URL and the CSRF field
   * @return the {@code <form>} element, as HTML text
   */
  public String render(AuditState state, FormOptions options) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(options, "options");
    return new AuditRenderer(this, state, options).render();
  }
}
