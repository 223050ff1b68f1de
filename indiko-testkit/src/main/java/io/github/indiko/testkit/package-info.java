/**
 * Framework-neutral property testing for Indiko's extension points: {@link
 * io.github.indiko.testkit.Gen} generators over a seeded {@link
 * io.github.indiko.testkit.RandomSource}, {@link io.github.indiko.testkit.Property} checks that
 * shrink a failure to a small counterexample, generators of every domain type ({@link
 * io.github.indiko.testkit.DomainGen}, {@link io.github.indiko.testkit.DataGen}), of rejected
 * lines ({@link io.github.indiko.testkit.InvalidLines}) and of hostile text ({@link
 * io.github.indiko.testkit.HostileText}), and the laws of {@link
 * io.github.indiko.testkit.StrategyLaws} and {@link io.github.indiko.testkit.RankingLaws}.
 */
@NullMarked
package io.github.indiko.testkit;

import org.jspecify.annotations.NullMarked;
