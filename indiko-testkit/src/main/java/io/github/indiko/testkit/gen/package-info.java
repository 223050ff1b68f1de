/**
 * Generators of Indiko's domain: every definition type ({@link
 * io.github.indiko.testkit.gen.DomainGen}), the segments questionnaires declare and responses
 * answer ({@link io.github.indiko.testkit.gen.SegmentGen}), valid data lines ({@link
 * io.github.indiko.testkit.gen.DataGen}), rejected lines of every reason ({@link
 * io.github.indiko.testkit.gen.InvalidLines}) and hostile text ({@link
 * io.github.indiko.testkit.gen.HostileText}), with {@link io.github.indiko.testkit.gen.Draws}, the
 * small draws they share, and {@link io.github.indiko.testkit.gen.Json}, the line writer they share
 * (both public for indiko-samples' edition generators).
 *
 * <p>Needs no test framework: Indiko's core and scoring, and the property engine.
 */
@NullMarked
package io.github.indiko.testkit.gen;

import org.jspecify.annotations.NullMarked;
