package io.github.indiko.forms;

import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.questionnaire.Questionnaire;
import java.util.Objects;

/**
 * A questionnaire as an accessible HTML form fragment that a host inserts in its own page: a {@code
 * <form method="post">} without framework nor external resource, meant for WCAG 2.1 AA and RGAA.
 *
 * <p>What the fragment guarantees:
 *
 * <ul>
 *   <li>every question has a label ({@code <label for>}, or a {@code <fieldset>} and {@code
 *       <legend>} for radio and checkbox groups: rating, nps, yes_no, single_choice,
 *       multi_choice); help, hints (ranges, units, selection bounds, maximum length) and errors are
 *       tied to their control by {@code aria-describedby};
 *   <li>a required question has the HTML {@code required} attribute (when it is shown) and a
 *       visible asterisk, explained before the questions; the form is {@code novalidate}, so that
 *       the browser submits and the server's error summary, not the browser's bubbles, tells what
 *       to correct;
 *   <li>labels are in the citizen's language when the questionnaire has it, else in its default
 *       locale (marked with {@code lang}); interface strings are in French or English;
 *   <li>a state with errors starts with an error summary ({@code role="alert"}, {@code
 *       tabindex="-1"}, a heading and a link to each field in error) and marks each field in
 *       error with {@code aria-invalid="true"} and its message; the values given are filled in
 *       again;
 *   <li>conditional questions ({@code when}) work without JavaScript: all questions are rendered
 *       the first time, each conditional one with a note saying when to answer it; after a
 *       submission, the questions whose condition is false on the answers given are rendered
 *       {@code hidden} with their controls disabled. With a script nonce, a small inline script
 *       shows and hides them as the citizen answers, from a JSON tree of the conditions (no {@code
 *       eval}, no {@code innerHTML});
 *   <li>every text from the questionnaire or the state is escaped by one function.
 * </ul>
 *
 * <p>Element ids start with {@code ik-} followed by the question id (the control that error links
 * point to), or {@code ik:} for the form's own parts; classes start with {@code ik-}. Immutable
 * and thread-safe.
 */
public final class SurveyForm {
  private final Prepared prepared;
  private final ConditionView conditions;

  private SurveyForm(Prepared prepared) {
    this.prepared = prepared;
    this.conditions = new ConditionView(prepared);
  }

  /**
   * @param questionnaire a questionnaire
   * @return its form
   * @throws ConditionException when a {@code when} does not compile
   */
  public static SurveyForm of(Questionnaire questionnaire) {
    return new SurveyForm(new Prepared(Objects.requireNonNull(questionnaire, "questionnaire")));
  }

  /**
   * @return the questionnaire
   */
  public Questionnaire questionnaire() {
    return prepared.questionnaire;
  }

  /**
   * @param state the values and errors to show: {@link FormState#empty()} the first time, a
   *     rejection's {@link Submission.Rejected#state()} after
   * @param options the language, the action URL, the CSRF field and the script nonce
   * @return the {@code <form>} element, as HTML text
   */
  public String render(FormState state, FormOptions options) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(options, "options");
    return new FormRenderer(prepared, conditions, state, options).render();
  }

  Prepared prepared() {
    return prepared;
  }
}
