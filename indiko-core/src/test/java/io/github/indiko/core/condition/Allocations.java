package io.github.indiko.core.condition;

import java.lang.reflect.Method;

/**
 * The bytes the current thread has allocated, from {@code
 * com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}. Reached by reflection because
 * the tests run inside the module {@code io.github.indiko.core}, which does not read {@code
 * java.management} and {@code jdk.management}; core reflection needs no readability.
 */
final class Allocations {
  private final Object threads;
  private final Method allocatedBytes;

  Allocations() throws ReflectiveOperationException {
    threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    allocatedBytes =
        Class.forName("com.sun.management.ThreadMXBean")
            .getMethod("getCurrentThreadAllocatedBytes");
    // The first reflective calls allocate on their own; make them now.
    for (int i = 0; i < 100; i++) {
      bytes();
    }
  }

  /** Bytes allocated so far by the current thread; the reading allocates a boxed long. */
  long bytes() throws ReflectiveOperationException {
    return (Long) allocatedBytes.invoke(threads);
  }
}
