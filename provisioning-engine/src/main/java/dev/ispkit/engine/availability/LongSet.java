package dev.ispkit.engine.availability;

import java.util.Arrays;

/**
 * A set of {@code long} keys in one open-addressing array, sized once for the expected count. Checking MAC and id
 * uniqueness over 100 000 servers with boxed keys in a {@code HashSet} costs more than the rest of the availability
 * rule; one primitive array keeps it to one memory access per server.
 */
final class LongSet {
  private static final long EMPTY = Long.MIN_VALUE;

  private final long[] keys;
  private final int mask;

  /**
   * A set for up to {@code expected} keys; it is not resized. The load stays at or under 3/4: at 100 000 keys the
   * table is 2 MB.
   */
  LongSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 3) - 1) << 1;
    keys = new long[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, EMPTY);
  }

  /** Adds {@code key} (never {@code Long.MIN_VALUE}); {@code false} when it was there already. */
  boolean add(long key) {
    int slot = slot(key);
    while (true) {
      long present = keys[slot];
      if (present == EMPTY) {
        keys[slot] = key;
        return true;
      }
      if (present == key) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether {@code key} is in the set. */
  boolean contains(long key) {
    int slot = slot(key);
    while (true) {
      long present = keys[slot];
      if (present == key) {
        return true;
      }
      if (present == EMPTY) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int slot(long key) {
    return hash(key) & mask;
  }

  /** A well-mixed 32-bit hash of {@code key}, for this set and for bit tables of the same keys. */
  static int hash(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed ^ (mixed >>> 32));
  }
}
