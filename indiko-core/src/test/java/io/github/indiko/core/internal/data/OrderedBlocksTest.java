package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderedBlocksTest {
  private static final int LINES = 500;

  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Lines {@code line 1} to {@code line n}, every seventh one blank. */
  private static byte[] numbered(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      text.append(i % 7 == 0 ? "  " : "line " + i).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A non-blank line: its block-local number and where it is in its block's bytes. */
  private record Local(long number, byte[] bytes, int offset, int length) {
    /** Reads the line's text, which is still in the block's buffer while it is out. */
    String text() {
      return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
  }

  /**
   * Finds the non-blank lines of a block, without copying them, after a random pause so that blocks
   * end out of order.
   */
  private static List<Local> find(Block block) {
    if (ThreadLocalRandom.current().nextInt(3) == 0) {
      LockSupport.parkNanos(50_000);
    }
    List<Local> lines = new ArrayList<>();
    Block.Lines cursor = block.lines();
    while (cursor.next()) {
      if (!cursor.isBlank()) {
        lines.add(new Local(cursor.number(), cursor.bytes(), cursor.offset(), cursor.length()));
      }
    }
    return lines;
  }

  /** Runs the pipeline and gives each non-blank line as {@code number text}. */
  private static List<String> run(
      InputStream in, int blockBytes, Executor executor, int parallelism) throws IOException {
    List<String> delivered = new ArrayList<>();
    OrderedBlocks.run(
        new LineBlocks(in, 16, blockBytes),
        OrderedBlocksTest::find,
        (List<Local> lines, long before) ->
            lines.forEach(line -> delivered.add(before + line.number() + " " + line.text())),
        executor,
        parallelism);
    return delivered;
  }

  private static List<String> expected(int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      if (i % 7 != 0) {
        lines.add(i + " line " + i);
      }
    }
    return lines;
  }

  @Test
  void run_anyExecutorAndBlocks_linesInOrderWithTheirNumbers() throws IOException {
    byte[] bytes = numbered(LINES);
    List<Executor> executors = List.of(pool, task -> {}, Runnable::run);
    for (Executor executor : executors) {
      for (int parallelism : new int[] {1, 2, 4}) {
        for (int blockBytes : new int[] {1, 10, 100, 5_000}) {
          assertThat(run(new ByteArrayInputStream(bytes), blockBytes, executor, parallelism))
              .as("parallelism %d, blocks of %d bytes", parallelism, blockBytes)
              .isEqualTo(expected(LINES));
        }
      }
    }
  }

  @Test
  void run_returnsTheLinesOfTheStream() throws IOException {
    long lines =
        OrderedBlocks.run(
            new LineBlocks(new ByteArrayInputStream("a\n\n b\n\r\nc".getBytes()), 4, 2),
            block -> block,
            (block, before) -> {},
            pool,
            2);

    assertThat(lines).isEqualTo(5);
  }

  @Test
  void run_executorThatNeverRuns_everythingOnTheCallingThread() throws IOException {
    Thread caller = Thread.currentThread();
    List<Runnable> submitted = new ArrayList<>();
    Set<Thread> workers = Collections.newSetFromMap(new IdentityHashMap<>());

    OrderedBlocks.run(
        new LineBlocks(new ByteArrayInputStream(numbered(50)), 16, 20),
        block -> workers.add(Thread.currentThread()),
        (added, before) -> {},
        submitted::add,
        3);

    assertThat(workers).containsExactly(caller);
    assertThat(submitted).hasSizeGreaterThan(10);
  }

  @Test
  void run_atMostTwiceParallelismBlocksOut() throws IOException {
    for (int parallelism : new int[] {1, 3}) {
      for (Executor executor : List.<Executor>of(pool, task -> {})) {
        AtomicInteger executed = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Set<byte[]> buffers =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

        OrderedBlocks.run(
            new LineBlocks(new ByteArrayInputStream(numbered(200)), 16, 1),
            block -> buffers.add(block.bytes()),
            (added, before) -> delivered.incrementAndGet(),
            task -> {
              // A block is submitted as soon as it is read, and given back once delivered.
              most.accumulateAndGet(executed.incrementAndGet() - delivered.get(), Math::max);
              executor.execute(task);
            },
            parallelism);

        assertThat(most).hasValue(2 * parallelism);
        assertThat(buffers).hasSizeLessThanOrEqualTo(2 * parallelism);
        assertThat(delivered).hasValue(200);
      }
    }
  }

  @Test
  void run_failingWork_sameExceptionAndTheRestCancelled() {
    List<Future<?>> tasks = new CopyOnWriteArrayList<>();
    AtomicInteger worked = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("bad block");
    Function<Block, Integer> work =
        block -> {
          if (worked.incrementAndGet() == 3) {
            throw failure;
          }
          return 0;
        };

    assertThatThrownBy(
            () ->
                OrderedBlocks.run(
                    new LineBlocks(new ByteArrayInputStream(numbered(100)), 16, 1),
                    work,
                    (result, before) -> {},
                    task -> tasks.add((Future<?>) task),
                    2))
        .isSameAs(failure);

    assertThat(worked).hasValue(3);
    assertThat(tasks).hasSize(6);
    assertThat(tasks.subList(3, 6)).allMatch(Future::isCancelled);
  }

  @Test
  void run_errorInWork_rethrownAsIs() {
    AssertionError error = new AssertionError("broken");

    assertThatThrownBy(
            () ->
                OrderedBlocks.run(
                    new LineBlocks(new ByteArrayInputStream(numbered(100)), 16, 10),
                    block -> {
                      throw error;
                    },
                    (result, before) -> {},
                    pool,
                    2))
        .isSameAs(error);
  }

  @Test
  void run_failingStream_itsException() {
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(numbered(100)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk gone");
              }
            });
    AtomicInteger delivered = new AtomicInteger();

    assertThatThrownBy(
            () ->
                OrderedBlocks.run(
                    new LineBlocks(failing, 16, 50),
                    Block::lineCount,
                    (count, before) -> delivered.incrementAndGet(),
                    pool,
                    2))
        .isInstanceOf(IOException.class)
        .hasMessage("disk gone");
    assertThat(delivered).as("some blocks were delivered first").hasPositiveValue();
  }

  @Test
  void run_interruptedWhileWaiting_interruptedIOExceptionAndFlagKept() throws InterruptedException {
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger worked = new AtomicInteger();
    AtomicBoolean first = new AtomicBoolean(true);
    try {
      assertThatThrownBy(
              () ->
                  OrderedBlocks.run(
                      new LineBlocks(new ByteArrayInputStream(numbered(10)), 16, 1),
                      block -> {
                        worked.incrementAndGet();
                        started.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return block;
                      },
                      (block, before) -> {},
                      task -> {
                        single.execute(task);
                        if (first.getAndSet(false)) {
                          // Once the first block's work has started on the executor's thread,
                          // the calling thread will wait for it, interrupted. (Asking whether
                          // it has started yet raced with it: a fast start left no interrupt.)
                          awaitQuietly(started);
                          Thread.currentThread().interrupt();
                        }
                      },
                      1))
          .isInstanceOf(InterruptedIOException.class);

      assertThat(Thread.interrupted()).as("the interrupt flag is kept").isTrue();
    } finally {
      release.countDown();
      single.shutdown();
      assertThat(single.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(worked).as("the cancelled second block never ran").hasValue(1);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void run_parallelismBelowOne_refused() {
    assertThatThrownBy(
            () ->
                OrderedBlocks.run(
                    new LineBlocks(new ByteArrayInputStream(new byte[0]), 16, 1),
                    block -> block,
                    (block, before) -> {},
                    pool,
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
