package io.github.indiko.core.internal.validation;

/**
 * A broken constraint of a record.
 *
 * @param pointer the JSON pointer of the faulty value in format v1, relative to the record
 * @param message the rule, e.g. {@code must be greater than 0}
 */
public record Violation(String pointer, String message) {}
