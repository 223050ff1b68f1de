/**
 * Indiko's survey in a servlet container: a Jakarta Servlet that a host mounts at a path of its
 * choice serves the form of each structure of one edition, checks what citizens post with
 * indiko-forms and stores it through indiko-store, once per submission key. Never logs an answer,
 * a token or a key.
 */
module io.github.indiko.servlet {
  // SubmissionLimits and the form's rendering and parsing (Submissions), named in the API.
  requires transitive io.github.indiko.forms;
  // EditionStore, named in the API, where accepted responses are kept once per submission key.
  requires transitive io.github.indiko.store;
  // HttpServlet, which SurveyServlet extends; the host's container provides it at run time.
  requires transitive jakarta.servlet;
  requires static transitive org.jspecify;

  // SurveyServlet, its settings and the server key of its anti-forgery tokens.
  exports io.github.indiko.servlet;
}
