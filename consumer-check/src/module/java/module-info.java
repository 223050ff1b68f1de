/**
 * A host application of Indiko on the module path: it reads the published modules it calls, and
 * through them, transitively, indiko-core.
 */
module io.github.indiko.consumercheck {
  requires io.github.indiko.scoring;
  requires io.github.indiko.reports;
  requires io.github.indiko.forms;
  requires io.github.indiko.samples;
  requires io.github.indiko.store;
}
