package io.github.indiko.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The communication kit's survey link on the mount, {@code {mount}?s=ID} or {@code
 * {mount}/?s=ID} (forms.kit.CommunicationKit), and the survey it leads to.
 */
final class KitLinks {
  /** The query parameter of the structure's id, as the kit's link has it. */
  static final String STRUCTURE = "s";

  private KitLinks() {}

  /**
   * @param request a GET of a path that names no survey
   * @param href the survey's address of a request and a structure's id, or null when the id names
   *     no enrolled structure
   * @return where the kit's link leads: the survey's address, with the invitation's parameter
   *     {@code i} when the link has one; or null when the request is no such link, names no
   *     enrolled structure, or repeats or garbles a parameter
   */
  static @Nullable String survey(
      HttpServletRequest request,
      BiFunction<HttpServletRequest, String, @Nullable String> href) {
    String path = request.getPathInfo();
    List<@Nullable String> ids = FormFields.parameters(request, STRUCTURE);
    List<@Nullable String> tokens = FormFields.parameters(request, Admission.INVITATION);
    if (!(path == null || path.equals("/")) || ids.size() != 1 || tokens.size() > 1) {
      return null;
    }
    String id = ids.get(0);
    String token = tokens.isEmpty() ? "" : tokens.get(0);
    String survey = id == null || token == null ? null : href.apply(request, id);
    if (survey == null || token.isEmpty()) {
      return survey;
    }
    return survey
        + "?"
        + Admission.INVITATION
        + "="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
