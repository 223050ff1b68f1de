package io.github.indiko.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.structure.StructureId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The previous edition of the sample, {@code edition-2017/previous-2016/results.json}. */
class PreviousSampleTest {
  private static final String FILE =
      "/io/github/indiko/samples/edition-2017/previous-2016/results.json";

  @Test
  void schema_acceptsIt() throws IOException {
    try (InputStream in = PreviousSampleTest.class.getResourceAsStream(FILE)) {
      assertThat(SchemaCheck.errors(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
          .isEmpty();
    }
  }

  @Test
  void read_isEdition2016WithoutUniversite() throws IOException {
    try (InputStream in = PreviousSampleTest.class.getResourceAsStream(FILE)) {
      Results previous = ResultsJson.read(in, FILE);

      assertThat(previous.edition().value()).isEqualTo("2016");
      assertThat(previous.structures()).hasSize(11);
      assertThat(previous.structures())
          .extracting(StructureResult::id)
          .doesNotContain(new StructureId("universite-belcourt"));
    }
  }
}
