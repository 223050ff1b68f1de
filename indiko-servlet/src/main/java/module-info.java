/**
 * Indiko's survey in a servlet container: a Jakarta Servlet that a host mounts at a path of its
 * choice serves the form of each structure of one edition, checks what citizens post with
 * indiko-forms and stores it through indiko-store, once per submission key, and serves the
 * store's results: the public overview to anyone, each structure's reports to those the host
 * allows. Never logs an answer, a token or a key.
 */
module io.github.indiko.servlet {
  // SubmissionLimits and the form's rendering and parsing (Submissions), named in the API.
  requires transitive io.github.indiko.forms;
  // EditionStore, named in the API, where accepted responses are kept once per submission key.
  requires transitive io.github.indiko.store;
  // ScoringEngine and Results, named in the builder: how the store is scored for the reports it
  // serves, and the previous edition's results the analyses compare with.
  requires transitive io.github.indiko.scoring;
  // The reports of the results pages, rendered from the store's scores.
  requires io.github.indiko.reports;
  // HttpServlet, which SurveyServlet extends; the host's container provides it at run time.
  requires transitive jakarta.servlet;
  requires static transitive org.jspecify;
  // The logging API, never a binding (docs/logging.md): a failure of the store or of a scoring of
  // the results pages, never an answer, token or key.
  requires org.slf4j;

  // SurveyServlet and its builder, its settings, the server key of its anti-forgery tokens and
  // ResultsAccess, the host's answer to who may read which report.
  exports io.github.indiko.servlet;
}
