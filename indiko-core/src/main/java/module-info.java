/**
 * Indiko's foundation: the domain of a barometer, interchange format v1, the conditions language
 * and the validation of data lines. Throws rather than logs a failure; logs what an operator
 * watching a long read wants to know (docs/logging.md), never a datum of the lines.
 */
module io.github.indiko.core {
  requires transitive jakarta.validation;
  requires static transitive org.jspecify;
  requires org.hibernate.validator;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // The logging API, never a binding (the application chooses one): the fast path's declines
  // and the duplicate checks' temporary files at DEBUG (docs/logging.md). No SLF4J type is in
  // an exported signature.
  requires org.slf4j;

  // The domain (domain.md): editions, structures, questionnaires, grids, responses and audits as
  // immutable records, with the definitions of one edition and the exceptions Indiko throws.
  exports io.github.indiko.core;
  exports io.github.indiko.core.audit;
  exports io.github.indiko.core.edition;
  exports io.github.indiko.core.grid;
  exports io.github.indiko.core.questionnaire;
  exports io.github.indiko.core.response;
  exports io.github.indiko.core.structure;
  // Days counted between two dates (analysis.md §A6): calendar days, and working days less the
  // public holidays of a department, computed here in a few lines rather than by a holiday
  // library (docs/decisions.md, "Public holidays").
  exports io.github.indiko.core.calendar;
  // The `when` conditions of questionnaires and grids (conditions.md), compiled and evaluated.
  exports io.github.indiko.core.condition;
  // Interchange format v1 (formats.md): the strict readers and writers of its files, the edition
  // folder, its JSON Schemas and the writing of its numbers.
  exports io.github.indiko.core.format;
  // The validation of data lines (formats.md, Rejects): the reference path, line by line, and the
  // fast path that reads millions of responses into rows. And IndikoValidation, the Bean
  // Validation of the records a host builds in Java, with the readers' rules and messages.
  exports io.github.indiko.core.validation;
  // Indiko's own Bean Validation constraints, declared on the records: exported because a host's
  // validator reads them, and a violation names its constraint.
  exports io.github.indiko.core.constraints;
  // Keyed pseudonyms of respondent tokens, applied before anything reads them.
  exports io.github.indiko.core.privacy;
  // Files and folders written whole or not at all, for every output Indiko writes, and the one
  // way every input file is opened (regular files only).
  exports io.github.indiko.core.io;

  // Shared with sibling modules only: the identifier rule, message texts and markup, and the one
  // bit mixer of hash tables (Hashing) for scoring's samples and statistics. The reports and the
  // servlet's pages use the one escaping function (Markup), the reports the message bundles
  // (Bundle, Bundles), so that their HTML follows the same rules as the forms'.
  exports io.github.indiko.core.internal to
      io.github.indiko.scoring,
      io.github.indiko.reports,
      io.github.indiko.forms,
      io.github.indiko.servlet;
  // The one strict JSON configuration and the conventions of every JSON document Indiko writes
  // (JsonDocument), for results.json, the reports and the SurveyJS export.
  exports io.github.indiko.core.internal.json to
      io.github.indiko.scoring,
      io.github.indiko.reports,
      io.github.indiko.forms;

  // Hibernate Validator reads the constraints of the records reflectively, and makes the
  // validators of Indiko's constraints (internal: their classes are no API).
  opens io.github.indiko.core to org.hibernate.validator;
  opens io.github.indiko.core.internal.validation to org.hibernate.validator;
  opens io.github.indiko.core.edition to org.hibernate.validator;
  opens io.github.indiko.core.grid to org.hibernate.validator;
  opens io.github.indiko.core.questionnaire to org.hibernate.validator;
  opens io.github.indiko.core.structure to org.hibernate.validator;
}
