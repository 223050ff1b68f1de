package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsJsonProperties {
  @Test
  void read_ofWritten_equalsResultsWithoutConsultation() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Results results = ResultsGenerator.results(seed);
              Results expected =
                  new Results(
                      results.edition(),
                      results.asOf(),
                      results.responses(),
                      results.audits(),
                      results.structures(),
                      results.trophies(),
                      results.notAwarded(),
                      List.of(),
                      results.agreement());

              Results read = ResultsJson.read(new ByteArrayInputStream(written(results)));

              assertThat(read).isEqualTo(expected);
              assertThat(read.structures())
                  .extracting(s -> List.copyOf(s.items().keySet()))
                  .isEqualTo(
                      expected.structures().stream()
                          .map(s -> List.copyOf(s.items().keySet()))
                          .toList());
            });
  }

  @Test
  void write_ofReadBack_sameBytes() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] first = written(ResultsGenerator.results(seed));

              byte[] second = written(ResultsJson.read(new ByteArrayInputStream(first)));

              assertThat(second).isEqualTo(first);
            });
  }

  @Test
  void write_validatesAgainstSchema() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(
                        SchemaCheck.errors(
                            SchemaCheck.JSON.readTree(written(ResultsGenerator.results(seed)))))
                    .isEmpty());
  }

  private static byte[] written(Results results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJson.write(results, out);
    return out.toByteArray();
  }
}
