package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Instant;
import java.util.Optional;

/**
 * A task for people: build a server into the ordered configuration, buy the parts for it, or stop a server whose
 * IPMI failed. The engine opens it on the {@link TaskDesk} for the processing module's department and waits; the host
 * shows it to the department and closes it when the work is done, and the lifecycle goes on.
 *
 * @param id the task's id on the desk
 * @param serviceId the service it is for
 * @param kind what is to be done
 * @param departmentId the department that does it (the processing module's)
 * @param subject one line for a list of tasks
 * @param text the whole task, as the department reads it (for a build task: every component change)
 * @param openedAt when it was opened
 * @param closedAt when the host closed it; empty while it is open
 */
public record ManualTask(String id, String serviceId, Kind kind, long departmentId, String subject, String text,
    Instant openedAt, Optional<Instant> closedAt) {

  /** What a manual task asks for. */
  public enum Kind {
    /** Build the chosen server into the ordered configuration (nearest match). */
    BUILD,
    /** Buy the parts a build needs that are not in stock. */
    PURCHASE,
    /** Stop a server by hand: its IPMI failed while it was being deleted. */
    STOP_SERVER
  }

  /** Validates the values. */
  public ManualTask {
    InvalidSettingException.requireText("task id", id);
    InvalidSettingException.requireText("service id", serviceId);
    InvalidSettingException.requirePresent("kind", kind);
    InvalidSettingException.requireText("subject", subject);
    InvalidSettingException.requireText("text", text);
    InvalidSettingException.requirePresent("opened at", openedAt);
    InvalidSettingException.requirePresent("closed at", closedAt);
  }

  /** Whether the host has closed it. */
  public boolean isClosed() {
    return closedAt.isPresent();
  }

  /**
   * This task, closed.
   *
   * @param at when
   * @return the closed task; this one when it was closed already
   */
  public ManualTask closed(Instant at) {
    return isClosed() ? this
        : new ManualTask(id, serviceId, kind, departmentId, subject, text, openedAt, Optional.of(at));
  }
}
