package io.github.indiko.forms.kit;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.privacy.Pseudonymiser;
import io.github.indiko.core.structure.StructureId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Single-use invitations to an edition's survey: signed tokens that an invitation link carries
 * ({@link CommunicationKit#invitationLink}) and that give the response a {@code respondent}, so
 * that a second answer through the same invitation is refused as {@code duplicate_respondent}
 * when the edition keeps one response per respondent (formats.md, edition.json).
 *
 * <p>A token is 55 base64url characters (no padding) of 41 bytes: a version byte (1), a random
 * 128-bit invitation id, its expiry (seconds since the epoch, 8 bytes) and the first 16 bytes of
 * HMAC-SHA256 under the edition's key of the structure, the id and the expiry. Every token of an
 * edition expires at the end of the day of {@code collection.to} in the edition's time zone, when
 * the collection ends (domain.md, Lifecycle of an edition). The respondent a token gives is a
 * pseudonym of its invitation id under the same key ({@link Pseudonymiser}), never the token: a
 * store that pseudonymises respondents with the same key pseudonymises it again, and either way
 * nothing stored lets anyone rebuild a token. Nothing is kept per invitation. Immutable and
 * thread-safe.
 */
public final class Invitations {
  /** The fewest bytes of an edition's key: 32, as {@link Pseudonymiser#MINIMUM_KEY_BYTES}. */
  public static final int MIN_KEY_BYTES = 32;

  private static final byte VERSION = 1;
  private static final int ID_BYTES = 16;
  private static final int MAC_BYTES = 16;
  private static final int TOKEN_BYTES = 1 + ID_BYTES + Long.BYTES + MAC_BYTES;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{55}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Pseudonymiser pseudonymiser;
  private final long expiry;
  private final SecureRandom random = new SecureRandom();

  private Invitations(byte[] key, long expiry) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.pseudonymiser = Pseudonymiser.of(key);
    this.expiry = expiry;
  }

  /**
   * @param key the edition's key, the same bytes as its {@link Pseudonymiser}'s, at least {@value
   *     #MIN_KEY_BYTES} bytes; copied
   * @param edition the edition: its tokens expire at the end of the day of {@code collection.to}
   *     in its time zone
   * @return the invitations of that edition
   * @throws IllegalArgumentException when the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static Invitations of(byte[] key, Edition edition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(edition, "edition");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "an edition's key has at least " + MIN_KEY_BYTES + " bytes, not " + key.length);
    }
    Instant end =
        edition.collection().to().plusDays(1).atStartOfDay(edition.timeZone()).toInstant();
    return new Invitations(key.clone(), end.getEpochSecond());
  }

  /**
   * @param structure the structure whose survey the invitation opens
   * @return a new token: 55 base64url characters, URL-safe as they are
   */
  public String issue(StructureId structure) {
    Objects.requireNonNull(structure, "structure");
    byte[] id = new byte[ID_BYTES];
    random.nextBytes(id);
    ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES);
    token.put(VERSION).put(id).putLong(expiry).put(mac(structure, id, expiry));
    return ENCODER.encodeToString(token.array());
  }

  /**
   * @param structure the structure whose survey is answered
   * @param token the token the link carried, as it came (any text, or null)
   * @param now the instant of the answer
   * @return the respondent the response carries, 64 lowercase hexadecimal digits, when the token
   *     is well formed, authentic for that structure (compared in constant time) and not expired
   *     at {@code now}; else empty. Never throws on a malformed token; a token whose last
   *     character differs in its unused bits is not the same token, and is refused.
   */
  public Optional<String> respondent(
      StructureId structure, @Nullable String token, Instant now) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(now, "now");
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    byte[] decoded = Base64.getUrlDecoder().decode(token);
    ByteBuffer bytes = ByteBuffer.wrap(decoded);
    if (bytes.get() != VERSION || !ENCODER.encodeToString(decoded).equals(token)) {
      return Optional.empty();
    }
    byte[] id = new byte[ID_BYTES];
    bytes.get(id);
    long expires = bytes.getLong();
    byte[] mac = new byte[MAC_BYTES];
    bytes.get(mac);
    if (!MessageDigest.isEqual(mac, mac(structure, id, expires))
        || now.getEpochSecond() >= expires) {
      return Optional.empty();
    }
    return Optional.of(pseudonymiser.pseudonym("invitation:" + HexFormat.of().formatHex(id)));
  }

  /**
   * @return the algorithm and no part of the key
   */
  @Override
  public String toString() {
    return "Invitations[HMAC-SHA256, key hidden]";
  }

  private byte[] mac(StructureId structure, byte[] id, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("invitation\0" + structure.value() + "\0").getBytes(StandardCharsets.US_ASCII));
      mac.update(id);
      mac.update(ByteBuffer.allocate(Long.BYTES).putLong(expires).array());
      return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
