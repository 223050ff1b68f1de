/**
 * The {@code indiko} command line (cli.md): validates, scores and explains an edition folder,
 * prints the JSON Schemas, runs the bundled demo and generates synthetic editions, on Indiko's public API only.
 */
module io.github.indiko.cli {
  requires io.github.indiko.scoring;
  requires io.github.indiko.reports;
  requires io.github.indiko.samples;
  requires info.picocli;
  requires static org.jspecify;

  exports io.github.indiko.cli;

  // picocli reads and sets the commands' annotated fields reflectively.
  opens io.github.indiko.cli to info.picocli;
}
