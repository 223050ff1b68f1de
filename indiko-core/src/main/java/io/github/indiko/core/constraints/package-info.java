/**
 * Indiko's own Bean Validation constraints: the rules of format v1 that the built-in constraints
 * cannot say with the readers' wording (formats.md), declared on the domain records. Any Hibernate
 * Validator reaches them, Indiko's ({@link io.github.indiko.core.validation.IndikoValidation}) or a
 * host's; their messages, in English and French, are in the {@code ContributorValidationMessages}
 * bundle of this module and take parameters only, never Expression Language. Null is valid for
 * every one of them.
 */
@NullMarked
package io.github.indiko.core.constraints;

import org.jspecify.annotations.NullMarked;
