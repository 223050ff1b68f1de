/**
 * The survey served by a Jakarta Servlet: {@link io.github.indiko.servlet.SurveyServlet}, its
 * {@link io.github.indiko.servlet.SurveySettings}, the {@link
 * io.github.indiko.servlet.SubmissionKeys} that sign its anti-forgery tokens and the {@link
 * io.github.indiko.servlet.ResultsAccess} by which the host says who may read which report.
 */
@NullMarked
package io.github.indiko.servlet;

import org.jspecify.annotations.NullMarked;
