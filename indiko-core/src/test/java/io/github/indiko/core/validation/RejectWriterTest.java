package io.github.indiko.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RejectWriterTest {
  @Test
  void toJson_membersInFormatOrder() {
    Reject reject =
        new Reject(
            "responses.jsonl",
            17,
            "r-000017",
            RejectReason.INVALID_ANSWER,
            "question courtesy_staff: 7 is outside the scale 1..5");

    assertThat(RejectWriter.toJson(reject))
        .isEqualTo(
            "{\"source\": \"responses.jsonl\", \"line\": 17, \"id\": \"r-000017\", "
                + "\"reason\": \"invalid_answer\", "
                + "\"message\": \"question courtesy_staff: 7 is outside the scale 1..5\"}");
  }

  @Test
  void write_escapesAndWritesUtf8Lines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RejectWriter writer = RejectWriter.of(out)) {
      writer.write(new Reject("a.jsonl", 1, null, RejectReason.MALFORMED, "not a JSON object"));
      writer.write(
          new Reject("a.jsonl", 2, "é\"\\\n\u0001", RejectReason.MALFORMED, "unknown member"));
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"source\": \"a.jsonl\", \"line\": 1, \"id\": null, \"reason\": \"malformed\","
                + " \"message\": \"not a JSON object\"}\n"
                + "{\"source\": \"a.jsonl\", \"line\": 2, \"id\": \"é\\\"\\\\\\n\\u0001\","
                + " \"reason\": \"malformed\", \"message\": \"unknown member\"}\n");
  }
}
