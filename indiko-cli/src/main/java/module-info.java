/**
 * The {@code indiko} command line (cli.md): validates, scores and explains an edition folder,
 * imports its data into a database, scores it there and exports it back, prints the JSON Schemas,
 * runs the bundled demo and generates synthetic editions, on Indiko's public API only.
 */
module io.github.indiko.cli {
  requires io.github.indiko.scoring;
  requires io.github.indiko.reports;
  requires io.github.indiko.samples;
  // score --store, import and export: the data lines kept in a database.
  requires io.github.indiko.store;
  requires info.picocli;
  requires static org.jspecify;

  exports io.github.indiko.cli;

  // picocli reads and sets the commands' annotated fields reflectively.
  opens io.github.indiko.cli to info.picocli;
}
