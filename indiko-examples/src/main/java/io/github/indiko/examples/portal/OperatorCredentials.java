package io.github.indiko.examples.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The operator's login: the user {@value #USER} and the hash of a password drawn at the portal's
 * first start, kept in the file {@value #FILE} of the data folder as {@code operator:HASH} (Spring
 * Security's delegating encoder: {@code {bcrypt}…}), readable and writable by its owner only. The
 * password itself is never stored: {@link #generatedPassword()} holds it only on the start that
 * drew it, for the console to print once. Immutable.
 *
 * @param user the user name, {@value #USER}
 * @param hash the password's hash, with its encoder's prefix
 * @param generatedPassword the password, when this start drew it; else null
 */
record OperatorCredentials(String user, String hash, @Nullable String generatedPassword) {
  /** The operator's user name. */
  static final String USER = "operator";

  /** The file of the data folder that holds the user and the hash. */
  static final String FILE = "operator-credentials";

  /** The random bytes of a password: 18, which base64url writes as 24 characters. */
  private static final int PASSWORD_BYTES = 18;

  /** Checks that the user and the hash are given. */
  OperatorCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(hash, "hash");
  }

  /**
   * Reads the data folder's credentials, or, when it has none, draws a password, stores its hash in
   * a new file created owner-only (on a file system without POSIX permissions, with the folder's
   * defaults) and returns the password with it.
   *
   * @param data the data folder, existing
   * @param random where the password's bytes come from
   * @return the credentials
   * @throws IOException when the file cannot be read or written
   * @throws IllegalStateException when the file is not {@code operator:HASH}
   */
  static OperatorCredentials loadOrCreate(Path data, SecureRandom random) throws IOException {
    Path file = data.resolve(FILE);
    if (Files.exists(file)) {
      return read(file);
    }
    byte[] bytes = new byte[PASSWORD_BYTES];
    random.nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    String hash = encoder.encode(password);
    if (!OwnerOnlyFiles.create(file)) {
      // Another portal on the same folder drew its password first: its hash is the one kept.
      return read(file);
    }
    Files.writeString(file, USER + ":" + hash + "\n", StandardCharsets.UTF_8);
    return new OperatorCredentials(USER, hash, password);
  }

  private static OperatorCredentials read(Path file) throws IOException {
    String line = Files.readString(file, StandardCharsets.UTF_8).strip();
    int colon = line.indexOf(':');
    if (colon <= 0 || colon == line.length() - 1 || line.indexOf('\n') >= 0) {
      throw new IllegalStateException(
          file + " does not hold the operator's user and password hash: delete it, and the next"
              + " start draws a new password");
    }
    return new OperatorCredentials(line.substring(0, colon), line.substring(colon + 1), null);
  }
}
