package io.github.indiko.servlet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The server key of a survey's anti-forgery tokens and submission keys (HMAC-SHA256). A browser
 * session is a random id in a cookie; each rendered form carries a token made of a random nonce
 * and the HMAC of the session and that nonce, so a page of another site can neither read a token
 * nor forge one. The form's submission key, the store's idempotency key, is the HMAC of the
 * nonce: the same form posted twice gives the same key, and no key can be chosen without the
 * server key. Nothing is kept per session or per form. Thread-safe.
 *
 * <p>Servers that share a store, or a server that restarts while forms are open, give every
 * instance the same secret ({@link #of}); {@link #random()} draws one that lives as long as the
 * object.
 */
public final class SubmissionKeys {
  /** The fewest bytes of a secret: 32, the size of an HMAC-SHA256 block's output. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{22})\\.[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final SecureRandom random;

  private SubmissionKeys(byte[] secret, SecureRandom random) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.random = random;
  }

  /**
   * @return keys under a secret of 32 random bytes, drawn now
   */
  public static SubmissionKeys random() {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[MIN_SECRET_BYTES];
    random.nextBytes(secret);
    return new SubmissionKeys(secret, random);
  }

  /**
   * @param secret the server's secret, at least {@value #MIN_SECRET_BYTES} random bytes; copied
   * @return keys under that secret
   * @throws IllegalArgumentException when the secret is shorter
   */
  public static SubmissionKeys of(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a secret has at least " + MIN_SECRET_BYTES + " bytes, not " + secret.length);
    }
    return new SubmissionKeys(secret.clone(), new SecureRandom());
  }

  /**
   * @return a new session id: 32 random bytes, base64url
   */
  String newSession() {
    return BASE64.encodeToString(bytes(32));
  }

  /**
   * @param session a session id
   * @return a new token of a form of that session: a nonce of 16 random bytes, a dot, the HMAC
   */
  String newToken(String session) {
    String nonce = BASE64.encodeToString(bytes(16));
    return nonce + "." + BASE64.encodeToString(mac("token\0" + session + "\0" + nonce));
  }

  /**
   * @return a new nonce of a page's Content-Security-Policy: 18 random bytes, base64url
   */
  String newScriptNonce() {
    return BASE64.encodeToString(bytes(18));
  }

  /**
   * @param session the session id of the cookie, or null
   * @param token the token of the form, or null
   * @return whether both are well formed and the token is the session's, compared in constant time
   */
  boolean check(@Nullable String session, @Nullable String token) {
    if (session == null || token == null || !SESSION.matcher(session).matches()) {
      return false;
    }
    var parts = TOKEN.matcher(token);
    if (!parts.matches()) {
      return false;
    }
    String nonce = parts.group(1);
    String expected =
        nonce + "." + BASE64.encodeToString(mac("token\0" + session + "\0" + nonce));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * @param token a token that {@link #check} accepted
   * @return the submission key of its form: 64 hexadecimal digits
   */
  String submissionKey(String token) {
    return HexFormat.of().formatHex(mac("key\0" + nonce(token)));
  }

  /**
   * @param token a token that {@link #check} accepted
   * @return the id of the response of its form, an identifier of format v1: {@code web-} and 32
   *     hexadecimal digits
   */
  String responseId(String token) {
    byte[] mac = mac("id\0" + nonce(token));
    return "web-" + HexFormat.of().formatHex(mac, 0, 16);
  }

  /**
   * @param value a cookie's value, or null
   * @return it when it is a well-formed session id, else null
   */
  static @Nullable String session(@Nullable String value) {
    return value != null && SESSION.matcher(value).matches() ? value : null;
  }

  private static String nonce(String token) {
    return token.substring(0, token.indexOf('.'));
  }

  private byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
