package dev.ispkit.engine.availability;

import java.util.Arrays;

/**
 * {@code long} keys mapped to {@code int} positions in two open-addressing arrays, sized once for the expected
 * count: the set of MAC addresses seen, and the index of server ids. Checking MAC and id uniqueness over 100 000
 * servers with boxed keys in a {@code HashMap} costs more than the rest of the availability rule; primitive arrays
 * keep it to one or two memory accesses per server.
 */
final class LongIndex {
  private static final long EMPTY = Long.MIN_VALUE;

  private final long[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * An index for up to {@code expected} keys; it is not resized. The load stays at or under 3/4: at 100 000 keys
   * the tables are 3 MB.
   */
  LongIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 3) - 1) << 1;
    keys = new long[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(keys, EMPTY);
  }

  /**
   * Maps {@code key} (never {@code Long.MIN_VALUE}) to {@code position} unless it is there already.
   *
   * @return -1 when the key was added, else the position it had
   */
  int putIfAbsent(long key, int position) {
    int slot = slot(key);
    while (true) {
      long present = keys[slot];
      if (present == EMPTY) {
        keys[slot] = key;
        positions[slot] = position;
        return -1;
      }
      if (present == key) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Adds {@code key} as a set member; {@code false} when it was there already. */
  boolean add(long key) {
    return putIfAbsent(key, 0) < 0;
  }

  /** The position of {@code key}, -1 when it is absent. */
  int positionOf(long key) {
    int slot = slot(key);
    while (true) {
      long present = keys[slot];
      if (present == key) {
        return positions[slot];
      }
      if (present == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether {@code key} is in the index. */
  boolean contains(long key) {
    return positionOf(key) >= 0;
  }

  private int slot(long key) {
    return hash(key) & mask;
  }

  /** A well-mixed 32-bit hash of {@code key}, for this index and for bit tables of the same keys. */
  static int hash(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed ^ (mixed >>> 32));
  }
}
