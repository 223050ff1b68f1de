package io.github.indiko.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** What the servlet reads of a POST body before indiko-forms parses it. */
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
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String found = null;
    for (String pair : text.split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        if (found != null) {
          return null;
        }
        found = pair.substring(name.length() + 1);
      }
    }
    if (found == null) {
      return null;
    }
    try {
      return URLDecoder.decode(found, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
