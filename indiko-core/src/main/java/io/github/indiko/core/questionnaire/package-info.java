/** Questionnaires, their sections, questions and the eight question types. */
@NullMarked
package io.github.indiko.core.questionnaire;

import org.jspecify.annotations.NullMarked;
