package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.ManualTask;
import dev.ispkit.engine.port.PanelFailure;
import java.util.List;
import java.util.Optional;

/**
 * What a lifecycle ended with, in terms a host acts on. A lifecycle never ends with a bare exception from a panel:
 * every failure is a {@link Failed} naming the step.
 *
 * <pre>{@code
 * switch (provisioning.open(order).toCompletableFuture().join()) {
 *   case LifecycleResult.Active active -> billing.activate(active.service());
 *   case LifecycleResult.WaitingForTask waiting -> billing.markPending(waiting.tasks());
 *   case LifecycleResult.NoCapacity none -> billing.refund(none.report().toString());
 *   case LifecycleResult.Failed failed -> billing.alert(failed.step() + ": " + failed.cause());
 *   default -> { }
 * }
 * }</pre>
 */
public sealed interface LifecycleResult {

  /** The service the lifecycle ran for. */
  String serviceId();

  /**
   * The result as one word from a closed set, as the journal records it and a metric tags it: {@code active},
   * {@code suspended}, {@code not-suspended}, {@code deleted}, {@code no-capacity}, {@code waiting}, {@code failed}.
   *
   * @return the word
   */
  default String outcome() {
    if (this instanceof Active) {
      return "active";
    } else if (this instanceof Suspended) {
      return "suspended";
    } else if (this instanceof NotSuspended) {
      return "not-suspended";
    } else if (this instanceof Deleted) {
      return "deleted";
    } else if (this instanceof NoCapacity) {
      return "no-capacity";
    } else if (this instanceof WaitingForTask) {
      return "waiting";
    }
    return "failed";
  }

  /**
   * The service is provisioned and running (after open, resume, or a closed task).
   *
   * @param serviceId the service
   * @param service what it got
   */
  record Active(String serviceId, ProvisionedService service) implements LifecycleResult {
    /** Validates the values. */
    public Active {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requirePresent("service", service);
    }
  }

  /**
   * The service is suspended.
   *
   * @param serviceId the service
   */
  record Suspended(String serviceId) implements LifecycleResult {
    /** Validates the value. */
    public Suspended {
      InvalidSettingException.requireText("service id", serviceId);
    }
  }

  /**
   * The service was not suspended, and why (a dedicated server without switch ports keeps running: it can only be
   * stopped by hand).
   *
   * @param serviceId the service
   * @param reason why nothing was stopped
   */
  record NotSuspended(String serviceId, String reason) implements LifecycleResult {
    /** Validates the values. */
    public NotSuspended {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requireText("reason", reason);
    }
  }

  /**
   * The service is deleted: its server or VM is back in stock, its license back in the pool.
   *
   * @param serviceId the service
   */
  record Deleted(String serviceId) implements LifecycleResult {
    /** Validates the value. */
    public Deleted {
      InvalidSettingException.requireText("service id", serviceId);
    }
  }

  /**
   * The lifecycle waits for people: the host shows these tasks to their department and calls
   * {@code Provisioning.closeTask} when each is done.
   *
   * @param serviceId the service
   * @param tasks the open tasks it waits for
   */
  record WaitingForTask(String serviceId, List<ManualTask> tasks) implements LifecycleResult {
    /** Validates the values. */
    public WaitingForTask {
      InvalidSettingException.requireText("service id", serviceId);
      tasks = List.copyOf(InvalidSettingException.requireNoNulls("tasks", tasks));
    }
  }

  /**
   * No processing module of the tariff can give the order a server; the report says, per module, why.
   *
   * @param serviceId the service
   * @param report what was tried and why it failed
   */
  record NoCapacity(String serviceId, NoCapacityReport report) implements LifecycleResult {
    /** Validates the values. */
    public NoCapacity {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requirePresent("report", report);
    }
  }

  /**
   * A step failed. Asking for the same lifecycle again (or {@code recover}) resumes at that step; nothing done before
   * it is done again.
   *
   * @param serviceId the service
   * @param step the step that failed
   * @param cause what went wrong, without secrets
   * @param kind the panel failure's kind, empty when the failure did not come from a panel
   */
  record Failed(String serviceId, String step, String cause, Optional<PanelFailure.Kind> kind)
      implements LifecycleResult {
    /** Validates the values. */
    public Failed {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requireText("step", step);
      InvalidSettingException.requireText("cause", cause);
      InvalidSettingException.requirePresent("kind", kind);
    }
  }
}
