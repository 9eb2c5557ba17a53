package dev.ispkit.client.core.faults;

/** The columns of a fault matrix: the kinds of call a client makes, each judged by its own retry rule. */
public enum CallKind {
  /** One object read. */
  READ("read"),
  /** A list read in pages; the fault hits the second page. */
  PAGED_LIST("paged list"),
  /** A write that may be repeated: a DELETE (or what the panel's classifier says stands for one). */
  IDEMPOTENT_WRITE("idempotent write"),
  /** A write never repeated once the panel may have taken it: a create, an order. */
  NON_IDEMPOTENT_POST("non-idempotent POST"),
  /** A wait for a long operation, polling a read until it says done. */
  LONG_WAIT("long wait");

  private final String label;

  CallKind(String label) {
    this.label = label;
  }

  /** The column's name in the document and in test names. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
