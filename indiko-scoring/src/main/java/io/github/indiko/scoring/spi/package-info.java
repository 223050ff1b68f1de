/**
 * The extension points of scoring: item strategies with mergeable accumulators, ranking policies,
 * and the interval and exact-sum helpers that implementations share.
 */
@NullMarked
package io.github.indiko.scoring.spi;

import org.jspecify.annotations.NullMarked;
