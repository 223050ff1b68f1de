package io.github.indiko.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;

/**
 * Measures the Java heap of one run, two ways.
 *
 * <ul>
 *   <li><b>peak</b>: before the run, the peak usage of every heap pool is reset to its current
 *       usage; after it, the peaks of the heap pools are added up. Pools peak at different moments,
 *       so the sum bounds the real peak from above, and it counts garbage not yet collected, the
 *       earlier runs' included: it grows with {@code -Xmx}, since a larger heap collects later. No
 *       collection is forced before the run: after a {@link System#gc()}, G1 shrinks the young
 *       generation and the next run pays for many more collections (about ten times as many, and
 *       1.5 to 2 times the wall time of scoring 10⁴ responses, measured).
 *   <li><b>after GC</b>: the largest heap in use just after a collection that started during the
 *       run (from the collectors' notifications): an upper bound of the live data the run holds,
 *       far below the peak; not the live data itself, since a young collection leaves the dead
 *       objects of the old generation in place. Absent when no collection ran.
 * </ul>
 *
 * <p>Native memory (DuckDB's, direct buffers) is not counted. Not thread-safe; close it to stop
 * listening.
 */
final class HeapWatch implements AutoCloseable {
  private final List<MemoryPoolMXBean> pools = new ArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::collected;
  private final AtomicLong afterGc = new AtomicLong(-1);
  private volatile long since = Long.MAX_VALUE;

  /**
   * The heap of one run, in bytes.
   *
   * @param peak the sum of the heap pools' peaks
   * @param afterGc the largest heap in use after a collection during the run, or null when none ran
   */
  record Heap(long peak, @Nullable Long afterGc) {}

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools.add(pool);
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Starts measuring. */
  void start() {
    afterGc.set(-1);
    since = ManagementFactory.getRuntimeMXBean().getUptime();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * @return the heap since {@link #start()}
   */
  Heap stop() {
    long peak = 0;
    for (MemoryPoolMXBean pool : pools) {
      peak += pool.getPeakUsage().getUsed();
    }
    since = Long.MAX_VALUE;
    long after = afterGc.get();
    return new Heap(peak, after < 0 ? null : after);
  }

  private void collected(Notification notification, @Nullable Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (info.getGcInfo().getStartTime() < since) {
      return;
    }
    long used = 0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (usage != null) {
        used += usage.getUsed();
      }
    }
    afterGc.accumulateAndGet(used, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        throw new IllegalStateException("the listener was added in the constructor", e);
      }
    }
  }
}
