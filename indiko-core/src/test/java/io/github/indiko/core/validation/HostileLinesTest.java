package io.github.indiko.core.validation;

import static io.github.indiko.core.validation.Fixtures.RESPONSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.indiko.core.internal.json.StrictJson;
import io.github.indiko.core.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile lines, each followed by a valid one: the hostile line becomes a {@code malformed} reject
 * and the reader goes on; a parallel read gives the same. Run in a JVM of 64 MiB heap (the {@code
 * small-heap} execution), so that buffering a huge line whole would fail.
 */
@Tag("small-heap")
class HostileLinesTest {
  private static final DataValidator VALIDATOR = Fixtures.validator(false);
  private static final String NEXT = RESPONSE.replace("r-1", "r-next");
  private static final SourceCheck<Response> CHECK =
      new SourceCheck<>(
          DataValidator.RESPONSES,
          new ResponseCheck(new EditionIndex(Fixtures.definitions(false))));

  /** Streams {@code count} copies of a byte without holding them. */
  private static InputStream repeat(byte value, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return value;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + n, value);
        left -= n;
        return n;
      }
    };
  }

  /** Streams {@code count} copies of a short ASCII text. */
  private static InputStream repeatText(String unit, long count) {
    byte[] bytes = unit.getBytes(StandardCharsets.US_ASCII);
    return new InputStream() {
      private long position;
      private final long end = count * bytes.length;

      @Override
      public int read() {
        return position == end ? -1 : bytes[(int) (position++ % bytes.length)];
      }
    };
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(Arrays.asList(parts)));
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** What a read gave. */
  private record Read(List<LineResult<Response>> results, SourceCounts counts) {}

  /**
   * Reads a source sequentially, then in parallel with default blocks and with blocks of one
   * line; checks that the parallel reads give the same results and counts.
   */
  private static Read read(Supplier<InputStream> source) {
    List<LineResult<Response>> results = new ArrayList<>();
    SourceCounts counts =
        VALIDATOR.validateResponses(source.get(), "responses.jsonl", results::add);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      List<LineResult<Response>> parallel = new ArrayList<>();
      assertThat(
              VALIDATOR.validateResponses(
                  source.get(), "responses.jsonl", parallel::add, executor, 2))
          .isEqualTo(counts);
      assertThat(parallel).isEqualTo(results);
      List<LineResult<Response>> oneLineBlocks = new ArrayList<>();
      assertThat(
              new ParallelValidation<>(CHECK, executor, 2, 1)
                  .read(source.get(), oneLineBlocks::add))
          .isEqualTo(counts);
      assertThat(oneLineBlocks).isEqualTo(results);
    } finally {
      executor.shutdown();
    }
    return new Read(results, counts);
  }

  /**
   * Reads a hostile line then {@link #NEXT}, sequentially and in parallel; checks the reject and
   * that NEXT is accepted.
   */
  private static Reject readHostile(Supplier<InputStream> hostileLine) {
    Read read = read(() -> concat(hostileLine.get(), text("\n" + NEXT + "\n")));
    List<LineResult<Response>> results = read.results();
    SourceCounts counts = read.counts();

    assertThat(results).hasSize(2);
    assertThat(results.get(1)).isInstanceOf(LineResult.Accepted.class);
    assertThat(results.get(1).line()).isEqualTo(2);
    assertThat(counts.read()).isEqualTo(2);
    assertThat(counts.accepted()).isEqualTo(1);
    Reject reject = Fixtures.reject(results.get(0));
    assertThat(reject).isNotNull();
    assertThat(reject.reason()).isEqualTo(RejectReason.MALFORMED);
    assertThat(reject.line()).isEqualTo(1);
    return reject;
  }

  @Test
  void heap_isSmall() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L << 20);
  }

  @Test
  void read_lineOf50MegabytesSkipped() {
    Supplier<InputStream> line =
        () ->
            concat(
                text("{\"id\":\"r-big\",\"comment\":\""),
                repeat((byte) 'x', 50L << 20),
                text("\"}"));

    assertThat(readHostile(line).message()).isEqualTo("line longer than 1 MiB");
  }

  @Test
  void read_lineOf50MegabytesWithoutNewlineInsideChunks() {
    assertThat(readHostile(() -> repeat((byte) '[', 50L << 20)).message())
        .isEqualTo("line longer than 1 MiB");
  }

  @Test
  void read_lineOfExactlyOneMebibyteAccepted() {
    String head = RESPONSE.substring(0, RESPONSE.length() - 1);
    int padding = StrictJson.MAX_LINE_BYTES - RESPONSE.length();
    Supplier<InputStream> line =
        () -> concat(text(head), repeat((byte) ' ', padding), text("}\r\n"));

    assertThat(read(line).results()).singleElement().isInstanceOf(LineResult.Accepted.class);
  }

  @Test
  void read_lineOfOneMebibyteAndOneByteRefused() {
    String head = RESPONSE.substring(0, RESPONSE.length() - 1);
    int padding = StrictJson.MAX_LINE_BYTES - RESPONSE.length() + 1;
    Supplier<InputStream> line =
        () -> concat(text(head), repeat((byte) ' ', padding), text("}"));

    assertThat(readHostile(line).message()).isEqualTo("line longer than 1 MiB");
  }

  @Test
  void read_oneMebibyteOfSmallNumbers() {
    String head = "{\"id\":\"r-many\",\"many\":[0";
    long count = (StrictJson.MAX_LINE_BYTES - head.length() - 2) / 2;
    Supplier<InputStream> line =
        () -> concat(text(head), repeatText(",0", count), text("]}"));

    assertThat(readHostile(line))
        .extracting(Reject::message, Reject::id)
        .containsExactly("unknown member \"many\"", "r-many");
  }

  @Test
  void read_longMemberNameIsCutInTheMessage() {
    String name = "n".repeat(40_000);
    String line = RESPONSE.replace("\"answers\"", "\"" + name + "\":1,\"answers\"");

    assertThat(readHostile(() -> text(line)).message())
        .startsWith("unknown member \"nnn")
        .hasSizeLessThan(100);
  }

  @Test
  void read_memberNameBeyondTheParserLimit() {
    String name = "n".repeat(500_000);
    String line = RESPONSE.replace("\"answers\"", "\"" + name + "\":1,\"answers\"");

    assertThat(readHostile(() -> text(line)).message())
        .isEqualTo("not valid JSON: Name length (500000) exceeds the maximum allowed (50000)");
  }

  @Test
  void read_tenThousandNestedArrays() {
    String line =
        RESPONSE.replace(
            "\"courtesy_staff\":4",
            "\"courtesy_staff\":" + "[".repeat(10_000) + "]".repeat(10_000));

    assertThat(readHostile(() -> text(line)))
        .extracting(Reject::message, Reject::id)
        .containsExactly("nested deeper than 16", null);
  }

  @Test
  void read_sixteenLevelsAcceptedSeventeenRefused() {
    // The line is depth 1 and answers depth 2: 14 more arrays make 16 levels.
    String sixteen =
        RESPONSE.replace(
            "\"courtesy_staff\":4",
            "\"courtesy_staff\":4,\"x\":" + "[".repeat(14) + "]".repeat(14));
    String seventeen = sixteen.replace("[]", "[[]]");

    assertThat(Fixtures.reject(Fixtures.responses(VALIDATOR, sixteen).get(0)).reason())
        .isEqualTo(RejectReason.UNKNOWN_QUESTION);
    assertThat(readHostile(() -> text(seventeen)).message()).isEqualTo("nested deeper than 16");
  }

  @Test
  void read_invalidUtf8() {
    byte[] line = RESPONSE.replace("r-1", "r-\u00e9").getBytes(StandardCharsets.ISO_8859_1);

    assertThat(readHostile(() -> bytes(line)).message()).isEqualTo("not valid UTF-8");
  }

  @Test
  void read_encodedSurrogateIsInvalidUtf8() {
    byte[] start = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] line = Arrays.copyOf(start, start.length + 5);
    line[start.length] = (byte) 0xED;
    line[start.length + 1] = (byte) 0xA0;
    line[start.length + 2] = (byte) 0x80;
    line[start.length + 3] = '"';
    line[start.length + 4] = '}';

    assertThat(readHostile(() -> bytes(line)).message()).isEqualTo("not valid UTF-8");
  }

  @Test
  void read_nulByteInString() {
    String line = RESPONSE.replace("\"r-1\"", "\"r-\u00001\"");

    assertThat(readHostile(() -> text(line)).message())
        .startsWith("not valid JSON: ")
        .contains("CTRL-CHAR");
  }

  @Test
  void read_hugeNumber() {
    String line = RESPONSE.replace("\"version\":3", "\"version\":1e400");

    assertThat(readHostile(() -> text(line)).message())
        .isEqualTo("number 1e+400 is beyond +-1e15");
  }

  @Test
  void read_duplicateKey() {
    String line = RESPONSE.replace("\"version\":3", "\"version\":3,\"version\":3");

    assertThat(readHostile(() -> text(line)).message())
        .isEqualTo("member \"version\" is repeated");
  }
}
