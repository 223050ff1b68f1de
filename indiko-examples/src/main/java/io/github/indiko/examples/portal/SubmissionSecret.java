package io.github.indiko.examples.portal;

import io.github.indiko.servlet.SubmissionKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The server key of the survey's anti-forgery tokens and submission keys, kept in the file
 * {@value #FILE} of the data folder (owner-only): {@value SubmissionKeys#MIN_SECRET_BYTES} random
 * bytes drawn at the first start. With the same key after a restart, a form opened before it is
 * still accepted, and a replay of a form accepted before it is still recognised and stores
 * nothing (the starter's {@code indiko.submission-secret}).
 */
final class SubmissionSecret {
  /** The file of the data folder that holds the key. */
  static final String FILE = "submission-secret";

  private SubmissionSecret() {}

  /**
   * @param data the data folder, existing
   * @param random where a new key's bytes come from
   * @return the file of the key, drawn and written now when the folder had none
   * @throws IOException when the file cannot be written
   */
  static Path loadOrCreate(Path data, SecureRandom random) throws IOException {
    Path file = data.resolve(FILE);
    if (OwnerOnlyFiles.create(file)) {
      byte[] secret = new byte[SubmissionKeys.MIN_SECRET_BYTES];
      random.nextBytes(secret);
      Files.write(file, secret);
    }
    return file;
  }
}
