package dev.ispkit.simulator;

import java.time.Instant;
import java.util.Optional;

/**
 * A VMmanager task as the simulator holds it at the moment it was read: what {@code GET /vm/v3/task/{id}} answers,
 * in plain values.
 *
 * <pre>{@code
 * assertThat(sim.tasks()).filteredOn(t -> t.vmId() == vmId).extracting(TaskSnapshot::name)
 *     .containsExactly("host_create");
 * }</pre>
 *
 * @param id the task-manager id
 * @param consulId the id the VM calls answer as {@code task}
 * @param name e.g. {@code host_create}, {@code host_stop}
 * @param vmId the VM it works on ({@code instance_id})
 * @param status {@code created}, {@code running}, {@code complete} or {@code fail}
 * @param failure the error message of a failed task, else empty
 * @param startedAt when it was registered, on the simulator's clock
 */
public record TaskSnapshot(long id, long consulId, String name, long vmId, String status, Optional<String> failure,
    Instant startedAt) {

  static TaskSnapshot of(VmTask task, Instant now) {
    String status = task.status(now);
    return new TaskSnapshot(task.id, task.consulId, task.name, task.hostId, status,
        "fail".equals(status) ? Optional.ofNullable(task.failure) : Optional.empty(), task.startedAt);
  }
}
