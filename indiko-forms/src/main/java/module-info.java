/**
 * Indiko's forms: the survey as an accessible HTML form a portal embeds, the parsing and validation
 * of what citizens submit, the auditors' entry form of the audit grid, the communication kit (link,
 * QR code, poster, flyer, banner, social text) and the SurveyJS export.
 */
module io.github.indiko.forms {
  requires transitive io.github.indiko.core;
  requires static transitive org.jspecify;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires com.google.zxing;

  exports io.github.indiko.forms;
  exports io.github.indiko.forms.kit;
  exports io.github.indiko.forms.surveyjs;
}
