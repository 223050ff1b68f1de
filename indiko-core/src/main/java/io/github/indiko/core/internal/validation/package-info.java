/**
 * Bean Validation of the domain records with Hibernate Validator, without Expression Language:
 * the shared validators, the JSON pointers of violations, and the validators of the constraints of
 * {@code io.github.indiko.core.constraints} (opened to Hibernate Validator, which makes them).
 */
@NullMarked
package io.github.indiko.core.internal.validation;

import org.jspecify.annotations.NullMarked;
