package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DCImanager 6 operation (diagnostics, an OS installation): the server's {@code operation} field (seen; the
 * server keeps its last operation after it ends) and the answer of {@code GET /dci/v3/operation/{id}} (inferred,
 * see {@code docs/panel-contract.md}).
 *
 * <pre>{@code
 * Operation done = dci.operations().await(operationId, WaitOptions.timeout(Duration.ofMinutes(60)),
 *     op -> listener.progress(op.describe()));
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOperation.class)
public abstract class Operation {
  private static final java.util.Set<String> NOT_CURRENT = java.util.Set.of("ok", "new", "skipped");

  Operation() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The operation's id. */
  @JsonProperty("id")
  public abstract long id();

  /** The server it runs on, when the panel says. */
  @JsonProperty("server_id")
  public abstract Optional<Long> serverId();

  /** The panel's {@code type} as sent, a word {@link #type()} may not know. */
  @JsonProperty("type")
  public abstract Optional<String> rawType();

  /**
   * What it does; {@link OperationType#UNKNOWN} when the panel's word is unknown or missing ({@link #rawType()}
   * keeps the word).
   */
  public OperationType type() {
    return OperationType.of(rawType().orElse(null));
  }

  /** The panel's {@code status} as sent, a word {@link #status()} may not know. */
  @JsonProperty("status")
  public abstract Optional<String> rawStatus();

  /**
   * Its status; {@link OperationStatus#UNKNOWN} when the panel's word is unknown or missing ({@link #rawStatus()}
   * keeps the word), which reads as still running.
   */
  public OperationStatus status() {
    return OperationStatus.of(rawStatus().orElse(null));
  }

  /** What the panel says about the status, for example why it failed; its shape is not documented. */
  @JsonProperty("status_info")
  public abstract Optional<PanelValue> statusInfo();

  /** Its stages, in order. */
  @JsonProperty("progress_info")
  public abstract List<ProgressStep> progressInfo();

  /** Whether it ended, in any way (see {@link OperationStatus#isEnded()}). */
  public final boolean isEnded() {
    return status().isEnded();
  }

  /**
   * A one-line summary for logs and progress listeners: status, the panel's own words, and the stage it is in, for
   * example {@code running (install_os)} or {@code failed: disk sdb does not answer}.
   */
  public final String describe() {
    StringBuilder out = new StringBuilder(rawStatus().filter(word -> !word.isBlank()).orElse("no status"));
    statusInfo().ifPresent(info -> out.append(": ").append(info.textAt("msg").orElse(info.text())));
    // The current stage: the first one that has started and not ended well (running, failed or canceled).
    progressInfo().stream()
        .filter(step -> step.status().map(s -> !NOT_CURRENT.contains(s)).orElse(false))
        .findFirst()
        .flatMap(ProgressStep::name)
        .ifPresent(stage -> out.append(" (").append(stage).append(')'));
    return out.toString();
  }

  /** Builds an {@link Operation}. */
  public static final class Builder extends ImmutableOperation.Builder {
    Builder() {}
  }
}
