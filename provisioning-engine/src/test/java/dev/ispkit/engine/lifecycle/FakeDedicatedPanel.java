package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.inventory.SwitchConnection;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.OperationProgress;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsInstallation;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A DCImanager in memory for the lifecycle tests: servers whose owner, power, ports, IPs and operations change as the
 * calls say, every call written down in order. Operations end when they are awaited, unless waits are held. Public,
 * and shipped in the engine's test jar, for provisioning-jdbc's cluster tests, where several engines share one panel.
 */
public final class FakeDedicatedPanel implements DedicatedServerPanel {
  private final Map<Long, Server> servers = new LinkedHashMap<>();
  private final Map<Long, List<String>> ips = new LinkedHashMap<>();
  private final Map<String, Long> users = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private long nextId = 1000;
  private int nextIp = 10;
  boolean refusePowerOff;
  private final java.util.Set<String> failNext = new java.util.HashSet<>();
  private volatile CountDownLatch awaitGate = new CountDownLatch(0);
  private final Semaphore awaitsHeld = new Semaphore(0);

  public synchronized FakeDedicatedPanel server(long id, String label, int ports) {
    List<SwitchConnection> connections = new ArrayList<>();
    for (int port = 1; port <= ports; port++) {
      connections.add(new SwitchConnection(id * 10 + port, 77, "Gi0/" + port, false, true));
    }
    servers.put(id, TestServers.available(id, label).switchConnections(connections).build());
    ips.put(id, new ArrayList<>(List.of("10.255.0." + id)));
    return this;
  }

  /** The next call of that name fails as an unavailable panel would. */
  synchronized void failNext(String call) {
    failNext.add(call);
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<String> callsOf(String name) {
    return calls.stream().filter(call -> call.startsWith(name + " ")).toList();
  }

  synchronized Server current(long id) {
    return servers.get(id);
  }

  synchronized List<String> ipsOf(long id) {
    return List.copyOf(ips.get(id));
  }

  synchronized Map<String, Long> users() {
    return Map.copyOf(users);
  }

  @Override
  public String panel() {
    return "https://dci.test";
  }

  @Override
  public synchronized List<Server> servers(long locationId) {
    record("servers " + locationId);
    return List.copyOf(servers.values());
  }

  @Override
  public synchronized Server server(long serverId) {
    record("server " + serverId);
    return require(serverId);
  }

  @Override
  public synchronized Optional<Long> findUser(String email) {
    record("findUser " + email);
    return Optional.ofNullable(users.get(email));
  }

  @Override
  public synchronized long createUser(String email) {
    record("createUser " + email);
    if (users.containsKey(email)) {
      throw new PanelFailure(PanelFailure.Kind.REFUSED, "user exists", null);
    }
    long id = nextId++;
    users.put(email, id);
    return id;
  }

  @Override
  public synchronized void setOwner(long serverId, long userId) {
    record("setOwner " + serverId + " " + userId);
    change(serverId, require(serverId).toBuilder().owned(true).ownerId(userId).build());
  }

  @Override
  public synchronized void removeOwner(long serverId) {
    record("removeOwner " + serverId);
    Server server = require(serverId);
    change(serverId, Server.builder().id(server.id()).name(server.name()).owned(false)
        .configurationLabel(server.configurationLabel()).diagnostics(server.diagnostics())
        .lastOperation(server.lastOperation()).maintenance(server.maintenance()).inOperation(server.inOperation())
        .mac(server.mac().orElse("")).locationId(server.locationId().getAsLong()).power(server.power())
        .switchConnections(server.switchConnections()).build());
  }

  @Override
  public synchronized void setSwitchPort(long switchId, long portId, boolean enabled) {
    record("setSwitchPort " + portId + " " + (enabled ? "up" : "down"));
    for (Server server : List.copyOf(servers.values())) {
      List<SwitchConnection> connections = new ArrayList<>();
      boolean found = false;
      for (SwitchConnection connection : server.switchConnections()) {
        if (connection.portId() == portId && connection.switchId() == switchId) {
          connections.add(new SwitchConnection(portId, switchId, connection.portName(), connection.ipmi(), enabled));
          found = true;
        } else {
          connections.add(connection);
        }
      }
      if (found) {
        change(server.id(), server.toBuilder().switchConnections(connections).build());
      }
    }
  }

  @Override
  public synchronized void powerOn(long serverId) {
    record("powerOn " + serverId);
    change(serverId, require(serverId).toBuilder().power(PowerStatus.ON).build());
  }

  @Override
  public synchronized void powerOff(long serverId) {
    record("powerOff " + serverId);
    if (refusePowerOff) {
      throw new PanelFailure(PanelFailure.Kind.REFUSED, "DCImanager: power_off of server " + serverId
          + ": IPMI does not answer", null);
    }
    change(serverId, require(serverId).toBuilder().power(PowerStatus.OFF).build());
  }

  @Override
  public synchronized void stopOperation(long serverId, long operationId, Duration timeout) {
    record("stopOperation " + serverId + " " + operationId);
    end(serverId, LastOperationStatus.CANCELED);
  }

  @Override
  public synchronized List<String> ipAddresses(long serverId) {
    record("ipAddresses " + serverId);
    return List.copyOf(ips.get(serverId));
  }

  @Override
  public synchronized List<String> removeIps(long serverId) {
    record("removeIps " + serverId);
    List<String> removed = List.copyOf(ips.get(serverId));
    ips.get(serverId).clear();
    return removed;
  }

  @Override
  public synchronized List<String> addIps(long serverId, int count, OptionalLong poolId) {
    record("addIps " + serverId + " " + count);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add("203.0.113." + nextIp++);
    }
    ips.get(serverId).addAll(added);
    return added;
  }

  @Override
  public synchronized long startDiagnostics(long serverId, boolean cleanDisks) {
    record("startDiagnostics " + serverId + " " + (cleanDisks ? "clean" : "keep"));
    return start(serverId);
  }

  @Override
  public synchronized OsFamily osFamily(long locationId, String osTemplate) {
    record("osFamily " + osTemplate);
    return osTemplate.startsWith("Windows") ? OsFamily.WINDOWS : OsFamily.LINUX;
  }

  @Override
  public synchronized long startOsInstallation(long serverId, OsInstallation installation) {
    record("startOsInstallation " + serverId + " " + installation.osTemplate());
    return start(serverId);
  }

  /** From now on every wait for an operation blocks (a long OS installation) until {@link #openAwaits()}. */
  public void holdAwaits() {
    awaitGate = new CountDownLatch(1);
  }

  /** Lets every held and later wait for an operation end. */
  public void openAwaits() {
    awaitGate.countDown();
  }

  /** Whether a wait for an operation has started being held within the timeout. */
  public boolean awaitHeld(Duration timeout) throws InterruptedException {
    return awaitsHeld.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void awaitOperation(long serverId, long operationId, Duration timeout, OperationProgress progress) {
    synchronized (this) {
      record("awaitOperation " + serverId + " " + operationId);
    }
    CountDownLatch gate = awaitGate;
    if (gate.getCount() > 0) {
      // Held outside the panel's lock, so that other callers (another node) still reach the panel meanwhile.
      awaitsHeld.release();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PanelFailure(PanelFailure.Kind.TIMED_OUT, "interrupted while waiting", e);
      }
    }
    progress.progress(50, "halfway");
    synchronized (this) {
      end(serverId, LastOperationStatus.OK);
    }
  }

  @Override
  public List<OsTemplateOffer> osTemplates(long locationId) {
    return List.of(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX),
        new OsTemplateOffer("Windows 2022", OsFamily.WINDOWS));
  }

  @Override
  public List<String> recipes(long locationId) {
    return List.of("LAMP");
  }

  private void record(String call) {
    calls.add(call);
    String name = call.substring(0, call.indexOf(' '));
    if (failNext.remove(name)) {
      throw new PanelFailure(PanelFailure.Kind.UNAVAILABLE, "DCImanager: " + name + ": injected outage", null);
    }
  }

  private long start(long serverId) {
    long id = nextId++;
    change(serverId, require(serverId).toBuilder().runningOperationId(id).lastOperation(LastOperationStatus.RUNNING)
        .build());
    return id;
  }

  private void end(long serverId, LastOperationStatus status) {
    Server server = require(serverId);
    Server.Builder builder = Server.builder().id(server.id()).name(server.name()).owned(server.owned())
        .configurationLabel(server.configurationLabel()).diagnostics(server.diagnostics()).lastOperation(status)
        .maintenance(server.maintenance()).inOperation(server.inOperation()).mac(server.mac().orElse(""))
        .locationId(server.locationId().getAsLong()).power(server.power())
        .switchConnections(server.switchConnections());
    server.ownerId().ifPresent(builder::ownerId);
    change(serverId, builder.build());
  }

  private Server require(long serverId) {
    Server server = servers.get(serverId);
    if (server == null) {
      throw new PanelFailure(PanelFailure.Kind.NOT_FOUND, "no server " + serverId, null);
    }
    return server;
  }

  private void change(long serverId, Server server) {
    servers.put(serverId, server);
  }
}
