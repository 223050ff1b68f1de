package io.github.indiko.testkit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.indiko.core.edition.Edition;
import io.github.indiko.core.format.FormatV1;
import io.github.indiko.core.questionnaire.Questionnaire;
import io.github.indiko.testkit.gen.DomainGen;
import io.github.indiko.testkit.quicktheories.QuickTheoriesGen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Round trips of every definition kind on generated objects. */
class FormatV1Properties {
  private static <T> T roundTrip(
      T value, BiConsumer<T, OutputStream> writer, BiFunction<InputStream, String, T> reader) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(value, out);
    return reader.apply(new ByteArrayInputStream(out.toByteArray()), "generated.json");
  }

  private static <T> String written(T value, BiConsumer<T, OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writeEdition_readsBackEqual() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.editions()))
        .checkAssert(
            edition ->
                assertThat(roundTrip(edition, FormatV1::writeEdition, FormatV1::readEdition))
                    .isEqualTo(edition));
  }

  @Test
  void writeStructures_readsBackEqual() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.structures()))
        .checkAssert(
            structures ->
                assertThat(
                        roundTrip(structures, FormatV1::writeStructures, FormatV1::readStructures))
                    .isEqualTo(structures));
  }

  @Test
  void writeEnrolments_readsBackEqual() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.enrolments()))
        .checkAssert(
            enrolments ->
                assertThat(
                        roundTrip(enrolments, FormatV1::writeEnrolments, FormatV1::readEnrolments))
                    .isEqualTo(enrolments));
  }

  @Test
  void writeQuestionnaire_readsBackEqual() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(
            questionnaire ->
                assertThat(
                        roundTrip(
                            questionnaire,
                            FormatV1::writeQuestionnaire,
                            FormatV1::readQuestionnaire))
                    .isEqualTo(questionnaire));
  }

  @Test
  void writeGrid_readsBackEqual() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.grids()))
        .checkAssert(
            grid ->
                assertThat(roundTrip(grid, FormatV1::writeGrid, FormatV1::readGrid))
                    .isEqualTo(grid));
  }

  @Test
  void writeQuestionnaire_writesTheSameTextForTheObjectReadBack() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.questionnaires()))
        .checkAssert(
            questionnaire -> {
              String first = written(questionnaire, FormatV1::writeQuestionnaire);
              Questionnaire read =
                  FormatV1.readQuestionnaire(
                      new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                      "questionnaire.json");
              assertThat(written(read, FormatV1::writeQuestionnaire)).isEqualTo(first);
            });
  }

  @Test
  void writeEdition_writesTheSameTextForTheObjectReadBack() {
    qt().forAll(QuickTheoriesGen.of(DomainGen.editions()))
        .checkAssert(
            edition -> {
              String first = written(edition, FormatV1::writeEdition);
              Edition read =
                  FormatV1.readEdition(
                      new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                      "edition.json");
              assertThat(written(read, FormatV1::writeEdition)).isEqualTo(first);
            });
  }
}
