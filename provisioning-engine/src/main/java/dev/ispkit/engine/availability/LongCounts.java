package dev.ispkit.engine.availability;

/**
 * Counts of {@code long} keys in an open-addressing table. Checking MAC uniqueness and id uniqueness over 100 000
 * servers with boxed keys in a {@code HashMap} costs more than the rest of the availability rule together.
 */
final class LongCounts {
  private static final long EMPTY = Long.MIN_VALUE;

  private final long[] keys;
  private final int[] counts;
  private final int mask;

  LongCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[capacity];
    counts = new int[capacity];
    mask = capacity - 1;
    java.util.Arrays.fill(keys, EMPTY);
  }

  /** Adds one occurrence of {@code key} (never {@code Long.MIN_VALUE}) and returns its new count. */
  int add(long key) {
    int slot = slot(key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
    }
    return ++counts[slot];
  }

  int count(long key) {
    return counts[slot(key)];
  }

  private int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
