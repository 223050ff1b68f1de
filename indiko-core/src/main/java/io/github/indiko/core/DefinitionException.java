package io.github.indiko.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition document (edition, structures, enrolments, questionnaire, grid) is invalid. Holds
 * every problem found, each naming the file, the JSON pointer and the rule; the message lists
 * them one a line.
 */
public final class DefinitionException extends IndikoException {
  private static final long serialVersionUID = 1L;

  /** The problems, in document order; never empty. */
  private final List<DefinitionProblem> problems;

  /**
   * @param problems what is wrong; at least one
   */
  public DefinitionException(List<DefinitionProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * @param problem what is wrong
   */
  public DefinitionException(DefinitionProblem problem) {
    this(List.of(problem));
  }

  /**
   * @return every problem found, in document order; never empty
   */
  public List<DefinitionProblem> problems() {
    return problems;
  }

  private static String describe(List<DefinitionProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a definition exception needs at least one problem");
    }
    return problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n"));
  }
}
