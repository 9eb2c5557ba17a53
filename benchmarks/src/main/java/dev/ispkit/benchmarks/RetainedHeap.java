package dev.ispkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * The heap a value keeps alive: the heap in use after full GCs with the value held, minus the heap in use after
 * full GCs before it was built. Garbage made while building it is not counted; everything it references is.
 * Several GCs with pauses between them, because one {@code System.gc()} is a hint a collector may act on partly.
 */
final class RetainedHeap {
  private RetainedHeap() {}

  /**
   * Builds a value and measures what it retains.
   *
   * @param build makes the value; the value is held until the measurement ends
   * @return the bytes retained
   */
  static long of(Supplier<?> build) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    settle();
    long before = memory.getHeapMemoryUsage().getUsed();
    Object held = build.get();
    settle();
    long after = memory.getHeapMemoryUsage().getUsed();
    Reference.reachabilityFence(held);
    return after - before;
  }

  private static void settle() {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
