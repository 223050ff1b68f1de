/** Bean Validation of the domain records with Hibernate Validator, without Expression Language. */
@NullMarked
package io.github.indiko.core.internal.validation;

import org.jspecify.annotations.NullMarked;
