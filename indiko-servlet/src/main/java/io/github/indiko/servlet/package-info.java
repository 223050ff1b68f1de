/**
 * The survey served by a Jakarta Servlet: {@link io.github.indiko.servlet.SurveyServlet}, its
 * {@link io.github.indiko.servlet.SurveySettings} and the {@link
 * io.github.indiko.servlet.SubmissionKeys} that sign its anti-forgery tokens.
 */
@NullMarked
package io.github.indiko.servlet;

import org.jspecify.annotations.NullMarked;
