package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.questionnaire.QuestionId;
import io.github.indiko.core.response.Answer;
import io.github.indiko.core.response.Response;
import io.github.indiko.core.response.ResponseId;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.LineResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines written by {@link ResponseLines} read back, through the validator, to equal responses. */
class ResponseLinesTest {
  private static EditionDefinitions definitions;
  private static List<Response> accepted;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    Path edition =
        Path.of(
            ResponseLinesTest.class.getResource("/io/github/indiko/samples/edition-2017").toURI());
    definitions = EditionFolder.load(edition);
    accepted = new ArrayList<>();
    try (InputStream in = Files.newInputStream(edition.resolve("responses.jsonl"))) {
      DataValidator.of(definitions)
          .validateResponses(
              in,
              DataValidator.RESPONSES,
              result -> {
                if (result instanceof LineResult.Accepted<Response> ok) {
                  accepted.add(ok.record());
                }
              });
    }
  }

  private static List<Response> readBack(List<String> lines) {
    List<Response> read = new ArrayList<>();
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    DataValidator.of(definitions)
        .validateResponses(
            new ByteArrayInputStream(bytes),
            DataValidator.RESPONSES,
            result -> {
              assertThat(result).isInstanceOf(LineResult.Accepted.class);
              read.add(((LineResult.Accepted<Response>) result).record());
            });
    return read;
  }

  @Test
  void line_sampleResponsesReadBackEqual() {
    assertThat(accepted).hasSizeGreaterThan(1000);
    List<String> lines = accepted.stream().map(ResponseLines::line).toList();
    assertThat(lines).noneMatch(line -> line.contains("\n") || line.contains("\r"));
    assertThat(readBack(lines)).isEqualTo(accepted);
  }

  @Test
  void line_hostileTextsAndFractionsReadBackEqual() {
    Response first = accepted.get(0);
    Map<QuestionId, Answer> answers = new LinkedHashMap<>(first.answers());
    answers.put(new QuestionId("comment"), new Answer.Text("\"a\\b\"\n\r\t\u0000\u2028 <x> \ud800 😀"));
    answers.put(new QuestionId("visit_date"), new Answer.Date(LocalDate.of(2017, 9, 1)));
    Response response =
        new Response(
            new ResponseId("r-hostile"),
            first.questionnaire(),
            first.structure(),
            first.channel(),
            OffsetDateTime.parse("2017-09-14T10:32:00.123456789-03:30"),
            "fr-CA",
            "tok\"en",
            Map.of("age", "35–49 \"x\""),
            answers);
    String line = ResponseLines.line(response);
    assertThat(line).startsWith("{\"id\":\"r-hostile\",\"questionnaire\":\"accueil\",\"version\":3,");
    assertThat(line).contains("\\u0000").contains("\\ud800").doesNotContain("\n");
    assertThat(readBack(List.of(line))).containsExactly(response);
  }
}
