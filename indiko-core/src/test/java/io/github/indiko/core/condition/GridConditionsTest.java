package io.github.indiko.core.condition;

import static io.github.indiko.core.condition.Definitions.check;
import static io.github.indiko.core.condition.Definitions.grid;
import static io.github.indiko.core.condition.Definitions.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.indiko.core.audit.Observation;
import io.github.indiko.core.grid.Criterion;
import io.github.indiko.core.grid.Grid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridConditionsTest {
  private static final Observation MET = Observation.MET;
  private static final Observation NOT_MET = Observation.NOT_MET;
  private static final Observation MISSED = Observation.MISSED;
  private static final Observation NA = Observation.NOT_APPLICABLE;

  /** {@code c}, a check, and {@code m}, a measure; the condition goes on a third criterion. */
  private static GridConditions withTarget(String when) {
    return GridConditions.compile(grid(check("c"), measure("m"), check("target", when)));
  }

  private static boolean shown(
      String when, @Nullable Observation check, @Nullable Observation measure) {
    return withTarget(when).shown(2, new Observation[] {check, measure, null});
  }

  private static Observation measured(double value) {
    return new Observation.Measured(value);
  }

  @Test
  void compile_errorMessage_namesGridAndCriterion() {
    Grid grid = grid(measure("email_delay"), check("email_complete", "email_dely != 'missed'"));
    assertThatThrownBy(() -> GridConditions.compile(grid))
        .isInstanceOf(ConditionException.class)
        .hasMessage(
            "grid audit-accueil v1, criterion email_complete, column 1: unknown criterion"
                + " 'email_dely'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "c == 'yes'            | 6  | criterion 'c' (check) compares with 'met' or 'not_met', found string 'yes'",
        "c == true             | 6  | criterion 'c' (check) compares with 'met' or 'not_met', found true",
        "c in ['met', 'na']    | 14 | criterion 'c' (check) compares with 'met' or 'not_met', found string 'na'",
        "c < 'met'             | 3  | '<' applies to numbers only, criterion 'c' (check)",
        "c                     | 1  | expected a condition, found criterion 'c' (check)",
        "m == 'met'            | 6  | criterion 'm' (measure) compares with numbers or 'missed', found string 'met'",
        "m > 'missed'          | 3  | '>' applies to numbers only, found 'missed'",
        "m contains 'missed'   | 3  | 'contains' applies to multi_choice questions only, criterion 'm' (measure)",
        "target == 'met'       | 1  | criterion 'target' is this criterion itself",
        "answered(later)       | 10 | unknown criterion 'later'",
        "m == c                | 3  | expected a criterion on one side of '==' and a value on the other",
      })
  void compile_error_pointsAtItsColumn(String when, int column, String message) {
    ConditionException exception =
        catchThrowableOfType(() -> withTarget(when), ConditionException.class);
    assertThat(exception).isNotNull();
    assertThat(exception.errors())
        .containsExactly(
            new ConditionError("grid audit-accueil v1", "criterion target", column, message));
  }

  @Test
  void compile_forwardReference_isAnError() {
    Grid grid = grid(check("a", "b == 'met'"), check("b"));
    ConditionException exception =
        catchThrowableOfType(() -> GridConditions.compile(grid), ConditionException.class);
    assertThat(exception.errors()).extracting(ConditionError::message)
        .containsExactly("criterion 'b' comes later");
  }

  @Test
  void shown_check() {
    assertThat(shown("c == 'met'", MET, null)).isTrue();
    assertThat(shown("c == 'met'", NOT_MET, null)).isFalse();
    assertThat(shown("c == 'met'", NA, null)).isFalse();
    assertThat(shown("c == 'met'", null, null)).isFalse();
    assertThat(shown("c != 'met'", NOT_MET, null)).isTrue();
    assertThat(shown("c != 'met'", MET, null)).isFalse();
    assertThat(shown("c != 'met'", NA, null)).isFalse();
    assertThat(shown("c == 'not_met'", NOT_MET, null)).isTrue();
    assertThat(shown("c in ['met', 'not_met']", NOT_MET, null)).isTrue();
    assertThat(shown("c in ['met', 'not_met']", NA, null)).isFalse();
    assertThat(shown("not (c == 'met')", NA, null)).isTrue();
  }

  @Test
  void shown_answered_naCountsAsUnanswered() {
    assertThat(shown("answered(c)", MET, null)).isTrue();
    assertThat(shown("answered(c)", NA, null)).isFalse();
    assertThat(shown("answered(c)", null, null)).isFalse();
    assertThat(shown("answered(m)", null, MISSED)).isTrue();
    assertThat(shown("answered(m)", null, NA)).isFalse();
  }

  @Test
  void shown_measureNumbers() {
    assertThat(shown("m < 5", null, measured(4))).isTrue();
    assertThat(shown("m < 5", null, measured(5))).isFalse();
    assertThat(shown("m <= 5", null, measured(5))).isTrue();
    assertThat(shown("m > 5", null, measured(5.5))).isTrue();
    assertThat(shown("m >= 5", null, measured(4.9))).isFalse();
    assertThat(shown("m == 5", null, measured(5))).isTrue();
    assertThat(shown("m != 5", null, measured(5))).isFalse();
    assertThat(shown("m != 5", null, measured(6))).isTrue();
    assertThat(shown("m != 5", null, NA)).isFalse();
    assertThat(shown("m != 5", null, null)).isFalse();
    assertThat(shown("5 > m", null, measured(4))).isTrue();
  }

  @Test
  void shown_missedMeasure() {
    for (String operator : List.of("<", "<=", ">", ">=", "==")) {
      assertThat(shown("m " + operator + " 5", null, MISSED)).as(operator).isFalse();
    }
    assertThat(shown("m != 5", null, MISSED)).isTrue();
    assertThat(shown("m == 'missed'", null, MISSED)).isTrue();
    assertThat(shown("m == 'missed'", null, measured(3))).isFalse();
    assertThat(shown("m == 'missed'", null, NA)).isFalse();
    assertThat(shown("m != 'missed'", null, MISSED)).isFalse();
    assertThat(shown("m != 'missed'", null, measured(3))).isTrue();
    assertThat(shown("m != 'missed'", null, null)).isFalse();
    assertThat(shown("'missed' == m", null, MISSED)).isTrue();
    assertThat(shown("m in [3, 'missed']", null, MISSED)).isTrue();
    assertThat(shown("m in [3, 'missed']", null, measured(3))).isTrue();
    assertThat(shown("m in [3, 'missed']", null, measured(4))).isFalse();
    assertThat(shown("m in [3]", null, MISSED)).isFalse();
  }

  @Test
  void compile_sampleGrid() {
    Grid sample = Definitions.sampleGrid();
    GridConditions conditions = GridConditions.compile(sample);
    List<Criterion> criteria = sample.criteria();
    assertThat(conditions.size()).isEqualTo(criteria.size());
    int rings = indexOf(criteria, "phone_rings");
    int greeting = indexOf(criteria, "phone_greeting");
    assertThat(conditions.condition(greeting).orElseThrow().toString())
        .isEqualTo("phone_rings != 'missed'");
    @Nullable Observation[] observations = new Observation[criteria.size()];
    assertThat(conditions.shown(greeting, observations)).isFalse();
    observations[rings] = measured(4);
    assertThat(conditions.shown(greeting, observations)).isTrue();
    assertThat(conditions.shown(indexOf(criteria, "phone_answer"), observations)).isTrue();
    assertThat(conditions.shown(indexOf(criteria, "email_complete"), observations)).isFalse();
    observations[rings] = MISSED;
    assertThat(conditions.shown(greeting, observations)).isFalse();
    observations[rings] = NA;
    assertThat(conditions.shown(greeting, observations)).isFalse();
    assertThat(conditions.shown(rings, observations)).isTrue();
    for (int i = 0; i < criteria.size(); i++) {
      assertThat(conditions.condition(i).isPresent()).isEqualTo(criteria.get(i).when() != null);
    }
  }

  @Test
  void shown_badArguments_throw() {
    GridConditions conditions = withTarget("c == 'met'");
    assertThatThrownBy(() -> conditions.shown(-1, new Observation[3]))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> conditions.shown(0, new Observation[4]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shown_onRows_doesNotAllocate() throws ReflectiveOperationException {
    GridConditions conditions =
        GridConditions.compile(
            grid(
                check("c"),
                measure("m"),
                check("a", "m != 'missed' and m < 30"),
                check("b", "c == 'met' or m in [1, 2, 'missed']"),
                check("d", "not answered(c)")));
    @Nullable Observation[][] audits = {
      {MET, measured(12), null, null, null},
      {NA, MISSED, null, null, null},
      {NOT_MET, measured(2), null, null, null},
      {null, null, null, null, null}
    };
    AnswerRow[] rows = new AnswerRow[audits.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = conditions.row(audits[i]);
    }
    evaluate(conditions, rows, 200_000);
    // The least of a few runs: a run may catch a one-off allocation (class loading, a reading);
    // an allocation per evaluation would show in every run, 100 000 times over.
    Allocations allocations = new Allocations();
    long allocated = Long.MAX_VALUE;
    long shown = 0;
    for (int run = 0; run < 5; run++) {
      long before = allocations.bytes();
      shown = evaluate(conditions, rows, 100_000);
      allocated = Math.min(allocated, allocations.bytes() - before);
    }
    assertThat(shown).isPositive();
    assertThat(allocated).as("bytes allocated by 100 000 evaluations").isLessThan(10_000);
  }

  private static long evaluate(
      GridConditions conditions, AnswerRow[] audits, int rounds) {
    long shown = 0;
    for (int round = 0; round < rounds; round++) {
      if (conditions.shown(2 + round % 3, audits[round % audits.length])) {
        shown++;
      }
    }
    return shown;
  }

  private static int indexOf(List<Criterion> criteria, String id) {
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).id().value().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
