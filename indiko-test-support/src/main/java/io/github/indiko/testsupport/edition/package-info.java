/**
 * A small edition built in code for the hand-computed examples of the scoring and report tests,
 * written once here so that both modules' tests read the same definitions.
 */
@NullMarked
package io.github.indiko.testsupport.edition;

import org.jspecify.annotations.NullMarked;
