package dev.ispkit.engine.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the engine opens manual tasks for departments, and the host finds and closes them. A host with a helpdesk
 * of its own implements it over that; {@link #inMemory()} is the embedded default. The host closes a task through
 * {@code Provisioning.closeTask}, which also resumes the lifecycle waiting for it.
 *
 * <p>Opening is idempotent per service and kind: a resumed lifecycle that opens its build task again gets the one it
 * opened before, open or closed.
 *
 * <pre>{@code
 * for (ManualTask task : desk.open()) {
 *   helpdesk.show(task.departmentId(), task.subject(), task.text());
 * }
 * }</pre>
 */
public interface TaskDesk {

  /**
   * Opens a task, unless the service already has one of that kind: then that one is returned.
   *
   * @param serviceId the service
   * @param kind what is to be done
   * @param departmentId the department
   * @param subject one line
   * @param text the whole task
   * @param at when
   * @return the task of that service and kind
   */
  ManualTask open(String serviceId, ManualTask.Kind kind, long departmentId, String subject, String text, Instant at);

  /**
   * One task.
   *
   * @param taskId the task's id
   * @return the task, or empty when there is none
   */
  Optional<ManualTask> find(String taskId);

  /**
   * Closes a task; closing a closed task changes nothing.
   *
   * @param taskId the task
   * @param at when
   * @return the closed task
   * @throws dev.ispkit.engine.InvalidSettingException when there is no such task
   */
  ManualTask close(String taskId, Instant at);

  /** Every task not yet closed, oldest first. */
  List<ManualTask> open();

  /**
   * Every task of one service, oldest first.
   *
   * @param serviceId the service
   * @return its tasks
   */
  List<ManualTask> tasksOf(String serviceId);

  /** A task desk in this JVM's memory. */
  static TaskDesk inMemory() {
    return new InMemoryTaskDesk();
  }
}
