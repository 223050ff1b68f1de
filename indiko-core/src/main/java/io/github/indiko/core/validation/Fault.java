package io.github.indiko.core.validation;

/**
 * The first failing check of a line: a value, not an exception, so that a message (which may name a
 * respondent token or an answer value) never travels in a stack trace.
 *
 * @param reason the reason
 * @param message what is wrong, for a person
 */
record Fault(RejectReason reason, String message) {}
