package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.InputException;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.core.validation.EditionData;
import io.github.indiko.core.validation.LineResult;
import io.github.indiko.core.validation.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scoring an edition's data from elsewhere than a folder: the accepted lines alone, with the lines
 * refused before given apart (as a store keeps them), score exactly as the folder they came from.
 */
class EditionDataTest {
  private static final LocalDate AS_OF = LocalDate.of(2017, 12, 1);

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void score_acceptedLinesAndRefusedApart_sameResultsAndRejectsAsTheFolder(int threads)
      throws Exception {
    ScoringEngine engine = ScoringEngine.builder().builtIns().threads(threads).asOf(AS_OF).build();
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());
    List<Reject> fromFolder = new ArrayList<>();
    Results folder = engine.score(definitions, Samples.edition(), fromFolder::add);

    Kept kept = Kept.of(definitions, Samples.edition());
    List<Reject> fromKept = new ArrayList<>();
    Results results = engine.score(definitions, kept, fromKept::add);

    assertThat(kept.refusedResponses).isNotEmpty();
    assertThat(kept.refusedAudits).isNotEmpty();
    assertThat(json(results)).isEqualTo(json(folder));
    assertThat(fromKept).containsExactlyElementsOf(fromFolder);
    assertThat(engine.scoreInFull(definitions, kept, r -> {}).details())
        .isEqualTo(engine.scoreInFull(definitions, Samples.edition(), r -> {}).details());
  }

  @Test
  void score_sourceThatCannotBeRead_inputExceptionNamingIt() {
    ScoringEngine engine = ScoringEngine.builder().builtIns().asOf(AS_OF).build();
    EditionDefinitions definitions = EditionFolder.load(Samples.edition());
    EditionData broken =
        new EditionData() {
          @Override
          public String describe() {
            return "a broken store";
          }

          @Override
          public String name(String source) {
            return source + " of a broken store";
          }

          @Override
          public InputStream responses() throws IOException {
            throw new IOException("connection refused");
          }

          @Override
          public InputStream audits() {
            return InputStream.nullInputStream();
          }
        };

    assertThatThrownBy(() -> engine.score(definitions, broken, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage("cannot read responses.jsonl of a broken store: connection refused");
  }

  private static String json(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The accepted lines of a folder, and its refused lines apart, as a store keeps them. */
  private static final class Kept implements EditionData {
    private final ByteArrayOutputStream responses = new ByteArrayOutputStream();
    private final ByteArrayOutputStream audits = new ByteArrayOutputStream();
    private final List<LineResult.Rejected<?>> refusedResponses = new ArrayList<>();
    private final List<LineResult.Rejected<?>> refusedAudits = new ArrayList<>();

    static Kept of(EditionDefinitions definitions, Path folder) throws Exception {
      DataValidator validator = DataValidator.of(definitions);
      Kept kept = new Kept();
      List<byte[]> responseLines = lines(folder.resolve(DataValidator.RESPONSES));
      try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.RESPONSES))) {
        validator.validateResponses(
            in,
            DataValidator.RESPONSES,
            keep(responseLines, kept.responses, kept.refusedResponses));
      }
      List<byte[]> auditLines = lines(folder.resolve(DataValidator.AUDITS));
      try (InputStream in = Files.newInputStream(folder.resolve(DataValidator.AUDITS))) {
        validator.validateAudits(
            in, DataValidator.AUDITS, keep(auditLines, kept.audits, kept.refusedAudits));
      }
      return kept;
    }

    /** The lines of a file as bytes, any carriage return kept, split at each line feed. */
    private static List<byte[]> lines(Path file) throws IOException {
      byte[] bytes = Files.readAllBytes(file);
      List<byte[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == '\n') {
          lines.add(Arrays.copyOfRange(bytes, start, i));
          start = i + 1;
        }
      }
      return lines;
    }

    private static Consumer<LineResult<?>> keep(
        List<byte[]> lines, ByteArrayOutputStream accepted, List<LineResult.Rejected<?>> refused) {
      return result -> {
        if (result instanceof LineResult.Rejected<?> rejected) {
          refused.add(rejected);
        } else {
          accepted.writeBytes(lines.get((int) result.line() - 1));
          accepted.write('\n');
        }
      };
    }

    @Override
    public String describe() {
      return "accepted lines kept apart";
    }

    @Override
    public String name(String source) {
      return source + " kept apart";
    }

    @Override
    public InputStream responses() {
      return new ByteArrayInputStream(responses.toByteArray());
    }

    @Override
    public InputStream audits() {
      return new ByteArrayInputStream(audits.toByteArray());
    }

    @Override
    public void refused(String source, Consumer<? super LineResult.Rejected<?>> sink) {
      (source.equals(DataValidator.RESPONSES) ? refusedResponses : refusedAudits).forEach(sink);
    }
  }
}
