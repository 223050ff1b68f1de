/**
 * Days counted between two dates (analysis.md §A6): calendar days, and working days, Monday to
 * Friday less the public holidays of a department of France, computed here from the rule of
 * analysis.md §A6 (docs/decisions.md, "Public holidays").
 */
@NullMarked
package io.github.indiko.core.calendar;

import org.jspecify.annotations.NullMarked;
