package io.github.indiko.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.validation.RejectReason;
import io.github.indiko.testkit.property.Gen;
import io.github.indiko.testkit.property.RandomSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticLinesTest {
  @TempDir Path dir;

  @Test
  void write_invalidLines_takeTheFilesIds_sameIdSameRenumbering() throws IOException {
    Gen<String> duplicates =
        source -> "{\"id\":\"x\",\"n\":1}\nnot json\n{\"id\":\"x\"}\n{\"id\":\"y\"}";
    SyntheticLines lines =
        new SyntheticLines(
            "r-",
            (source, id) -> "{\"id\":\"" + id + "\"}",
            Map.of(RejectReason.DUPLICATE_ID, duplicates));
    Path file = dir.resolve("lines.jsonl");

    lines.write(file, 2, RandomSource.seeded(1), 1);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            """
            {"id":"r-0000001","n":1}
            not json
            {"id":"r-0000001"}
            {"id":"r-0000003"}
            {"id":"r-0000004","n":1}
            not json
            {"id":"r-0000004"}
            {"id":"r-0000006"}
            """);
  }

  @Test
  void write_noInvalidRatio_numbersTheValidLinesFromOne() throws IOException {
    SyntheticLines lines =
        new SyntheticLines("a-", (source, id) -> "{\"id\":\"" + id + "\"}", Map.of());
    Path file = dir.resolve("lines.jsonl");

    lines.write(file, 3, RandomSource.seeded(1), 0);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            """
            {"id":"a-0000001"}
            {"id":"a-0000002"}
            {"id":"a-0000003"}
            """);
  }

  @Test
  void producible_leavesOutTheReasonsThatCannotBeMade() {
    Set<RejectReason> leftOut = EnumSet.noneOf(RejectReason.class);

    Map<RejectReason, Gen<String>> generators =
        SyntheticLines.producible(
            EnumSet.of(RejectReason.MALFORMED, RejectReason.NOT_ENROLLED),
            reason -> {
              if (reason == RejectReason.NOT_ENROLLED) {
                throw new IllegalArgumentException("every structure is enrolled");
              }
              return source -> "{";
            },
            leftOut);

    assertThat(generators).containsOnlyKeys(RejectReason.MALFORMED);
    assertThat(leftOut).containsExactly(RejectReason.NOT_ENROLLED);
  }
}
