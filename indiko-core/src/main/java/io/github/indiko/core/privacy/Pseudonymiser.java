package io.github.indiko.core.privacy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a respondent token with its pseudonym: {@code HMAC-SHA-256(key, UTF-8 bytes of the
 * token)} written as 64 lowercase hexadecimal digits. The same key gives the same pseudonym for the
 * same token, so duplicate checks ({@code duplicate_respondent}) work on pseudonyms as on tokens;
 * without the key, a pseudonym says nothing of its token and cannot be recomputed from a guess.
 * Lowercase hex is plain ASCII, needs no escaping in JSON, CSV or HTML, and is itself a valid
 * {@code respondent} (formats.md: any string) and even a valid identifier, so pseudonymised data is
 * still format v1.
 *
 * <p>The key comes from the host (at least {@value #MINIMUM_KEY_BYTES} bytes, e.g. 32 random bytes
 * kept in a secrets store) and is copied; {@link #toString()} never shows it. Immutable and
 * thread-safe: each thread uses its own {@link Mac}.
 */
public final class Pseudonymiser {
  /** The shortest key accepted, in bytes: the length of an HMAC-SHA-256 output (RFC 2104, §3). */
  public static final int MINIMUM_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private Pseudonymiser(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * @param key the secret key, at least {@value #MINIMUM_KEY_BYTES} bytes; copied, so the caller
   *     may wipe its array afterwards
   * @return a pseudonymiser under that key
   * @throws IllegalArgumentException when the key is shorter than {@value #MINIMUM_KEY_BYTES} bytes
   */
  public static Pseudonymiser of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MINIMUM_KEY_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the key must hold at least %d bytes, not %d",
              MINIMUM_KEY_BYTES,
              key.length));
    }
    return new Pseudonymiser(new SecretKeySpec(key, ALGORITHM));
  }

  /**
   * @param token a respondent token
   * @return its pseudonym: 64 lowercase hexadecimal digits
   */
  public String pseudonym(String token) {
    byte[] mac = macs.get().doFinal(token.getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[mac.length * 2];
    for (int i = 0; i < mac.length; i++) {
      hex[2 * i] = HEX[(mac[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[mac[i] & 0xf];
    }
    return new String(hex);
  }

  /**
   * Pseudonymises the lines of a {@code responses.jsonl} as they are read: in each line that is a
   * JSON object, the string value of every top-level {@code respondent} member is replaced with its
   * {@link #pseudonym}, and a value that is neither a string nor {@code null} (refused as {@code
   * malformed}, whose message would show it) with {@code []}; every other byte is passed on as it
   * is, so every line keeps the verdict of formats.md (accepted, or refused for the same reason),
   * its line number and its {@code id}. Lines longer than the 1 MiB limit of formats.md are passed
   * on unchanged (they are refused unread); in a line that is not valid JSON, the {@code
   * respondent} values read before the fault are replaced. A line within 56 bytes of the limit may
   * go beyond it with a pseudonym longer than its token. At most one line is held at a time. Not
   * thread-safe, as any stream.
   *
   * @param lines the lines, UTF-8; closed when the returned stream is closed
   * @return the same lines with pseudonyms in place of respondent tokens
   */
  public InputStream responses(InputStream lines) {
    return new PseudonymisedLines(Objects.requireNonNull(lines, "lines"), this);
  }

  /**
   * @return the algorithm and no part of the key
   */
  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA-256, key hidden]";
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform provides HmacSHA256 (java.security.Mac), and any non-empty key fits.
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
