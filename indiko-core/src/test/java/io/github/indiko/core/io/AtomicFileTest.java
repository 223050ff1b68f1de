package io.github.indiko.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path tmp;

  @Test
  void write_replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("results.json");
    Files.writeString(target, "old");

    AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void write_failingContent_keepsThePreviousFileAndDeletesTheTemporaryOne() throws IOException {
    Path target = tmp.resolve("results.json");
    Files.writeString(target, "old");

    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    target,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");

    assertThat(target).hasContent("old");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void close_withoutCommit_leavesNoFile() throws IOException {
    Path target = tmp.resolve("rejects.jsonl");

    try (AtomicFile file = AtomicFile.open(target)) {
      file.stream().write('x');
      assertThat(file.target()).isEqualTo(target);
    }

    try (var files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void commit_ontoAFolder_failsAndDeletesTheTemporaryFile() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("results.json"));
    Files.writeString(target.resolve("inside"), "kept");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> out.write('x')))
        .isInstanceOf(IOException.class);

    assertThat(target.resolve("inside")).hasContent("kept");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }
}
