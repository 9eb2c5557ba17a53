package dev.ispkit.client.core.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One client's fault matrix: for every {@link PanelFault} and every {@link CallKind}, the {@link Outcome} the
 * client's rules promise. The one table that drives the client's matrix test ({@link #cells()}, {@link
 * #expected}) and its section of {@code docs/reliability.md} ({@link #markdown()}), so the two cannot drift apart.
 *
 * <pre>{@code
 * static final FaultMatrix MATRIX = FaultMatrix.builder("dcimanager6-client", "DCImanager 6")
 *     .call(CallKind.READ, "`servers().get(3241)`")
 *     ...
 *     .row(PanelFault.BURST_503, ok(3), ok(4), ok(3), ok(3), ok(3))
 *     ...
 *     .build();
 * }</pre>
 */
public final class FaultMatrix {
  private final String client;
  private final String title;
  private final Map<CallKind, String> calls;
  private final Map<PanelFault, Map<CallKind, Outcome>> rows;
  private final List<String> notes;

  private FaultMatrix(Builder builder) {
    this.client = builder.client;
    this.title = builder.title;
    this.calls = Collections.unmodifiableMap(new EnumMap<>(builder.calls));
    this.rows = Collections.unmodifiableMap(new EnumMap<>(builder.rows));
    this.notes = List.copyOf(builder.notes);
  }

  /**
   * A builder for a client's matrix.
   *
   * @param client the client module, which names its section of the document, for example {@code
   *     dcimanager6-client}
   * @param title the section's heading, for example {@code DCImanager 6}
   * @return the builder
   */
  public static Builder builder(String client, String title) {
    return new Builder(client, title);
  }

  /** The client module the matrix is of. */
  public String client() {
    return client;
  }

  /**
   * What a cell expects.
   *
   * @param fault the row
   * @param kind the column
   * @return the outcome
   */
  public Outcome expected(PanelFault fault, CallKind kind) {
    return rows.get(fault).get(kind);
  }

  /** Every cell as the arguments of a parameterized test: the fault, then the call kind. */
  public Stream<Arguments> cells() {
    return Arrays.stream(PanelFault.values())
        .flatMap(fault -> Arrays.stream(CallKind.values()).map(kind -> Arguments.of(fault, kind)));
  }

  /** The matrix as its section of {@code docs/reliability.md}: a heading, the table, the notes. */
  public String markdown() {
    StringBuilder out = new StringBuilder("### ").append(title).append(" (`").append(client).append("`)\n\n");
    out.append("| fault | ").append(Arrays.stream(CallKind.values())
        .map(kind -> kind.label() + ": " + calls.get(kind)).collect(Collectors.joining(" | "))).append(" |\n");
    out.append("|---|").append("---|".repeat(CallKind.values().length)).append('\n');
    for (PanelFault fault : PanelFault.values()) {
      out.append("| ").append(fault.label()).append(" | ").append(Arrays.stream(CallKind.values())
          .map(kind -> expected(fault, kind).text()).collect(Collectors.joining(" | "))).append(" |\n");
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  /** Builds a {@link FaultMatrix}; every fault needs a row and every call kind a call. */
  public static final class Builder {
    private final String client;
    private final String title;
    private final Map<CallKind, String> calls = new EnumMap<>(CallKind.class);
    private final Map<PanelFault, Map<CallKind, Outcome>> rows = new EnumMap<>(PanelFault.class);
    private final List<String> notes = new ArrayList<>();

    private Builder(String client, String title) {
      this.client = Objects.requireNonNull(client, "client");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * The call a column runs, as the document names it.
     *
     * @param kind the column
     * @param call for example {@code `servers().get(3241)`}
     * @return this builder
     */
    public Builder call(CallKind kind, String call) {
      calls.put(kind, Objects.requireNonNull(call, "call"));
      return this;
    }

    /**
     * A row: the outcome of each call kind under one fault, in the columns' order.
     *
     * @param fault the row
     * @param read under {@link CallKind#READ}
     * @param pagedList under {@link CallKind#PAGED_LIST}
     * @param idempotentWrite under {@link CallKind#IDEMPOTENT_WRITE}
     * @param post under {@link CallKind#NON_IDEMPOTENT_POST}
     * @param longWait under {@link CallKind#LONG_WAIT}
     * @return this builder
     */
    public Builder row(PanelFault fault, Outcome read, Outcome pagedList, Outcome idempotentWrite, Outcome post,
        Outcome longWait) {
      Map<CallKind, Outcome> row = new EnumMap<>(CallKind.class);
      row.put(CallKind.READ, Objects.requireNonNull(read, "read"));
      row.put(CallKind.PAGED_LIST, Objects.requireNonNull(pagedList, "pagedList"));
      row.put(CallKind.IDEMPOTENT_WRITE, Objects.requireNonNull(idempotentWrite, "idempotentWrite"));
      row.put(CallKind.NON_IDEMPOTENT_POST, Objects.requireNonNull(post, "post"));
      row.put(CallKind.LONG_WAIT, Objects.requireNonNull(longWait, "longWait"));
      if (rows.put(fault, row) != null) {
        throw new IllegalStateException("two rows for " + fault);
      }
      return this;
    }

    /**
     * A line under the table, for what a reader of the table needs to know about this client.
     *
     * @param note the text, markdown
     * @return this builder
     */
    public Builder note(String note) {
      notes.add(Objects.requireNonNull(note, "note"));
      return this;
    }

    /** Builds the matrix once every fault has its row and every call kind its call. */
    public FaultMatrix build() {
      for (PanelFault fault : PanelFault.values()) {
        if (!rows.containsKey(fault)) {
          throw new IllegalStateException(client + ": no row for " + fault);
        }
      }
      for (CallKind kind : CallKind.values()) {
        if (!calls.containsKey(kind)) {
          throw new IllegalStateException(client + ": no call for " + kind);
        }
      }
      return new FaultMatrix(this);
    }
  }
}
