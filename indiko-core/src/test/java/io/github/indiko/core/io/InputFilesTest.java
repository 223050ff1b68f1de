package io.github.indiko.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.indiko.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  /** A UTF-8 byte order mark and a line. */
  private static final byte[] BYTES = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n'};

  @TempDir Path tmp;

  /**
   * Makes a FIFO with {@code mkfifo}, which the JDK cannot make.
   *
   * @return the FIFO
   */
  private static Path fifo(Path file) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assumeThat(mkfifo.waitFor()).as("mkfifo makes a FIFO on this system").isZero();
    return file;
  }

  @Test
  void open_regularFile_givesItsBytesAsTheyAre() throws IOException {
    Path file = Files.write(tmp.resolve("responses.jsonl"), BYTES);

    try (InputStream in = InputFiles.open(file)) {
      assertThat(in.readAllBytes()).isEqualTo(BYTES);
    }
  }

  @Test
  void open_symbolicLinkToARegularFile_isRead() throws IOException {
    Path file = Files.write(tmp.resolve("responses.jsonl"), BYTES);
    Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), file);

    try (InputStream in = InputFiles.open(link)) {
      assertThat(in.readAllBytes()).isEqualTo(BYTES);
    }
  }

  @Test
  void open_missingFile_namesIt() {
    Path file = tmp.resolve("responses.jsonl");

    assertThatThrownBy(() -> InputFiles.open(file))
        .isInstanceOf(InputException.class)
        .hasMessage("missing file " + file);
  }

  @Test
  void open_folder_isNotARegularFile() throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("responses.jsonl"));

    assertThatThrownBy(() -> InputFiles.open(folder))
        .isInstanceOf(InputException.class)
        .hasMessage(folder + " is not a regular file (a folder): Indiko reads only regular files");
  }

  @Test
  void open_fifo_isRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = fifo(tmp.resolve("responses.jsonl"));

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> InputFiles.open(fifo))
                .isInstanceOf(InputException.class)
                .hasMessage(
                    fifo + " is not a regular file (a FIFO): Indiko reads only regular files"));
  }

  @Test
  void channel_symbolicLinkToDevZero_isACharacterDevice() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists on this system").isTrue();
    Path link = Files.createSymbolicLink(tmp.resolve("responses.jsonl"), zero);

    assertThatThrownBy(() -> InputFiles.channel(link))
        .isInstanceOf(InputException.class)
        .hasMessage(
            link + " is not a regular file (a character device): Indiko reads only regular files");
  }

  @Test
  void open_fileWithoutPermission_saysPermissionDenied() throws IOException {
    Path file = Files.write(tmp.resolve("edition.json"), BYTES);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(file))
        .as("root reads a file of mode 000: permissions are not enforced for this user")
        .isFalse();

    assertThatThrownBy(() -> InputFiles.open(file))
        .isInstanceOf(InputException.class)
        .hasMessage("cannot read " + file + ": permission denied");
  }
}
