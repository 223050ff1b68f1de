package io.github.indiko.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.validation.DataValidator;
import io.github.indiko.samples.SyntheticEdition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every store does with many lines, tagged {@code volume} (CI runs them in its first pass
 * only): 16 writers at once, with duplicates and replays, and 10^5 lines read back through the
 * cursor in a bounded heap. {@link StoreContract} implements it, so that every database runs it.
 */
interface VolumeContract {
  /**
   * @return the test's store, open
   */
  IndikoStore store();

  /**
   * @return a data source on the store's database, to look at its tables
   */
  DataSource database();

  /**
   * @return a folder of the test's own
   */
  Path temp();

  @Test
  @Tag("volume")
  default void accept_16ThreadsWithDuplicatesAndReplays_eachLineOnceFirstReceiptWins()
      throws Exception {
    Path folder = temp().resolve("concurrent");
    SyntheticEdition.defaults()
        .withResponses(8_000)
        .withAudits(0)
        .withPrevious(false)
        .write(folder);
    EditionStore edition = store().edition(EditionFolder.load(folder));
    ConcurrentSubmissions workload =
        new ConcurrentSubmissions(StoreContract.lines(folder.resolve(DataValidator.RESPONSES)), 1);
    assertThat(workload.submissions()).hasSize(10_000);

    long start = System.nanoTime();
    assertThat(workload.send(edition)).isEmpty();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<String> stored = workload.checkOutcomes();
    assertThat(stored).hasSize(8_000);
    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(stored.size());
    assertThat(StoreContract.read(edition.data().responses()))
        .isEqualTo(String.join("\n", stored) + "\n");
    try (Connection connection = database().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT COUNT(*), COUNT(seq) FROM indiko_receipts")) {
      row.next();
      assertThat(List.of(row.getLong(1), row.getLong(2))).containsOnly((long) stored.size());
    }
    assertThat(took).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  @Tag("volume")
  default void data_100000Responses_streamedWithABoundedHeap() throws IOException {
    Path folder = temp().resolve("synthetic");
    SyntheticEdition synthetic =
        SyntheticEdition.defaults().withResponses(100_000).withAudits(10).withPrevious(false);
    synthetic.write(folder);
    EditionStore edition = store().edition(EditionFolder.load(folder));
    ImportCounts counts = edition.importFolder(folder, r -> {});
    assertThat(counts.stored()).isEqualTo(edition.count(DataValidator.RESPONSES) + 10);
    assertThat(edition.count(DataValidator.RESPONSES)).isEqualTo(100_000);

    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long lines = 0;
    long bytes = 0;
    long growth = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = edition.data().responses()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
            if (lines == 50_000) {
              System.gc();
              growth = runtime.totalMemory() - runtime.freeMemory() - before;
            }
          }
        }
      }
    }
    assertThat(lines).isEqualTo(100_000);
    assertThat(bytes).isEqualTo(Files.size(folder.resolve(DataValidator.RESPONSES)));
    assertThat(growth).isLessThan(bytes / 4);
  }
}
