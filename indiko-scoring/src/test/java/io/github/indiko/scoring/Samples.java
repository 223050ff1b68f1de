package io.github.indiko.scoring;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The 2017 sample edition, its expected results and rejects, copied into the test resources. */
final class Samples {
  private Samples() {}

  static Path edition() {
    return resource("/io/github/indiko/samples/edition-2017");
  }

  static Path expectedResults() {
    return resource("/io/github/indiko/samples/expected/results.json");
  }

  static Path expectedRejects() {
    return resource("/io/github/indiko/samples/expected/rejects.jsonl");
  }

  private static Path resource(String name) {
    try {
      return Path.of(Samples.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
