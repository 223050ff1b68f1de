/**
 * The editions Indiko ships for demonstrations, tests and benchmarks: {@link
 * io.github.indiko.samples.SampleEdition}, the bundled 2017 sample edition of the specification
 * (12 structures, 2000 responses, 150 audit records) with the 2016 results it is compared with and
 * the results and rejects expected from scoring it; {@link
 * io.github.indiko.samples.SyntheticEdition}, large valid editions with a chosen share of invalid
 * lines; {@link io.github.indiko.samples.HostileEdition}, editions made to break a reader.
 *
 * <p>The files of the sample edition are kept once in the repository, as this module's resources
 * under {@code io/github/indiko/samples/}. Modules built after this one read them through {@link
 * io.github.indiko.samples.SampleEdition}. Core, scoring and the testkit are built before it (it
 * depends on them), so their tests cannot depend on it: their builds add this module's resource
 * folder to their test resources and read the same files from the class path (docs/decisions.md,
 * "One copy of the sample edition").
 *
 * <p>{@link io.github.indiko.samples.ApplicationLogging} is the console logging of the two
 * applications that ship these samples, the {@code indiko} command and the example portal.
 *
 * <p>This package needs no test framework: the generators come from the testkit's {@code gen} and
 * {@code property} packages, which need none either.
 */
@NullMarked
package io.github.indiko.samples;

import org.jspecify.annotations.NullMarked;
