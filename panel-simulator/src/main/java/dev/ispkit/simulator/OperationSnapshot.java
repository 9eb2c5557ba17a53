package dev.ispkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DCImanager operation (diagnostics, OS installation) as the simulator holds it at the moment it was read: what
 * {@code GET /dci/v3/operation/{id}} answers, in plain values. Words are the panel's own.
 *
 * <pre>{@code
 * sim.advance(Duration.ofMinutes(30));
 * assertThat(sim.operation(operationId).status()).isEqualTo("ok");
 * }</pre>
 *
 * @param id the operation id
 * @param serverId the server it runs on
 * @param type {@code diag} or {@code install}
 * @param status {@code new}, {@code running}, {@code ok}, {@code failed} or {@code canceled}
 * @param failure the message of a failed operation ({@code status_info.msg}), else empty
 * @param stages every stage with its status, in order ({@code progress_info})
 * @param startedAt when it started, on the simulator's clock
 * @param finishedAt when it ended (ok, failed or canceled), else empty
 */
public record OperationSnapshot(long id, long serverId, String type, String status, Optional<String> failure,
    List<Stage> stages, Instant startedAt, Optional<Instant> finishedAt) {

  /** Keeps its own copy of the stages. */
  public OperationSnapshot {
    stages = List.copyOf(stages);
  }

  /**
   * One named stage of an operation and its status: {@code new}, {@code running}, {@code ok}, {@code failed},
   * {@code canceled} or {@code skipped}.
   *
   * @param name the stage's name, e.g. {@code "smart_check"}
   * @param status its status
   */
  public record Stage(String name, String status) {}

  static OperationSnapshot of(Operation op, Instant now) {
    String status = op.status(now);
    List<String> statuses = op.stageStatuses(now);
    List<Stage> stages = new ArrayList<>(op.stages.size());
    for (int i = 0; i < op.stages.size(); i++) {
      stages.add(new Stage(op.stages.get(i), statuses.get(i)));
    }
    return new OperationSnapshot(op.id, op.serverId, op.type, status,
        "failed".equals(status) ? Optional.ofNullable(op.failure) : Optional.empty(), stages, op.startedAt,
        Optional.ofNullable(op.finishedAt()));
  }
}
