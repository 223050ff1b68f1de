/**
 * A framework-neutral property engine: {@link io.github.indiko.testkit.property.Gen} generators
 * over a seeded {@link io.github.indiko.testkit.property.RandomSource}, and {@link
 * io.github.indiko.testkit.property.Property} checks, run with {@link
 * io.github.indiko.testkit.property.Settings}, that shrink a failure to a small counterexample and
 * report it as a {@link io.github.indiko.testkit.property.PropertyViolation}.
 *
 * <p>Needs no test framework: the JDK only.
 */
@NullMarked
package io.github.indiko.testkit.property;

import org.jspecify.annotations.NullMarked;
