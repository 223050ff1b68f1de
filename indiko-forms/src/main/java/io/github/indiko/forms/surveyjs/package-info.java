/** The questionnaire as SurveyJS JSON, for portals that already use that front end. */
@NullMarked
package io.github.indiko.forms.surveyjs;

import org.jspecify.annotations.NullMarked;
