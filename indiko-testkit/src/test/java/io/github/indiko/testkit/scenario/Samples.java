package io.github.indiko.testkit.scenario;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The definitions of the 2017 sample edition, copied into the test resources. */
final class Samples {
  private Samples() {}

  static Path edition() {
    try {
      return Path.of(Samples.class.getResource("/io/github/indiko/samples/edition-2017").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
