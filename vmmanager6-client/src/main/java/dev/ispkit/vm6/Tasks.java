package dev.ispkit.vm6;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import dev.ispkit.client.core.transport.OperationPoller;
import dev.ispkit.client.core.transport.PanelTransport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * VMmanager's task list ({@code /vm/v3/task}): reading a task and waiting for one to end.
 *
 * <p>A task is found by the consul id its call answered with and its name: {@code where=(consul_id EQ '5551') AND
 * (name EQ 'host_create')}, as ISPsystem's own integrations search it. Right after the call the task may not be
 * listed yet; a wait counts that as still running.
 *
 * <pre>{@code
 * Task done = vm6.tasks().await(ref,
 *     WaitOptions.builder().timeout(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(15)).build(),
 *     task -> listener.progress(task.rawStatus().orElse("")));
 * }</pre>
 */
public final class Tasks extends Listing<Task> {
  /** How many of the newest tasks of a name {@link #atWorkOn} looks through. */
  static final int RECENT = 100;
  private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

  private final Vm6Api api;
  private final PanelTransport transport;

  Tasks(Vm6Api api, PanelTransport transport) {
    super(api::tasks, Vm6.PAGE_SIZE);
    this.api = api;
    this.transport = transport;
  }

  /**
   * A task by its id in the task list ({@code GET /vm/v3/task/{id}}; seen in public clients, the answer's shape
   * is inferred to be a task list element).
   *
   * @param taskId the task's own id (not a consul id)
   * @return the task
   * @throws dev.ispkit.client.core.PanelNotFoundException when there is no such task
   */
  public Task get(long taskId) {
    return api.task(Require.id("taskId", taskId));
  }

  /**
   * The task a call started, when the task list shows it yet.
   *
   * @param task the consul id and, when known, the name
   * @return the task, or empty while it is not listed
   */
  public Optional<Task> find(TaskRef task) {
    Require.present("task", task);
    Where byConsulId = Where.field("consul_id").eq(Long.toString(task.consulId()));
    return first(task.name().map(name -> byConsulId.and(Where.field("name").eq(name))).orElse(byConsulId),
        found -> found.consulId().orElse(task.consulId()) == task.consulId()
            && task.name().map(name -> name.equals(found.name().orElse(name))).orElse(true));
  }

  /**
   * Waits until a task completes, telling the listener of every read.
   *
   * <p>Fails as soon as the task reads {@code fail} (or {@code failed}, read as failure too though not seen), not at
   * the timeout; any other status, or a task not listed yet, keeps the wait going.
   *
   * <p>A panel that is unavailable does not end the wait. Each read first retries a 503 with the client's retry
   * policy; a read that still fails with {@link dev.ispkit.client.core.PanelUnavailableException} (503, 502, 504) or
   * {@link dev.ispkit.client.core.PanelConnectionException} is counted as "not seen this time", and the wait reads
   * again at the poll interval. Only the timeout ends a 503 spell: the {@link OperationTimeoutException} then carries
   * the last such failure as its cause. Any other failure (authentication, not found, a malformed answer) ends the
   * wait at once.
   *
   * @param task the task
   * @param options how long at most and how often to look
   * @param progress told of each read that found the task; may be null
   * @return the completed task
   * @throws OperationFailedException when the task failed (its status and error in the message)
   * @throws OperationTimeoutException when it did not end in time; it may still be running
   */
  public Task await(TaskRef task, WaitOptions options, Consumer<? super Task> progress) {
    Require.present("task", task);
    Require.present("options", options);
    Consumer<? super Task> listener = progress == null ? seen -> { } : progress;
    Optional<Task> done = OperationPoller.await(
        transport,
        "task",
        "VMmanager task " + task,
        () -> find(task),
        Tasks::outcome,
        read -> read.map(Task::describe).orElse("not listed yet"),
        options,
        read -> read.ifPresent(listener));
    return done.orElseThrow();
  }

  /**
   * The task of a name still at work on a VM, for a caller that lost the answer naming it (a repeated delete that
   * found the VM "being deleted"): the newest {@value #RECENT} tasks of that name, {@code where=name EQ '<name>'},
   * {@code orderby=id desc}, and the first of them on the VM that has not ended.
   *
   * <p>Inferred: a task names the VM it works on in {@code instance_id} (the panel simulator's field; public code
   * shows only {@code id}, {@code consul_id}, {@code name}, {@code status}, {@code defer_reason}), read from {@link
   * Task#otherFields()}. A panel whose tasks do not say, or a list that fails, gives no task: the caller's delete has
   * succeeded all the same, and must not fail for want of its task.
   *
   * @param vmId the VM
   * @param name the task's name, for example {@link TaskRef#HOST_DELETE}
   * @return the task, or empty when none can be found
   */
  Optional<TaskRef> atWorkOn(long vmId, String name) {
    List<Task> newest;
    try {
      newest = list(ListQuery.builder().where(Where.field("name").eq(name)).addOrderBy(OrderBy.desc("id"))
          .limit(0, RECENT).build()).list();
    } catch (PanelException unreadable) {
      LOG.debug("{}: the {} task of VM {} could not be looked up: {}", Vm6.NAME, name, vmId,
          unreadable.getMessage());
      return Optional.empty();
    }
    return newest.stream()
        .filter(task -> task.name().filter(name::equals).isPresent() && task.consulId().isPresent())
        .filter(task -> vmOf(task).orElse(-1) == vmId)
        .filter(task -> !task.status().isSucceeded() && !task.status().isFailed())
        .findFirst()
        .map(task -> TaskRef.of(task.consulId().getAsLong(), name));
  }

  /** The VM a task works on, when the panel says (inferred {@code instance_id}, see {@link #atWorkOn}). */
  private static OptionalLong vmOf(Task task) {
    JsonNode vm = task.otherFields().get("instance_id");
    if (vm != null && vm.isIntegralNumber() && vm.canConvertToLong()) {
      return OptionalLong.of(vm.asLong());
    }
    if (vm != null && vm.isTextual() && vm.asText().matches("\\d{1,18}")) {
      return OptionalLong.of(Long.parseLong(vm.asText()));
    }
    return OptionalLong.empty();
  }

  private static OperationPoller.Outcome outcome(Optional<Task> read) {
    TaskStatus status = read.map(Task::status).orElse(TaskStatus.UNKNOWN);
    if (status.isSucceeded()) {
      return OperationPoller.Outcome.SUCCEEDED;
    }
    return status.isFailed() ? OperationPoller.Outcome.FAILED : OperationPoller.Outcome.RUNNING;
  }
}
