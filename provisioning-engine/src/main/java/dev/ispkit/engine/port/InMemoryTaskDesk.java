package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TaskDesk} in a map under one lock; task ids are {@code task-1}, {@code task-2}... */
final class InMemoryTaskDesk implements TaskDesk {
  private final Map<String, ManualTask> tasks = new LinkedHashMap<>();
  private long next = 1;

  @Override
  public synchronized ManualTask open(String serviceId, ManualTask.Kind kind, long departmentId, String subject,
      String text, Instant at) {
    for (ManualTask task : tasks.values()) {
      if (task.serviceId().equals(serviceId) && task.kind() == kind) {
        return task;
      }
    }
    ManualTask task = new ManualTask("task-" + next, serviceId, kind, departmentId, subject, text, at,
        Optional.empty());
    next++;
    tasks.put(task.id(), task);
    return task;
  }

  @Override
  public synchronized Optional<ManualTask> find(String taskId) {
    return Optional.ofNullable(tasks.get(taskId));
  }

  @Override
  public synchronized ManualTask close(String taskId, Instant at) {
    ManualTask task = tasks.get(taskId);
    if (task == null) {
      throw new InvalidSettingException("task id", taskId, "is not on the task desk");
    }
    ManualTask closed = task.closed(at);
    tasks.put(taskId, closed);
    return closed;
  }

  @Override
  public synchronized List<ManualTask> open() {
    return tasks.values().stream().filter(task -> !task.isClosed()).toList();
  }

  @Override
  public synchronized List<ManualTask> tasksOf(String serviceId) {
    return tasks.values().stream().filter(task -> task.serviceId().equals(serviceId)).toList();
  }
}
