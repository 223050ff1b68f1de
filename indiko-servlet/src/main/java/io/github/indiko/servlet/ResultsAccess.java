package io.github.indiko.servlet;

import io.github.indiko.core.structure.Level;
import io.github.indiko.core.structure.StructureId;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may see which structure's reports, at which level: implemented by the host, which knows its
 * users (scoring.md §6: results are confidential by default, each structure's reports go to that
 * structure). The public overview needs no permission; every other report is served only when
 * {@link #allows} says so. Implementations are thread-safe and never throw for an unknown user:
 * they answer false.
 */
@FunctionalInterface
public interface ResultsAccess {
  /**
   * @param request the request asking for the report: its user ({@link
   *     HttpServletRequest#getUserPrincipal()}, {@link HttpServletRequest#isUserInRole}) as the
   *     host's authentication set it
   * @param structure the structure the report is about
   * @param level the report asked for: raw results, results analysis or organisation audit
   * @return whether that request may read it
   */
  boolean allows(HttpServletRequest request, StructureId structure, Level level);

  /**
   * @return the default: no confidential report to anyone, only the public overview
   */
  static ResultsAccess publicOverviewOnly() {
    return (request, structure, level) -> false;
  }
}
