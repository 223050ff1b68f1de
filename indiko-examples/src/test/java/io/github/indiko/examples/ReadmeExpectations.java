package io.github.indiko.examples;

/**
 * What the README example prints for the sample edition, written from the expected results of
 * the specification's samples (composites rounded to two decimals, ranks), not from Indiko.
 */
final class ReadmeExpectations {
  static final String OUTPUT =
      String.join(
          "\n",
          "caf-lanvezec (social_security/m): 77.35, rank 1 of 1",
          "ch-castelbrune (hospital/none): 86.40, rank 1 of 2",
          "ch-montbazac (hospital/none): 54.57, rank 2 of 2",
          "mairie-ezanville (commune/m): 54.49, rank 4 of 4",
          "mairie-grandpre-sur-vire (commune/m): 57.25, rank 3 of 4",
          "mairie-roches-sur-marne (commune/m): 58.34, rank 2 of 4",
          "mairie-trevennec (commune/m): 81.09, rank 1 of 4",
          "transports-varenne-en-auge (public_transport/l): 76.64, rank 1 of 1",
          "trophy: mairie-trevennec",
          "trophy: mairie-ezanville",
          "");

  private ReadmeExpectations() {}
}
