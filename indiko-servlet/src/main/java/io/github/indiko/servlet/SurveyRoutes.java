package io.github.indiko.servlet;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.structure.Enrolment;
import io.github.indiko.core.structure.Structure;
import io.github.indiko.core.structure.StructureId;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The survey's paths under the mount: {@code /{structure}} and {@code /{structure}/thanks}, for
 * the structures enrolled in the edition; and the address of a structure's survey. Immutable.
 */
final class SurveyRoutes {
  /** The last segment of a thank-you page. */
  static final String THANKS = "thanks";

  private final Map<StructureId, Structure> enrolled = new LinkedHashMap<>();

  /**
   * @param definitions the edition's definitions, whose enrolled structures have a survey
   */
  SurveyRoutes(EditionDefinitions definitions) {
    for (Enrolment enrolment : definitions.enrolments()) {
      definitions.structures().stream()
          .filter(s -> s.id().equals(enrolment.structure()))
          .findFirst()
          .ifPresent(s -> enrolled.put(s.id(), s));
    }
  }

  /**
   * @param path a request's path info, or null
   * @return the enrolled structure it names and whether it is its thank-you page; or null
   */
  @Nullable Route route(@Nullable String path) {
    if (path == null || !path.startsWith("/")) {
      return null;
    }
    String[] parts = path.substring(1).split("/", -1);
    boolean thanks = parts.length == 2 && parts[1].equals(THANKS);
    if (parts.length > 2 || (parts.length == 2 && !thanks)) {
      return null;
    }
    Structure structure;
    try {
      structure = enrolled.get(new StructureId(parts[0]));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return structure == null ? null : new Route(structure, thanks);
  }

  /**
   * @param request a request of the mount
   * @param id a structure's id, as a path or query carried it
   * @return the address of that enrolled structure's survey, or null when it names none
   */
  @Nullable String href(HttpServletRequest request, String id) {
    Route route = id.contains("/") ? null : route("/" + id);
    return route == null || route.thanks() ? null : href(request, route);
  }

  /** The survey's address: the mount and the structure's id, an identifier with no escape. */
  static String href(HttpServletRequest request, Route route) {
    return request.getContextPath() + request.getServletPath() + "/" + route.structure().id();
  }

  /**
   * A path of the servlet.
   *
   * @param structure an enrolled structure
   * @param thanks whether the path is its thank-you page rather than its survey
   */
  record Route(Structure structure, boolean thanks) {}
}
