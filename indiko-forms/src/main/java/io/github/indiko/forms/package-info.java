/**
 * The survey in a portal: {@code SurveyForm} renders a questionnaire as an accessible HTML fragment
 * the host inserts in its own page, and {@code Submissions} turns what the browser posts into an
 * accepted {@link io.github.indiko.core.response.Response} or per-field errors in the citizen's
 * language, with the rules of data files. The auditors' entry form is the same for the audit grid:
 * {@code AuditForm} renders the criteria of one structure and channel, and {@code
 * AuditSubmissions} turns what an auditor posts into an accepted {@link
 * io.github.indiko.core.audit.AuditRecord} or per-field errors. Everything here is immutable and
 * thread-safe.
 */
@NullMarked
package io.github.indiko.forms;

import org.jspecify.annotations.NullMarked;
