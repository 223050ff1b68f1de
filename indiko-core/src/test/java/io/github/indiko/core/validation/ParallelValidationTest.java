package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.AUDIT;
import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.EditionDefinitions;
import io.github.indiko.core.audit.AuditRecord;
import io.github.indiko.core.format.EditionFolder;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A parallel read gives exactly what a {@link LineReader} gives: the same results (records,
 * rejects) in the same order and the same counts, wherever the block boundaries fall.
 */
class ParallelValidationTest {
  private static final int[] PARALLELISMS = {1, 2, 4};

  /**
   * Block sizes in bytes: 1 makes blocks of one line, 700 of one or two lines of the sample, 5 000
   * of about ten.
   */
  private static final int[] BLOCKS = {1, 2, 700, 5_000, ParallelValidation.BLOCK_BYTES};

  private static ExecutorService executor;
  private static Path edition;
  private static EditionIndex index;

  @BeforeAll
  static void start() throws URISyntaxException {
    executor = Executors.newFixedThreadPool(4);
    edition =
        Path.of(
            ParallelValidationTest.class
                .getResource("/io/github/indiko/samples/edition-2017")
                .toURI());
    EditionDefinitions definitions = EditionFolder.load(edition);
    index = new EditionIndex(definitions);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** What a read gave: its results in order, then its counts. */
  private record Read<T>(List<LineResult<T>> results, SourceCounts counts) {}

  private static <T> Read<T> sequential(SourceCheck<T> check, byte[] bytes) {
    List<LineResult<T>> results = new ArrayList<>();
    try (LineReader<T> reader = new LineReader<>(new ByteArrayInputStream(bytes), check)) {
      reader.forEachRemaining(results::add);
      return new Read<>(results, reader.counts());
    }
  }

  private static <T> Read<T> parallel(
      SourceCheck<T> check, byte[] bytes, int parallelism, int blockBytes) {
    List<LineResult<T>> results = new ArrayList<>();
    SourceCounts counts =
        new ParallelValidation<>(check, executor, parallelism, blockBytes)
            .read(new ByteArrayInputStream(bytes), results::add);
    return new Read<>(results, counts);
  }

  /** Compares a parallel read with the sequential one for every parallelism and block size. */
  private static <T> void assertSameAsSequential(SourceCheck<T> check, byte[] bytes) {
    Read<T> expected = sequential(check, bytes);
    for (int parallelism : PARALLELISMS) {
      for (int blockBytes : BLOCKS) {
        assertThat(parallel(check, bytes, parallelism, blockBytes))
            .as("parallelism %d, blocks of %d bytes", parallelism, blockBytes)
            .isEqualTo(expected);
      }
    }
  }

  private static SourceCheck<Response> responses() {
    return new SourceCheck<>(DataValidator.RESPONSES, new ResponseCheck(index));
  }

  private static SourceCheck<AuditRecord> audits() {
    return new SourceCheck<>(DataValidator.AUDITS, new AuditCheck(index));
  }

  private static byte[] text(String... lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_sampleResponses_sameAsSequential() throws IOException {
    byte[] bytes = Files.readAllBytes(edition.resolve("responses.jsonl"));
    Read<Response> expected = sequential(responses(), bytes);

    assertSameAsSequential(responses(), bytes);
    assertThat(expected.counts().byReason())
        .containsKeys(RejectReason.DUPLICATE_ID, RejectReason.DUPLICATE_RESPONDENT);
    assertThat(expected.counts().accepted()).isGreaterThan(1_900);
  }

  @Test
  void read_sampleAudits_sameAsSequential() throws IOException {
    byte[] bytes = Files.readAllBytes(edition.resolve("audits.jsonl"));

    assertSameAsSequential(audits(), bytes);
    assertThat(sequential(audits(), bytes).counts().rejected()).isPositive();
  }

  @Test
  void read_duplicateInTheNextBlock_firstLineWins() {
    byte[] bytes = text(AUDIT, "", AUDIT.replace("\"phone_rings\":4", "\"phone_rings\":5"));
    SourceCheck<AuditRecord> check =
        new SourceCheck<>(DataValidator.AUDITS, new AuditCheck(new EditionIndex(fixture())));

    Read<AuditRecord> read = parallel(check, bytes, 2, 1);

    assertThat(read.results()).hasSize(2);
    assertThat(read.results().get(0)).isInstanceOf(LineResult.Accepted.class);
    assertThat(Fixtures.reject(read.results().get(1)))
        .extracting(Reject::line, Reject::id, Reject::reason)
        .containsExactly(3L, "a-1", RejectReason.DUPLICATE_ID);
    assertThat(read).isEqualTo(sequential(check, bytes));
  }

  /** The fixture's record with that id and auditor, doubling {@code of} unless it is null. */
  private static String audit(String id, String auditor, @Nullable String of) {
    String line =
        AUDIT.replace("\"a-1\"", "\"" + id + "\"")
            .replace("\"performedAt\"", "\"auditor\":\"" + auditor + "\",\"performedAt\"");
    return of == null ? line : line.replace("}}", "},\"of\":\"" + of + "\"}");
  }

  private static @Nullable RejectReason reason(LineResult<?> result) {
    Reject reject = Fixtures.reject(result);
    return reject == null ? null : reject.reason();
  }

  @Test
  void read_doublesAcrossBlocks_sameAsSequential() {
    byte[] bytes =
        text(
            audit("a-0", "aud-1", "a-1"),
            audit("a-1", "aud-1", null),
            audit("a-2", "aud-1", "a-1"),
            audit("a-3", "aud-2", "a-1"),
            audit("a-4", "aud-2", "a-1"),
            audit("a-5", "aud-3", "a-1"),
            audit("a-6", "aud-4", "a-3"),
            audit("a-1", "aud-4", "a-1"));
    SourceCheck<AuditRecord> check =
        new SourceCheck<>(DataValidator.AUDITS, new AuditCheck(new EditionIndex(fixture())));

    assertSameAsSequential(check, bytes);
    assertThat(sequential(check, bytes).results())
        .extracting(ParallelValidationTest::reason)
        .containsExactly(
            RejectReason.UNKNOWN_ORIGINAL,
            null,
            RejectReason.SAME_AUDITOR,
            null,
            RejectReason.SAME_AUDITOR,
            null,
            RejectReason.UNKNOWN_ORIGINAL,
            RejectReason.DUPLICATE_ID);
  }

  @Test
  void read_blankAndBadLines_sameAsSequential() {
    byte[] bytes =
        text(
            "",
            RESPONSE,
            "  \t",
            "[1,2]",
            "{\"id\":",
            RESPONSE,
            RESPONSE.replace("r-1", "r-2"),
            "\r",
            "null",
            RESPONSE.replace("\"courtesy_staff\":4", "\"courtesy_staff\":9"),
            "");
    SourceCheck<Response> check =
        new SourceCheck<>(DataValidator.RESPONSES, new ResponseCheck(new EditionIndex(fixture())));

    assertSameAsSequential(check, bytes);
    assertThat(sequential(check, bytes).counts())
        .isEqualTo(
            new SourceCounts(
                7,
                2,
                5,
                Map.of(
                    RejectReason.MALFORMED, 3L,
                    RejectReason.DUPLICATE_ID, 1L,
                    RejectReason.INVALID_ANSWER, 1L)));
  }

  @Test
  void validateResponses_publicMethodSameAsSequential() throws IOException {
    DataValidator validator = DataValidator.of(EditionFolder.load(edition));
    List<LineResult<Response>> expected = new ArrayList<>();
    List<LineResult<Response>> actual = new ArrayList<>();
    SourceCounts sequentialCounts;
    SourceCounts parallelCounts;

    try (InputStream in = Files.newInputStream(edition.resolve("responses.jsonl"))) {
      sequentialCounts = validator.validateResponses(in, DataValidator.RESPONSES, expected::add);
    }
    try (InputStream in = Files.newInputStream(edition.resolve("responses.jsonl"))) {
      parallelCounts =
          validator.validateResponses(in, DataValidator.RESPONSES, actual::add, executor, 2);
    }

    assertThat(actual).isEqualTo(expected);
    assertThat(parallelCounts).isEqualTo(sequentialCounts);
  }

  @Test
  void validateAudits_directExecutor_sameAsSequential() throws IOException {
    DataValidator validator = DataValidator.of(EditionFolder.load(edition));
    List<LineResult<AuditRecord>> expected = new ArrayList<>();
    List<LineResult<AuditRecord>> actual = new ArrayList<>();

    try (InputStream in = Files.newInputStream(edition.resolve("audits.jsonl"))) {
      validator.validateAudits(in, DataValidator.AUDITS, expected::add);
    }
    try (InputStream in = Files.newInputStream(edition.resolve("audits.jsonl"))) {
      validator.validateAudits(in, DataValidator.AUDITS, actual::add, Runnable::run, 3);
    }

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void read_tenLinesInBlocksOfThree_fourBlocks() {
    AtomicInteger blocks = new AtomicInteger();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(RESPONSE.replace("r-1", "r-" + i));
    }
    // Every line but the last has the same length with its \n; three of them fill a block.
    int lineBytes = lines.get(0).getBytes(StandardCharsets.UTF_8).length + 1;

    SourceCounts counts =
        new ParallelValidation<>(
                responses(),
                task -> {
                  blocks.incrementAndGet();
                  executor.execute(task);
                },
                2,
                3 * lineBytes)
            .read(new ByteArrayInputStream(text(lines.toArray(String[]::new))), result -> {});

    assertThat(blocks).hasValue(4);
    assertThat(counts.read()).isEqualTo(10);
  }

  @Test
  void read_busyExecutor_callerChecksTheBlocksItself() throws InterruptedException {
    // The executor's only thread is taken until the read ends.
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService busy = Executors.newSingleThreadExecutor();
    try {
      busy.execute(
          () -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      List<LineResult<Response>> results = new ArrayList<>();

      SourceCounts counts =
          new ParallelValidation<>(responses(), busy, 2, 1)
              .read(new ByteArrayInputStream(text(RESPONSE, RESPONSE, RESPONSE)), results::add);

      assertThat(counts.read()).isEqualTo(3);
      assertThat(results).extracting(LineResult::line).containsExactly(1L, 2L, 3L);
    } finally {
      release.countDown();
      busy.shutdown();
      assertThat(busy.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void read_failingStream_uncheckedAndNoTaskLeft() throws InterruptedException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      lines.add(RESPONSE.replace("r-1", "r-" + i));
    }
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(text(lines.toArray(String[]::new))),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk gone");
              }
            });
    ExecutorService own = Executors.newFixedThreadPool(2);
    List<LineResult<Response>> results = new ArrayList<>();
    try {
      assertThatThrownBy(
              () ->
                  new ParallelValidation<>(responses(), own, 2, 1_000).read(failing, results::add))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk gone");

      assertThat(own.isShutdown()).as("the caller's executor is left running").isFalse();
      assertThat(results).hasSizeLessThanOrEqualTo(50);
    } finally {
      own.shutdown();
      assertThat(own.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void read_failingSink_propagatesAndCancelsTheRest() throws InterruptedException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      lines.add(RESPONSE.replace("r-1", "r-" + i));
    }
    ExecutorService own = Executors.newFixedThreadPool(2);
    AtomicInteger delivered = new AtomicInteger();
    try {
      assertThatThrownBy(
              () ->
                  new ParallelValidation<>(responses(), own, 2, 1)
                      .read(
                          new ByteArrayInputStream(text(lines.toArray(String[]::new))),
                          result -> {
                            if (delivered.incrementAndGet() == 3) {
                              throw new IllegalStateException("sink full");
                            }
                          }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("sink full");

      assertThat(delivered).hasValue(3);
    } finally {
      own.shutdown();
      assertThat(own.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void new_parallelismBelowOne_refused() {
    assertThatThrownBy(() -> new ParallelValidation<>(responses(), executor, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                DataValidator.of(fixture())
                    .validateResponses(
                        new ByteArrayInputStream(new byte[0]), "x", r -> {}, executor, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static EditionDefinitions fixture() {
    return Fixtures.definitions(true);
  }
}
