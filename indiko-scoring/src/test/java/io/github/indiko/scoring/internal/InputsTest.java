package io.github.indiko.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.indiko.core.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir Path folder;

  @Test
  void read_givesWhatTheReaderGives() throws IOException {
    Path file = Files.writeString(folder.resolve("a.jsonl"), "abc");
    int length =
        Inputs.read(
            file,
            in -> {
              try {
                return in.readAllBytes().length;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    assertThat(length).isEqualTo(3);
  }

  @Test
  void read_namesAMissingFile() {
    Path file = folder.resolve("missing.jsonl");
    assertThatThrownBy(() -> Inputs.read(file, in -> 0))
        .isInstanceOf(InputException.class)
        .hasMessage("missing file " + file);
  }

  @Test
  void read_fifo_isRefusedBeforeReading() throws Exception {
    Path fifo = folder.resolve("responses.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assumeThat(mkfifo.waitFor()).as("mkfifo makes a FIFO on this system").isZero();

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            assertThatThrownBy(() -> Inputs.read(fifo, in -> 0))
                .isInstanceOf(InputException.class)
                .hasMessage(
                    fifo + " is not a regular file (a FIFO): Indiko reads only regular files"));
  }

  @Test
  void read_linkToDevZero_isRefusedBeforeReading() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("/dev/zero exists on this system").isTrue();
    Path link = Files.createSymbolicLink(folder.resolve("audits.jsonl"), zero);

    assertThatThrownBy(() -> Inputs.read(link, in -> 0))
        .isInstanceOf(InputException.class)
        .hasMessage(
            link + " is not a regular file (a character device): Indiko reads only regular files");
  }

  @Test
  void read_namesTheFile_whenReadingItFails() throws IOException {
    Path file = Files.writeString(folder.resolve("a.jsonl"), "abc");
    assertThatThrownBy(
            () ->
                Inputs.read(
                    file,
                    in -> {
                      throw new UncheckedIOException(new IOException("disk error"));
                    }))
        .isInstanceOf(InputException.class)
        .hasMessage("cannot read " + file + ": disk error");
  }

  @Test
  void read_keepsTheWordsOfAnotherFailure_suchAsATemporaryFile() throws IOException {
    Path file = Files.writeString(folder.resolve("a.jsonl"), "abc");
    assertThatThrownBy(
            () ->
                Inputs.read(
                    file,
                    in -> {
                      throw new UncheckedIOException(
                          "cannot create a temporary file in /nowhere",
                          new NoSuchFileException("/nowhere/indiko-strings-1.log"));
                    }))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "cannot create a temporary file in /nowhere: /nowhere/indiko-strings-1.log");
  }
}
