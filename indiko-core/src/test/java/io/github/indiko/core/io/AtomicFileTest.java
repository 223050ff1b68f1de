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

  @Test
  void open_deletesTheTemporaryFilesOfProcessesNowGoneAndKeepsTheRest() throws IOException {
    Path target = tmp.resolve("rejects.jsonl");
    Path dead = Files.writeString(tmp.resolve(".rejects.jsonl.2147483646-0-a1.tmp"), "killed");
    Path older = Files.writeString(tmp.resolve(".rejects.jsonl.5f0c6c1e-1b1d-4b7e.tmp"), "old");
    Path live =
        Files.writeString(
            tmp.resolve(".rejects.jsonl." + ProcessHandle.current().pid() + "-0-b2.tmp"), "live");
    Path other = Files.writeString(tmp.resolve(".results.json.2147483646-0-c3.tmp"), "other");

    try (AtomicFile file = AtomicFile.open(target)) {
      file.stream().write('x');
      file.commit();
    }

    assertThat(dead).doesNotExist();
    assertThat(older).doesNotExist();
    assertThat(live).hasContent("live");
    assertThat(other).hasContent("other");
    assertThat(target).hasContent("x");
  }
}
