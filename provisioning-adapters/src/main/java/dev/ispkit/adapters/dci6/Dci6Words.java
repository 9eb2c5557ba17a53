package dev.ispkit.adapters.dci6;

import dev.ispkit.dci6.ExploitationStatus;
import dev.ispkit.dci6.Operation;
import dev.ispkit.dci6.OperationStatus;
import dev.ispkit.dci6.OperationType;
import dev.ispkit.dci6.PortStatus;
import dev.ispkit.dci6.ProgressStep;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.port.OsFamily;
import java.util.List;
import java.util.Optional;

/**
 * The one table of what DCImanager 6 says about a server, its operations and OS templates and what it means to the
 * engine. The client reads the
 * panel's words into its own enums (any case; a word it does not know is its {@code UNKNOWN}); this table maps
 * those to the engine's values. Every switch is exhaustive, so a word the client learns does not compile until it
 * has a row here.
 *
 * <p>What the panel does not say, or says in a word nobody knows, is never the answer that makes a server
 * available: an unknown operation status is {@link LastOperationStatus#UNKNOWN} (not ok), an unknown power status
 * {@link PowerStatus#UNKNOWN}, a missing maintenance flag {@link MaintenanceMode#UNKNOWN}, an unknown exploitation
 * status "not in operation", an unknown port status "not enabled".
 */
final class Dci6Words {
  private Dci6Words() {}

  /**
   * The operation status ({@code operation.status}, docs/panel-contract.md): {@code ok} success; {@code failed},
   * {@code fail} and {@code error} failure; {@code canceled} stopped; {@code new} queued; {@code running} running;
   * anything else unknown, which is neither ok nor ended.
   */
  static LastOperationStatus operationStatus(OperationStatus status) {
    return switch (status) {
      case NEW -> LastOperationStatus.NEW;
      case RUNNING -> LastOperationStatus.RUNNING;
      case OK -> LastOperationStatus.OK;
      case FAILED, FAIL, ERROR -> LastOperationStatus.FAILED;
      case CANCELED -> LastOperationStatus.CANCELED;
      case UNKNOWN -> LastOperationStatus.UNKNOWN;
    };
  }

  /** The server's last operation: {@link LastOperationStatus#NONE} when it never had one ({@code operation: null}). */
  static LastOperationStatus lastOperation(Optional<Operation> operation) {
    return operation.map(op -> operationStatus(op.status())).orElse(LastOperationStatus.NONE);
  }

  /** The power status ({@code power_status}): {@code on}, {@code off}; the panel's {@code unknown} and any other. */
  static PowerStatus power(dev.ispkit.dci6.PowerStatus status) {
    return switch (status) {
      case ON -> PowerStatus.ON;
      case OFF -> PowerStatus.OFF;
      case UNKNOWN -> PowerStatus.UNKNOWN;
    };
  }

  /**
   * Maintenance mode ({@code maintenance_mode}, a name inferred in docs/panel-contract.md): a flag read as on is
   * {@link MaintenanceMode#ON}, off {@link MaintenanceMode#OFF}; a flag sent in a shape that cannot be read is
   * {@link MaintenanceMode#UNKNOWN} (and the server is not given out). No flag at all is {@link MaintenanceMode#OFF}:
   * the production server list captured from a real DCImanager 6 carries no such field, so its absence is how a
   * panel without the flag looks, and reading it as unknown would refuse every server of such a panel.
   */
  static MaintenanceMode maintenance(Server server) {
    if (server.rawMaintenanceMode().isEmpty()) {
      return MaintenanceMode.OFF;
    }
    return server.maintenanceMode().map(on -> on ? MaintenanceMode.ON : MaintenanceMode.OFF)
        .orElse(MaintenanceMode.UNKNOWN);
  }

  /** Whether the server is in operation ({@code exploitation_status}): only {@code in_exploitation} is. */
  static boolean inOperation(ExploitationStatus status) {
    return switch (status) {
      case IN_EXPLOITATION -> true;
      case UNKNOWN -> false;
    };
  }

  /** Whether a switch port is enabled ({@code admin_status}): only {@code up} is. */
  static boolean enabled(PortStatus status) {
    return switch (status) {
      case UP -> true;
      case DOWN, UNKNOWN -> false;
    };
  }

  /**
   * How far diagnostics got, from what the server shows (the panel has no diagnostics status of its own): a
   * diagnostics operation ({@code operation.type} {@code diag}) that has not ended is running, one that failed has
   * failed; otherwise diagnostics completed when they generated a configuration ({@code generated_configuration},
   * or the {@code configuration} when the panel does not send the generated one), and never ran when not. A
   * canceled diagnostics run leaves the configuration of an earlier one in place, so it reads by that.
   */
  static DiagnosticsState diagnostics(Server server) {
    Optional<Operation> diagnostics = server.operation().filter(op -> op.type() == OperationType.DIAG);
    if (diagnostics.isPresent()) {
      LastOperationStatus status = operationStatus(diagnostics.get().status());
      if (!status.isEnded()) {
        return DiagnosticsState.RUNNING;
      }
      if (status == LastOperationStatus.FAILED) {
        return DiagnosticsState.FAILED;
      }
    }
    String generated = server.generatedConfiguration().orElse(server.configuration());
    return generated.isBlank() ? DiagnosticsState.NOT_RUN : DiagnosticsState.COMPLETED;
  }

  /**
   * The family of an OS template ({@code os_family}, a name inferred in docs/panel-contract.md): {@code linux} and
   * {@code windows}; any other word, or none, is {@link OsFamily#UNKNOWN}, for which a lifecycle chooses no
   * installation timeout.
   */
  static OsFamily osFamily(dev.ispkit.dci6.OsFamily family) {
    return switch (family) {
      case LINUX -> OsFamily.LINUX;
      case WINDOWS -> OsFamily.WINDOWS;
      case UNKNOWN -> OsFamily.UNKNOWN;
    };
  }

  /**
   * How far an operation got, in percent: the share of its stages ({@code progress_info}) whose status is {@code
   * ok}; 100 once the operation itself is {@code ok}; -1 while it shows no stages (the panel gives no figure then).
   * The stage's statuses are inferred words (docs/panel-contract.md); a stage in a word nobody knows counts as not
   * done.
   */
  static int percent(Operation operation) {
    if (operation.status() == OperationStatus.OK) {
      return 100;
    }
    List<ProgressStep> stages = operation.progressInfo();
    if (stages.isEmpty()) {
      return -1;
    }
    long done = stages.stream().filter(stage -> stage.status().filter("ok"::equalsIgnoreCase).isPresent()).count();
    return (int) (done * 100 / stages.size());
  }
}
