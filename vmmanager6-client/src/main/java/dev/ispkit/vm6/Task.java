package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.ispkit.client.core.transport.Redaction;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A task in VMmanager's task list: what a long call (creating, reinstalling, starting a VM, ...) became, with its
 * status.
 *
 * <pre>{@code
 * Task task = vm6.tasks().find(ref).orElseThrow();
 * if (task.status().isFailed()) { ... }
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
  Task() {}

  /** The task's id in the task list (not the consul id a call answers with). */
  public abstract long id();

  /** The consul id: the {@code task} value of the call that started it. */
  @JsonProperty("consul_id")
  public abstract OptionalLong consulId();

  /** The task's name, for example {@code host_create}. */
  public abstract Optional<String> name();

  /** The panel's word for the status, as given. */
  @JsonProperty("status")
  public abstract Optional<String> rawStatus();

  /** The status; {@link TaskStatus#UNKNOWN} when the panel's word is unknown or missing. */
  public TaskStatus status() {
    return TaskStatus.of(rawStatus().orElse(null));
  }

  /** Why the task waits, when it was deferred (for example until the VM stops). */
  @JsonProperty("defer_reason")
  public abstract Optional<String> deferReason();

  /** Every field of the panel's answer this class does not map (for example an {@code error}), as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /** The status and, on failure, what the panel said about it, secrets masked; for messages. */
  String describe() {
    StringBuilder out = new StringBuilder("status ").append(rawStatus().orElse("(none)"));
    deferReason().filter(reason -> !reason.isBlank()).ifPresent(reason -> out.append(", deferred: ").append(reason));
    JsonNode error = otherFields().get("error");
    if (error != null && !error.isNull()) {
      String text = error.isTextual() ? error.asText() : error.path("msg").isMissingNode() ? error.toString()
          : error.path("msg").asText();
      out.append(", error: ").append(Redaction.redact(text));
    }
    return out.toString();
  }
}
