package dev.ispkit.adapters.dci6;

import dev.ispkit.dci6.Operation;
import dev.ispkit.dci6.Owner;
import dev.ispkit.dci6.PanelValue;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.SwitchConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the engine's view of a server from the DCImanager 6 client's {@link Server}: what the availability rule,
 * the matcher and the lifecycles read, with the panel's words mapped by {@link Dci6Words}.
 *
 * <p>Decisions where the panel leaves a choice:
 * <ul>
 *   <li>Owner: the owner's id when the panel names the owner; only "owned" when it sends an {@code owner_email}
 *       without an {@code owner}.</li>
 *   <li>Running operation: the id of the server's {@code operation} while its status has not ended ({@code new},
 *       {@code running} or a word nobody knows, which the client too reads as still running).</li>
 *   <li>Main IPv4: {@code main_ipv4_info.name}, else the address in {@code ip} whose id is {@code main_ipv4}.</li>
 *   <li>{@code diag_error} and {@code state_info} are kept as one line of text (a JSON text as is, anything else as
 *       compact JSON): their shapes are not documented.</li>
 *   <li>Switch ports: the port id is the entry's {@code id}, the switch id its {@code switch}; an entry without a
 *       {@code switch} cannot be switched and is left out.</li>
 *   <li>The MAC text goes to the engine as sent; one that is not a MAC address makes that server unavailable
 *       ({@code MAC_UNREADABLE}), never the inventory unreadable.</li>
 * </ul>
 */
final class Dci6Servers {
  private Dci6Servers() {}

  /** The engine's view of {@code server}. */
  static dev.ispkit.engine.inventory.Server toEngine(Server server) {
    LastOperationStatus lastOperation = Dci6Words.lastOperation(server.operation());
    dev.ispkit.engine.inventory.Server.Builder engine = dev.ispkit.engine.inventory.Server.builder()
        .id(server.id())
        .name(server.name().orElse(null))
        .owned(server.owner().isPresent() || server.ownerEmail().filter(email -> !email.isBlank()).isPresent())
        .configurationLabel(server.configuration())
        .diagnostics(Dci6Words.diagnostics(server))
        .diagnosticError(server.diagError().map(PanelValue::text).orElse(null))
        .statusErrors(server.hasErrors())
        .stateInfo(server.stateInfo().map(PanelValue::text).orElse(null))
        .lastOperation(lastOperation)
        .maintenance(Dci6Words.maintenance(server))
        .inOperation(Dci6Words.inOperation(server.exploitationStatus()))
        .mac(server.mac().orElse(null))
        .mainIpv4(server.mainIpv4Address().orElse(null))
        .power(Dci6Words.power(server.powerStatus()))
        .switchConnections(switchConnections(server));
    server.owner().map(Owner::id).ifPresent(engine::ownerId);
    server.locationId().ifPresent(engine::locationId);
    if (!lastOperation.isEnded()) {
      server.operation().map(Operation::id).ifPresent(engine::runningOperationId);
    }
    return engine.build();
  }

  private static List<SwitchConnection> switchConnections(Server server) {
    List<SwitchConnection> connections = new ArrayList<>(server.switchConnections().size());
    for (dev.ispkit.dci6.SwitchConnection port : server.switchConnections()) {
      Optional<Long> switchId = port.switchId();
      if (switchId.isPresent()) {
        connections.add(new SwitchConnection(port.id(), switchId.get(), port.description().orElse(""),
            port.isIpmiConnection(), Dci6Words.enabled(port.adminStatus())));
      }
    }
    return connections;
  }
}
