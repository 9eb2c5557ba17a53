package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.Optional;

/**
 * What a status sync found and changed: one inventory read per dedicated-server module, and a power call only where
 * the server's power differed from the service's status.
 *
 * @param inventoryReads how many module inventories were read (one per module that has services in the sync)
 * @param checked how many services were compared with their server
 * @param changes every power call made, and every one that failed
 * @param skipped services that could not be compared, each with why (not a dedicated server ispkit opened, server
 *     not in its module's inventory)
 */
public record StatusSyncReport(int inventoryReads, int checked, List<Change> changes, List<Skipped> skipped) {

  /**
   * One power call.
   *
   * @param serviceId the service
   * @param serverId its server
   * @param action what was done
   * @param failure why the call failed, empty when it succeeded
   */
  public record Change(String serviceId, long serverId, Action action, Optional<String> failure) {
    /** Validates the values. */
    public Change {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requirePresent("action", action);
      InvalidSettingException.requirePresent("failure", failure);
    }
  }

  /** A power call of a status sync. */
  public enum Action {
    /** An active service's server was off. */
    POWER_ON,
    /** A stopped service's server was on. */
    POWER_OFF
  }

  /**
   * A service the sync could not compare.
   *
   * @param serviceId the service
   * @param reason why
   */
  public record Skipped(String serviceId, String reason) {
    /** Validates the values. */
    public Skipped {
      InvalidSettingException.requireText("service id", serviceId);
      InvalidSettingException.requireText("reason", reason);
    }
  }

  /** Validates the values. */
  public StatusSyncReport {
    changes = List.copyOf(InvalidSettingException.requireNoNulls("changes", changes));
    skipped = List.copyOf(InvalidSettingException.requireNoNulls("skipped", skipped));
  }
}
