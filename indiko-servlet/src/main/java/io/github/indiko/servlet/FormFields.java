package io.github.indiko.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the servlet reads of a POST body before indiko-forms parses it, and of a query string. */
final class FormFields {
  private FormFields() {}

  /**
   * @param request a POST
   * @param maxBytes the largest body
   * @return the body, or null when it is (or says it is) larger than the limit: not read beyond
   * @throws IOException when the body cannot be read
   */
  static byte @Nullable [] body(HttpServletRequest request, int maxBytes) throws IOException {
    if (request.getContentLengthLong() > maxBytes) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  /**
   * @param body a form body, {@code application/x-www-form-urlencoded}
   * @param name a field's name, with no character that form encoding escapes
   * @return the value of its single field of that name, or null when it is absent, repeated or
   *     malformed
   */
  static @Nullable String field(byte[] body, String name) {
    List<@Nullable String> values = fields(new String(body, StandardCharsets.ISO_8859_1), name);
    return values.size() == 1 ? values.get(0) : null;
  }

  /**
   * Reads the query string only: never the body, which {@link
   * HttpServletRequest#getParameterValues} would read for a form's POST.
   *
   * @param request a request
   * @param name a parameter's name, with no character that form encoding escapes
   * @return the values of the parameters of that name in the query string, in order (empty when
   *     there is none), each percent-decoded, or null when malformed
   */
  static List<@Nullable String> parameters(HttpServletRequest request, String name) {
    String query = request.getQueryString();
    return query == null ? List.of() : fields(query, name);
  }

  private static List<@Nullable String> fields(String text, String name) {
    List<@Nullable String> values = new ArrayList<>();
    for (String pair : text.split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        values.add(decode(pair.substring(name.length() + 1)));
      }
    }
    return values;
  }

  private static @Nullable String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
