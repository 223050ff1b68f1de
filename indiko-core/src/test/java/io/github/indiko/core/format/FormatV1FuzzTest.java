package io.github.indiko.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.indiko.core.DefinitionException;
import io.github.indiko.core.DefinitionProblem;
import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.condition.ConditionException;
import io.github.indiko.core.validation.DataValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Fuzzes the readers of format v1's definition documents (docs/fuzzing.md). The first byte of the
 * input picks the document (its value modulo 5: edition, structures, enrolments, questionnaire,
 * grid), the other bytes are the document.
 *
 * <p>Invariants: reading gives the document or a {@link DefinitionException} listing at least one
 * problem, each naming the file given, a JSON pointer ({@code ""} or starting with {@code /}) and
 * a message; nothing else is thrown. What is read writes back to bytes that read to an equal object
 * and that write again to the same bytes. Put in the sample's edition folder in place of its
 * document, it loads ({@link EditionFolder#load}) to definitions or a {@link DefinitionException},
 * and definitions give a {@link DataValidator} or a {@link ConditionException}.
 */
class FormatV1FuzzTest {
  /** The sample edition, kept once in indiko-samples. */
  private static final Path SAMPLE =
      Path.of("../indiko-samples/src/main/resources/io/github/indiko/samples/edition-2017");

  private static final List<Kind<?>> KINDS =
      List.of(
          new Kind<>(EditionFolder.EDITION, FormatV1::readEdition, FormatV1::writeEdition),
          new Kind<>(EditionFolder.STRUCTURES, FormatV1::readStructures, FormatV1::writeStructures),
          new Kind<>(EditionFolder.ENROLMENTS, FormatV1::readEnrolments, FormatV1::writeEnrolments),
          new Kind<>(
              EditionFolder.QUESTIONNAIRE,
              FormatV1::readQuestionnaire,
              FormatV1::writeQuestionnaire),
          new Kind<>(EditionFolder.GRID, FormatV1::readGrid, FormatV1::writeGrid));

  /** A definition document: its file name, reader and writer. */
  private record Kind<T>(
      String file,
      BiFunction<InputStream, String, T> reader,
      BiConsumer<T, OutputStream> writer) {}

  @FuzzTest
  void definitions(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Kind<?> kind = KINDS.get((input[0] & 0xff) % KINDS.size());
    byte[] document = Arrays.copyOfRange(input, 1, input.length);
    if (readsBackTheSame(kind, document)) {
      loadsInTheSampleFolder(kind.file(), document);
    }
  }

  /** @return whether the document was read */
  private static <T> boolean readsBackTheSame(Kind<T> kind, byte[] document) {
    T read;
    try {
      read = kind.reader().apply(new ByteArrayInputStream(document), kind.file());
    } catch (DefinitionException e) {
      problemsAreWellFormed(e, List.of(kind.file()));
      return false;
    }
    byte[] written = write(kind, read);
    T again = kind.reader().apply(new ByteArrayInputStream(written), kind.file());
    assertThat(again).isEqualTo(read);
    assertThat(write(kind, again)).isEqualTo(written);
    return true;
  }

  private static void loadsInTheSampleFolder(String file, byte[] document) throws IOException {
    Path folder = Files.createTempDirectory("indiko-fuzz-");
    try {
      for (Kind<?> kind : KINDS) {
        Files.copy(SAMPLE.resolve(kind.file()), folder.resolve(kind.file()));
      }
      Files.write(folder.resolve(file), document);
      EditionDefinitions definitions;
      try {
        definitions = EditionFolder.load(folder);
      } catch (DefinitionException e) {
        problemsAreWellFormed(e, KINDS.stream().map(Kind::file).toList());
        return;
      }
      try {
        assertThat(DataValidator.of(definitions)).isNotNull();
      } catch (ConditionException e) {
        assertThat(e.errors()).isNotEmpty();
      }
    } finally {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path path : files.toList()) {
          Files.delete(path);
        }
      }
      Files.delete(folder);
    }
  }

  private static void problemsAreWellFormed(DefinitionException e, List<String> files) {
    assertThat(e.problems()).isNotEmpty();
    for (DefinitionProblem problem : e.problems()) {
      assertThat(problem.file()).isIn(files);
      assertThat(problem.pointer()).matches("(?s)(/.*)?");
      assertThat(problem.message()).isNotBlank();
    }
  }

  private static <T> byte[] write(Kind<T> kind, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    kind.writer().accept(value, out);
    return out.toByteArray();
  }
}
