/**
 * Adapters from the testkit's generators to QuickTheories, the only place the testkit names it.
 *
 * <p>Needs QuickTheories, an optional dependency of the testkit that the user brings.
 */
@NullMarked
package io.github.indiko.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
