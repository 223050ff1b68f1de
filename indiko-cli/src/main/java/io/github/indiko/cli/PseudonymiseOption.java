package io.github.indiko.cli;

import io.github.indiko.core.privacy.Pseudonymiser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
  @Option(
      names = "--pseudonymise-key",
      paramLabel = "FILE",
      description =
          "Replaces every respondent token of responses.jsonl with HMAC-SHA-256(key, token) in"
              + " lowercase hex before any check, so that no raw token is kept or written. The key"
              + " is the whole content of FILE, at least 32 bytes (e.g. head -c 32 /dev/urandom >"
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
   * @throws ParameterException when the key is too short (exit 2)
   * @throws Failure when the file cannot be read (exit 4)
   */
  @Nullable Pseudonymiser pseudonymiser(CommandSpec spec) {
    if (keyFile == null) {
      return null;
    }
    byte[] key;
    try {
      key = Files.readAllBytes(keyFile);
    } catch (NoSuchFileException e) {
      throw new Failure(Indiko.IO, "missing file " + keyFile);
    } catch (IOException e) {
      throw new Failure(Indiko.IO, "cannot read " + keyFile + ": " + Io.describe(e));
    }
    try {
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
