package io.github.indiko.examples.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Anti-forgery tokens: a browser session is a random id in a cookie ({@code HttpOnly;
 * SameSite=Strict}); the form carries the HMAC of that id under a key drawn when the portal starts.
 * A POST is accepted only when it brings both and they match, so a page of another site can
 * neither read the token nor forge it, even if it could plant a cookie. Nothing is kept per
 * session. Thread-safe.
 */
final class Csrf {
  /** The cookie holding the session id. */
  static final String COOKIE = "ik_session";
  /** The form field holding the token: not an identifier of format v1, so never a question id. */
  static final String FIELD = "_csrf";

  private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random;
  private final SecretKeySpec key;

  Csrf(SecureRandom random) {
    this.random = random;
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /**
   * @return a new session id: 32 random bytes, base64url
   */
  String newSession() {
    byte[] id = new byte[32];
    random.nextBytes(id);
    return BASE64.encodeToString(id);
  }

  /**
   * @param session a session id
   * @return the token of that session's forms
   */
  String token(String session) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64.encodeToString(mac.doFinal(session.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * @param session the session id of the cookie, or null
   * @param token the token of the form, or null
   * @return whether both are present and the token is the session's, compared in constant time
   */
  boolean check(@Nullable String session, @Nullable String token) {
    if (session == null || token == null) {
      return false;
    }
    return MessageDigest.isEqual(
        token(session).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * @param session a session id
   * @return the {@code Set-Cookie} value that gives it to the browser; without {@code Secure},
   *     since the example serves plain HTTP on the loopback (add it behind HTTPS)
   */
  static String setCookie(String session) {
    return COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict";
  }

  /**
   * @param cookieHeaders the request's {@code Cookie} headers
   * @return the well-formed session id they carry, or null
   */
  static @Nullable String session(@Nullable List<String> cookieHeaders) {
    if (cookieHeaders == null) {
      return null;
    }
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        String trimmed = pair.trim();
        if (trimmed.startsWith(COOKIE + "=")) {
          String value = trimmed.substring(COOKIE.length() + 1);
          return SESSION.matcher(value).matches() ? value : null;
        }
      }
    }
    return null;
  }

  /**
   * @param body a form body, {@code application/x-www-form-urlencoded}
   * @return the value of its single {@link #FIELD}, or null when it is absent, repeated or
   *     malformed
   */
  static @Nullable String field(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String found = null;
    for (String pair : text.split("&", -1)) {
      if (pair.startsWith(FIELD + "=")) {
        if (found != null) {
          return null;
        }
        found = pair.substring(FIELD.length() + 1);
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
