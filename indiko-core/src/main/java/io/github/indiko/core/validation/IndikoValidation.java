package io.github.indiko.core.validation;

import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.internal.validation.RecordValidator;
import io.github.indiko.core.internal.validation.Violation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Bean Validation of the domain records a host builds in Java: the same constraints, and the same
 * messages, as the format v1 readers apply to a definition document. Each record says what its
 * constructor checks and what Bean Validation checks; a record built with a value Bean Validation
 * refuses (a disclosure threshold of 4, a reversed scale) exists until it is checked here, or by
 * the host's own validator, or by {@link io.github.indiko.core.EditionDefinitions}, which checks
 * every record it is given.
 *
 * <p>The validators are Hibernate Validator's, built once and shared, with messages interpolated
 * without Expression Language. A host's own validator ({@code Validation
 * .buildDefaultValidatorFactory()}, Spring's) reaches the same constraints with the same property
 * paths; its messages are those of its interpolator, which finds Indiko's in the {@code
 * ContributorValidationMessages} bundle. Thread-safe.
 */
public final class IndikoValidation {
  private IndikoValidation() {}

  /**
   * @return a validator whose messages are in English; shared and thread-safe
   */
  public static Validator validator() {
    return RecordValidator.validator(Locale.ROOT);
  }

  /**
   * @param locale the language of messages: French when its language is {@code fr}, else English
   * @return a validator whose messages are in that language; shared and thread-safe
   */
  public static Validator validator(Locale locale) {
    return RecordValidator.validator(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Checks a record and everything it holds, with messages in English.
   *
   * @param record a domain record, e.g. an {@code Edition} or a {@code Questionnaire}
   * @return the record
   * @throws DefinitionException listing every violation, ordered by pointer: the file is the
   *     record's simple class name, the pointer the JSON pointer of the faulty value as format v1
   *     writes the record (a property path {@code sections[0].questions[2].weight} is {@code
   *     /sections/0/questions/2/weight})
   */
  public static <T> T check(T record) {
    return check(record, Locale.ROOT);
  }

  /**
   * Checks a record and everything it holds.
   *
   * @param record a domain record
   * @param locale the language of messages ({@link #validator(Locale)})
   * @return the record
   * @throws DefinitionException listing every violation, as {@link #check(Object)} does
   */
  public static <T> T check(T record, Locale locale) {
    Objects.requireNonNull(record, "record");
    List<Violation> violations = RecordValidator.validate(record, locale);
    if (!violations.isEmpty()) {
      String kind = record.getClass().getSimpleName();
      throw new DefinitionException(
          violations.stream()
              .map(
                  violation ->
                      new DefinitionProblem(kind, violation.pointer(), violation.message()))
              .toList());
    }
    return record;
  }
}
