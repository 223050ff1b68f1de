package io.github.indiko.cli;

import io.github.indiko.core.privacy.Pseudonymiser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --pseudonymise-key FILE}, for the commands that read data. The key is read from a file,
 * never given on the command line, which any user of the machine can read in the process list
 * ({@code ps}, {@code /proc/PID/cmdline}) and which shells keep in their history.
 */
final class PseudonymiseOption {
  /**
   * The longest key, in bytes (1 KiB): far beyond what HMAC-SHA-256 needs (a key longer than its
   * 64-byte block is hashed first), and a bound on what is read from the file.
   */
  static final int MAXIMUM_KEY_BYTES = 1024;

  @Option(
      names = "--pseudonymise-key",
      paramLabel = "FILE",
      description =
          "Replaces every respondent token of responses.jsonl with HMAC-SHA-256(key, token) in"
              + " lowercase hex before any check, so that no raw token is kept or written. The key"
              + " is the whole content of FILE, 32 to 1024 bytes (e.g. head -c 32 /dev/urandom >"
              + " FILE); keep the same key to compare editions.")
  private @Nullable Path keyFile;

  /**
   * @return the key file, or null without the option
   */
  @Nullable Path keyFile() {
    return keyFile;
  }

  /**
   * @param spec the command, for a usage error
   * @return the pseudonymiser under the key of the file, or null without the option
   * @throws ParameterException when the key is shorter than 32 bytes or longer than {@value
   *     #MAXIMUM_KEY_BYTES} (exit 2)
   * @throws Failure when the file is missing, is not a regular file or cannot be read (exit 4)
   */
  @Nullable Pseudonymiser pseudonymiser(CommandSpec spec) {
    if (keyFile == null) {
      return null;
    }
    byte[] key;
    try (InputStream in = Io.open(keyFile)) {
      // One byte more than a key may have tells a key too long without reading the rest.
      key = in.readNBytes(MAXIMUM_KEY_BYTES + 1);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + keyFile + ": " + Io.describe(e));
    }
    try {
      if (key.length > MAXIMUM_KEY_BYTES) {
        throw new ParameterException(
            spec.commandLine(),
            "--pseudonymise-key: the key file "
                + keyFile
                + " holds more than "
                + MAXIMUM_KEY_BYTES
                + " bytes (1 KiB), the most a key may have");
      }
      if (key.length < Pseudonymiser.MINIMUM_KEY_BYTES) {
        throw new ParameterException(
            spec.commandLine(),
            "--pseudonymise-key: the key file "
                + keyFile
                + " holds "
                + key.length
                + " bytes; at least "
                + Pseudonymiser.MINIMUM_KEY_BYTES
                + " are needed");
      }
      return Pseudonymiser.of(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }
}
