/**
 * A scenario DSL for questionnaires and audit grids, in the spirit of JavaRosa's {@code Scenario}:
 * load the definitions, answer (or observe), then ask what is shown and required, what the {@link
 * io.github.indiko.core.validation.DataValidator} says of the line, and the item scores. Conditions
 * are evaluated by the compiled {@link io.github.indiko.core.condition.QuestionnaireConditions}
 * and {@link io.github.indiko.core.condition.GridConditions}, item scores by {@link
 * io.github.indiko.scoring.ItemScores}: the code the validator and the engine run.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.fromFolder(Path.of("edition-2017"))
 *     .answer("contact_mode", "in_person")
 *     .answer("wait_minutes", 12);
 * scenario.isShown("signage_clear");   // true
 * scenario.itemScore("wait_minutes");  // OptionalDouble[93.33…]
 * scenario.validation();               // rejected: missing_required, courtesy_staff
 * }</pre>
 *
 * <p>Needs no test framework: a scenario's answers are plain values for any assertion library.
 */
@NullMarked
package io.github.indiko.testkit.scenario;

import org.jspecify.annotations.NullMarked;
