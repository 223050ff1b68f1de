package io.github.indiko.core.condition;

import java.util.List;

/**
 * Where a condition comes from, for its errors.
 *
 * @param definition e.g. {@code questionnaire accueil v3}
 * @param item e.g. {@code question online_useful}
 */
record Origin(String definition, String item) {
  ConditionError error(int column, String message) {
    return new ConditionError(definition, item, column, message);
  }

  ConditionException at(int column, String message) {
    return new ConditionException(List.of(error(column, message)));
  }
}
