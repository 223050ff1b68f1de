/**
 * Indiko's samples: the bundled 2017 sample edition (with its 2016 previous results and the outputs
 * expected from scoring it) and the generators of synthetic and hostile editions. No test
 * framework: the {@code indiko} command ships this module.
 */
module io.github.indiko.samples {
  requires transitive io.github.indiko.scoring;
  requires io.github.indiko.testkit;
  requires java.logging;
  requires static transitive org.jspecify;

  // SampleEdition, SyntheticEdition and HostileEdition, what the command, the example portal, the
  // benchmarks and the tests of later modules use; ApplicationLogging, the command's and the
  // portal's console logging.
  exports io.github.indiko.samples;
}
