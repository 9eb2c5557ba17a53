package dev.ispkit.adapters.dci6;

import dev.ispkit.adapters.internal.Offers;
import dev.ispkit.adapters.internal.PanelCalls;
import dev.ispkit.adapters.internal.Passwords;
import dev.ispkit.adapters.internal.ProgressRelay;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OrderBy;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Ip;
import dev.ispkit.dci6.IpRequest;
import dev.ispkit.dci6.NewUser;
import dev.ispkit.dci6.OsTemplate;
import dev.ispkit.dci6.PanelObject;
import dev.ispkit.dci6.PortStatus;
import dev.ispkit.dci6.User;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.OperationProgress;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsInstallation;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The engine's {@link DedicatedServerPanel} on a DCImanager 6 client: every method is the client's calls, its
 * values mapped by {@link Dci6Servers} and {@link Dci6Words}, its failures by {@link PanelCalls}. The decisions are
 * listed in the module's README.
 */
final class Dci6Panel implements DedicatedServerPanel {
  /** Servers per list call when a location is read whole: a 20 000-server location in 20 calls. */
  static final int INVENTORY_PAGE = 1000;

  private final Dci6Client client;
  private final String panelId;
  private final PanelCalls calls;

  Dci6Panel(Dci6Client client, String panelId) {
    this.client = client;
    this.panelId = panelId;
    this.calls = new PanelCalls("DCImanager 6 panel " + panelId);
  }

  @Override
  public String panel() {
    return panelId;
  }

  @Override
  public List<Server> servers(long locationId) {
    return calls.get("read the servers of location " + locationId, () -> client.servers()
        .stream(ListQuery.builder().where(Where.field("location_id").eq(locationId))
            .addOrderBy(OrderBy.asc("id")).build(), INVENTORY_PAGE)
        .map(Dci6Servers::toEngine)
        .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public Server server(long serverId) {
    return calls.get("read server " + serverId, () -> Dci6Servers.toEngine(client.servers().get(serverId)));
  }

  @Override
  public Optional<Long> findUser(String email) {
    return calls.get("find the user " + email, () -> client.users().findByEmail(email).map(User::id));
  }

  @Override
  public long createUser(String email) {
    return calls.get("create the user " + email, () -> client.users().create(NewUser.builder()
        .email(email).password(Passwords.untold()).build()));
  }

  @Override
  public void setOwner(long serverId, long userId) {
    calls.run("give server " + serverId + " to user " + userId, () -> client.servers().setOwner(serverId, userId));
  }

  @Override
  public void removeOwner(long serverId) {
    calls.run("remove the owner of server " + serverId, () -> client.servers().removeOwner(serverId));
  }

  @Override
  public void setSwitchPort(long switchId, long portId, boolean enabled) {
    calls.run((enabled ? "enable" : "disable") + " port " + portId + " of switch " + switchId,
        () -> client.switchPorts().set(switchId, portId, enabled ? PortStatus.UP : PortStatus.DOWN));
  }

  @Override
  public void powerOn(long serverId) {
    power("power server " + serverId + " on", () -> client.power().on(serverId));
  }

  @Override
  public void powerOff(long serverId) {
    power("power server " + serverId + " off", () -> client.power().off(serverId));
  }

  /**
   * A power command. The panel refuses one the server's state does not allow with a 400 (REFUSED as every refusal);
   * when the BMC does not carry it out, DCImanager answers with a server error, which for a power command is the
   * hardware refusing, so it is REFUSED too (the lifecycles then note it or open a manual task).
   */
  private void power(String call, Runnable command) {
    calls.run(call, () -> {
      try {
        command.run();
      } catch (PanelServerException ipmi) {
        throw calls.failure(PanelFailure.Kind.REFUSED, call, ipmi);
      }
    });
  }

  @Override
  public void stopOperation(long serverId, long operationId, Duration timeout) {
    calls.run("stop operation " + operationId + " on server " + serverId, () -> {
      WaitOptions options = WaitOptions.timeout(timeout);
      try {
        client.operations().stop(operationId);
      } catch (PanelConflictException | PanelInvalidRequestException refused) {
        // The panel refuses to stop an operation that has already ended: that is the state asked for.
        boolean running = client.servers().get(serverId).operation()
            .filter(op -> op.id() == operationId && !op.isEnded()).isPresent();
        if (running) {
          throw refused;
        }
        return;
      }
      try {
        client.operations().awaitOnServer(serverId, operationId, options, null);
      } catch (OperationFailedException ended) {
        // Canceled (or failed meanwhile): ended either way, which is all a stop waits for.
      }
    });
  }

  @Override
  public List<String> ipAddresses(long serverId) {
    return calls.get("read the addresses of server " + serverId, () -> {
      dev.ispkit.dci6.Server server = client.servers().get(serverId);
      Optional<String> main = server.mainIpv4Address();
      List<String> addresses = new ArrayList<>();
      main.ifPresent(addresses::add);
      // IPv4 before IPv6, so the first address is one a license can be bound to even without a main address.
      server.ips().stream().map(Ip::address)
          .filter(address -> main.map(m -> !m.equals(address)).orElse(true))
          .sorted(Comparator.comparing(address -> address.indexOf(':') >= 0))
          .forEach(addresses::add);
      return List.copyOf(addresses);
    });
  }

  @Override
  public List<String> removeIps(long serverId) {
    return calls.get("remove the addresses of server " + serverId,
        () -> addresses(client.ips().removeAll(serverId)));
  }

  @Override
  public List<String> addIps(long serverId, int count, OptionalLong poolId) {
    String from = poolId.isPresent() ? " from pool " + poolId.getAsLong() : "";
    return calls.get("give server " + serverId + " " + count + " IPv4 addresses" + from, () -> {
      IpRequest.Builder request = IpRequest.builder().count(count);
      poolId.ifPresent(request::pool);
      return addresses(client.ips().add(serverId, request.build()));
    });
  }

  @Override
  public long startDiagnostics(long serverId, boolean cleanDisks) {
    return calls.get("start diagnostics" + (cleanDisks ? " with disk cleanup" : "") + " on server " + serverId,
        () -> client.operations().diagnostics(serverId, cleanDisks));
  }

  @Override
  public OsFamily osFamily(long locationId, String osTemplate) {
    String call = "read OS template '" + osTemplate + "' of location " + locationId;
    return calls.get(call, () -> Dci6Words.osFamily(
        named(client.osTemplates().list(locationId), osTemplate, "OS template", locationId, call).osFamily()));
  }

  @Override
  public long startOsInstallation(long serverId, OsInstallation installation) {
    String call = "install '" + installation.osTemplate() + "' on server " + serverId;
    return calls.get(call, () -> {
      long location = client.servers().get(serverId).locationId().orElseThrow(() -> calls.failure(
          PanelFailure.Kind.NOT_FOUND, call, "the server shows no location, so its OS template '"
              + installation.osTemplate() + "' cannot be found"));
      OsTemplate template = named(client.osTemplates().list(location), installation.osTemplate(), "OS template",
          location, call);
      dev.ispkit.dci6.OsInstallation.Builder install = dev.ispkit.dci6.OsInstallation.builder()
          .osTemplate(template.id())
          .password(installation.password())
          .sshKeys(installation.sshKeys());
      installation.hostname().ifPresent(install::hostname);
      if (installation.recipe().isPresent()) {
        install.recipe(named(client.recipes().list(location), installation.recipe().get(), "recipe", location, call)
            .id());
      }
      return client.operations().install(serverId, install.build());
    });
  }

  @Override
  public void awaitOperation(long serverId, long operationId, Duration timeout, OperationProgress progress) {
    ProgressRelay relay = new ProgressRelay(progress);
    calls.run("wait for operation " + operationId + " on server " + serverId, () -> client.operations()
        .awaitOnServer(serverId, operationId, WaitOptions.timeout(timeout),
            operation -> relay.report(Dci6Words.percent(operation), operation.describe())));
  }

  @Override
  public List<OsTemplateOffer> osTemplates(long locationId) {
    return calls.get("read the OS templates of location " + locationId, () -> client.osTemplates().list(locationId)
        .stream()
        .filter(template -> template.name().filter(name -> !name.isBlank()).isPresent())
        .map(template -> new OsTemplateOffer(template.name().get(), Dci6Words.osFamily(template.osFamily())))
        .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public List<String> recipes(long locationId) {
    return calls.get("read the recipes of location " + locationId, () -> client.recipes().list(locationId).stream()
        .map(PanelObject::name)
        .flatMap(Optional::stream)
        .filter(name -> !name.isBlank())
        .collect(Collectors.toUnmodifiableList()));
  }

  @Override
  public String toString() {
    return calls.toString();
  }

  /**
   * The object of a location's list whose name is exactly {@code name} (case and spaces count, as in BILLmanager's
   * own keys of templates); of several, the one with the lowest id.
   */
  private <T extends PanelObject> T named(List<T> offered, String name, String what, long locationId, String call) {
    return Offers.lowestId(offered, object -> object.name().filter(name::equals).isPresent(), PanelObject::id)
        .orElseThrow(() -> calls.failure(PanelFailure.Kind.NOT_FOUND, call, "location " + locationId
            + " offers no " + what + " named '" + name + "'" + Offers.describe(offered.stream()
                .map(PanelObject::name).flatMap(Optional::stream).collect(Collectors.toList()))));
  }

  private static List<String> addresses(List<Ip> ips) {
    return ips.stream().map(Ip::address).collect(Collectors.toUnmodifiableList());
  }
}
