package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * A VMmanager task: {@code created} for the first tenth of its duration, then {@code running}, then
 * {@code complete} or {@code fail}. Its effect on the VM is applied when it ends, by {@link VmState#advance}.
 */
final class VmTask {
  final long id;
  final long consulId;
  final String name;
  final long hostId;
  final Instant startedAt;
  final Duration duration;
  final String failure;
  final Runnable onSuccess;
  final Runnable onFailure;
  private String finalStatus;
  private Instant finishedAt;

  VmTask(long id, long consulId, String name, long hostId, Instant startedAt, Duration duration, String failure,
      Runnable onSuccess, Runnable onFailure) {
    this.id = id;
    this.consulId = consulId;
    this.name = name;
    this.hostId = hostId;
    this.startedAt = startedAt;
    this.duration = duration;
    this.failure = failure;
    this.onSuccess = onSuccess;
    this.onFailure = onFailure;
  }

  Instant endsAt() {
    return startedAt.plus(duration);
  }

  boolean finished() {
    return finalStatus != null;
  }

  void finish() {
    finalStatus = failure == null ? "complete" : "fail";
    finishedAt = endsAt();
  }

  String status(Instant now) {
    if (finalStatus != null) {
      return finalStatus;
    }
    long elapsed = Duration.between(startedAt, now).toMillis();
    return elapsed * 10 < duration.toMillis() ? "created" : "running";
  }

  ObjectNode json(Instant now) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("consul_id", consulId);
    node.put("name", name);
    node.put("status", status(now));
    node.put("defer_reason", "");
    node.put("instance_id", hostId);
    node.put("registration_date", AuthService.DATE_TIME.format(startedAt));
    if (finishedAt != null) {
      node.put("update_date", AuthService.DATE_TIME.format(finishedAt));
    } else {
      node.put("update_date", AuthService.DATE_TIME.format(startedAt));
    }
    if ("fail".equals(finalStatus)) {
      node.putObject("error").put("msg", failure);
      node.put("output", failure);
    } else {
      node.putNull("error");
      node.put("output", "");
    }
    return node;
  }
}
