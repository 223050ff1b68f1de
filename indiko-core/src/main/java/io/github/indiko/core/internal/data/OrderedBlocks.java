package io.github.indiko.core.internal.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Works on the blocks of a stream in parallel and delivers the results in block order, on the
 * calling thread.
 *
 * <p>The calling thread reads the blocks and hands the work on each to the executor. It takes the
 * results back strictly in block order and delivers each with the number of lines before its block,
 * so that block-local line numbers become the stream's; then it gives the block back to {@link
 * LineBlocks#recycle}, so a result may point into its block's bytes until it is delivered. When the
 * calling thread needs a result that no thread of the executor has started, it does that work
 * itself: any executor makes progress, even a busy one, or one that never runs its tasks (then
 * everything runs on the calling thread, in order). At most {@code 2 × parallelism} blocks are out
 * at once, so memory stays bounded whatever the stream.
 */
public final class OrderedBlocks {
  private OrderedBlocks() {}

  /**
   * Receives the results, in block order, on the calling thread.
   *
   * @param <R> the result of the work on a block
   */
  @FunctionalInterface
  public interface Delivery<R> {
    /**
     * @param result the result of the work on a block; it may point into the block's bytes, which
     *     are given back once this returns
     * @param linesBefore the number of lines of the stream before the block, blank ones included:
     *     the block's line {@code n} is the stream's line {@code linesBefore + n}
     */
    void deliver(R result, long linesBefore);
  }

  /** A block out, and the work on it. */
  private record Pending<R>(Block block, FutureTask<R> task) {}

  /**
   * Reads the blocks to their end and delivers the work on each, in order. Does not close the
   * stream nor shut the executor down. When this throws, the blocks not yet delivered are
   * cancelled: work that a thread of the executor has started runs to its end (this does not wait
   * for it), the rest never starts, and those blocks are not given back.
   *
   * @param blocks the blocks to read, from the calling thread only
   * @param work what to do on a block, on any thread; it must not give the block back. Once it
   *     returns, the block's {@link Block#lineCount()} is taken on the same thread, so it is cheap
   *     when the work went over all the lines
   * @param delivery receives the results in block order, on the calling thread
   * @param executor runs the work on blocks
   * @param parallelism how many blocks are meant to be worked on at once, at least 1; usually the
   *     executor's threads
   * @return the number of lines of the stream, blank ones included
   * @throws IOException when the stream cannot be read, or the calling thread is interrupted while
   *     it waits for a result (then an {@link InterruptedIOException}, and the thread's interrupt
   *     flag is set)
   * @throws IllegalArgumentException when {@code parallelism} is below 1
   * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a block
   */
  public static <R> long run(
      LineBlocks blocks,
      Function<? super Block, ? extends R> work,
      Delivery<? super R> delivery,
      Executor executor,
      int parallelism)
      throws IOException {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    int inFlight = 2 * parallelism;
    ArrayDeque<Pending<R>> pending = new ArrayDeque<>(inFlight);
    long lines = 0;
    try {
      Block block;
      while ((block = blocks.next()) != null) {
        Block taken = block;
        FutureTask<R> task =
            new FutureTask<>(
                () -> {
                  R result = work.apply(taken);
                  taken.lineCount();
                  return result;
                });
        pending.add(new Pending<>(block, task));
        executor.execute(task);
        if (pending.size() >= inFlight) {
          lines = deliver(pending.remove(), lines, blocks, delivery);
        }
      }
      while (!pending.isEmpty()) {
        lines = deliver(pending.remove(), lines, blocks, delivery);
      }
      return lines;
    } finally {
      pending.forEach(left -> left.task().cancel(false));
    }
  }

  /**
   * Takes a block's result back (doing the work here if no thread has started it), delivers it and
   * gives the block back.
   *
   * @return the lines up to the end of the block
   */
  private static <R> long deliver(
      Pending<R> next, long linesBefore, LineBlocks blocks, Delivery<? super R> delivery)
      throws InterruptedIOException {
    R result = finish(next.task());
    delivery.deliver(result, linesBefore);
    long lines = linesBefore + next.block().lineCount();
    blocks.recycle(next.block());
    return lines;
  }

  /**
   * Runs a task here if no thread has started it, and waits for its end.
   *
   * @param task a task given to an executor
   * @return its result
   * @throws InterruptedIOException when the calling thread is interrupted while it waits (its
   *     interrupt flag is then set)
   * @throws RuntimeException the task's own, as is (an {@link Error} too); a checked exception of
   *     the task is wrapped in an {@link IllegalStateException}
   */
  public static <R> R finish(FutureTask<R> task) throws InterruptedIOException {
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the work on a block");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
