package dev.ispkit.engine.inventory;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One string instance per distinct configuration label. An inventory of 100 000 servers carries a few hundred
 * labels, but a JSON reader hands over a new string per server: sharing them saves the memory of every copy and
 * lets the configuration matcher find a label's evaluation by an identity hit instead of reading each server's
 * string from memory.
 *
 * <p>Bounded: after {@value #MAX_LABELS} distinct labels a new label is kept as given, so a stream of unique labels
 * cannot grow the table without end.
 */
final class SharedLabels {
  static final int MAX_LABELS = 16_384;
  private static final ConcurrentHashMap<String, String> LABELS = new ConcurrentHashMap<>();

  private SharedLabels() {}

  /** The shared instance equal to {@code label}, or {@code label} itself when it is new or the table is full. */
  static String share(String label) {
    String shared = LABELS.get(label);
    if (shared != null) {
      return shared;
    }
    if (LABELS.size() >= MAX_LABELS) {
      return label;
    }
    shared = LABELS.putIfAbsent(label, label);
    return shared != null ? shared : label;
  }
}
