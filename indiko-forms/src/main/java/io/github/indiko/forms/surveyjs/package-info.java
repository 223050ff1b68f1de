/**
 * The questionnaire as SurveyJS JSON, for portals that already use that front end: {@link
 * io.github.indiko.forms.surveyjs.SurveyJs#export} gives the survey definition and the {@link
 * io.github.indiko.forms.surveyjs.Warning}s of what did not map exactly. No Jackson type is part of
 * this API.
 */
@NullMarked
package io.github.indiko.forms.surveyjs;

import org.jspecify.annotations.NullMarked;
