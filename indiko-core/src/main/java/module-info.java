/**
 * Indiko's foundation: the domain of a barometer, interchange format v1, the conditions language
 * and the validation of data lines. Throws, never logs.
 */
module io.github.indiko.core {
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires org.hibernate.validator;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.indiko.core;
  exports io.github.indiko.core.audit;
  exports io.github.indiko.core.condition;
  exports io.github.indiko.core.edition;
  exports io.github.indiko.core.grid;
  exports io.github.indiko.core.json;
  exports io.github.indiko.core.privacy;
  exports io.github.indiko.core.questionnaire;
  exports io.github.indiko.core.response;
  exports io.github.indiko.core.structure;
  exports io.github.indiko.core.validation;

  // Shared with sibling modules only: the identifier rule, message texts and markup, and the one
  // bit mixer of hash tables (Hashing) for scoring's samples and statistics. The reports use the
  // one escaping function (Markup) and the message bundles (Bundle, Bundles), so that their HTML
  // follows the same rules as the forms'.
  exports io.github.indiko.core.internal to
      io.github.indiko.scoring,
      io.github.indiko.reports,
      io.github.indiko.forms;
  // The one strict JSON configuration and the conventions of every JSON document Indiko writes
  // (JsonDocument), for results.json, the reports and the SurveyJS export.
  exports io.github.indiko.core.internal.json to
      io.github.indiko.scoring,
      io.github.indiko.reports,
      io.github.indiko.forms;

  // Hibernate Validator reads the constraints of the records reflectively.
  opens io.github.indiko.core to org.hibernate.validator;
  opens io.github.indiko.core.edition to org.hibernate.validator;
  opens io.github.indiko.core.grid to org.hibernate.validator;
  opens io.github.indiko.core.questionnaire to org.hibernate.validator;
  opens io.github.indiko.core.structure to org.hibernate.validator;
}
