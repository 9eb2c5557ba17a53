package dev.ispkit.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A DCImanager operation (diagnostics, OS installation) that goes through named stages over time. Its status is
 * read off the clock: {@code new} for the first 5% of its duration, then {@code running} stage by stage, then its
 * outcome ({@code ok} or {@code failed}) once {@link Inventory#advance(Instant)} has finished it, or
 * {@code canceled} when stopped.
 */
final class Operation {
  final long id;
  final long serverId;
  final String type;
  final Instant startedAt;
  final Duration duration;
  final List<String> stages;
  /** Null for success, else the message the failure reports. */
  final String failure;
  /** What the operation will do to the server when it ends well, applied by the inventory. */
  final Runnable onSuccess;
  private String finalStatus;
  private Instant finishedAt;

  Operation(long id, long serverId, String type, Instant startedAt, Duration duration, List<String> stages,
      String failure, Runnable onSuccess) {
    this.id = id;
    this.serverId = serverId;
    this.type = type;
    this.startedAt = startedAt;
    this.duration = duration;
    this.stages = stages;
    this.failure = failure;
    this.onSuccess = onSuccess;
  }

  /** An operation that ended before the simulator started, as the generator leaves on servers. */
  static Operation finished(long id, long serverId, String type, Instant at, List<String> stages, String status,
      String failure) {
    Operation op = new Operation(id, serverId, type, at, Duration.ofMinutes(20), stages, failure, null);
    op.finalStatus = status;
    op.finishedAt = at;
    return op;
  }

  Instant endsAt() {
    return startedAt.plus(duration);
  }

  boolean finished() {
    return finalStatus != null;
  }

  String finalStatus() {
    return finalStatus;
  }

  void finish(Instant at) {
    finalStatus = failure == null ? "ok" : "failed";
    finishedAt = at;
  }

  void cancel(Instant at) {
    finalStatus = "canceled";
    finishedAt = at;
  }

  String status(Instant now) {
    if (finalStatus != null) {
      return finalStatus;
    }
    return elapsedShare(now) < 0.05 ? "new" : "running";
  }

  private double elapsedShare(Instant now) {
    long total = Math.max(1, duration.toMillis());
    long elapsed = Math.max(0, Duration.between(startedAt, now).toMillis());
    return Math.min(1.0, (double) elapsed / total);
  }

  /** The stage the failure happens in: the middle one, where an installer or a disk check typically breaks. */
  private int failingStage() {
    return stages.size() / 2;
  }

  void write(JsonGenerator g, Instant now) throws IOException {
    String status = status(now);
    g.writeStartObject();
    g.writeNumberField("id", id);
    g.writeNumberField("server_id", serverId);
    g.writeStringField("type", type);
    g.writeStringField("status", status);
    if ("failed".equals(status)) {
      g.writeObjectFieldStart("status_info");
      g.writeStringField("msg", failure);
      g.writeStringField("stage", stages.get(failingStage()));
      g.writeEndObject();
    } else {
      g.writeNullField("status_info");
    }
    g.writeArrayFieldStart("progress_info");
    List<String> stageStatuses = stageStatuses(now);
    for (int i = 0; i < stages.size(); i++) {
      g.writeStartObject();
      g.writeStringField("name", stages.get(i));
      g.writeStringField("status", stageStatuses.get(i));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("start_date", AuthService.DATE_TIME.format(startedAt));
    if (finishedAt != null) {
      g.writeStringField("finish_date", AuthService.DATE_TIME.format(finishedAt));
    } else {
      g.writeNullField("finish_date");
    }
    g.writeEndObject();
  }

  /** Each stage's status at {@code now}, in stage order, as {@code progress_info} shows them. */
  List<String> stageStatuses(Instant now) {
    String status = status(now);
    Instant at = finishedAt != null && finishedAt.isAfter(startedAt) ? finishedAt : now;
    int current = status.equals("new") ? -1 : (int) Math.floor(elapsedShare(at) * stages.size());
    List<String> statuses = new ArrayList<>(stages.size());
    for (int i = 0; i < stages.size(); i++) {
      statuses.add(stageStatus(status, i, current));
    }
    return statuses;
  }

  /** When it ended (finished or canceled), or null while it runs. */
  Instant finishedAt() {
    return finishedAt;
  }

  private String stageStatus(String status, int i, int current) {
    switch (status) {
      case "ok":
        return "ok";
      case "failed":
        return i < failingStage() ? "ok" : i == failingStage() ? "failed" : "skipped";
      case "canceled":
        return i < current ? "ok" : i == current ? "canceled" : "skipped";
      case "new":
        return "new";
      default:
        return i < current ? "ok" : i == current ? "running" : "new";
    }
  }
}
