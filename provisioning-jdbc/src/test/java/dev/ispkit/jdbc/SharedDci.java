package dev.ispkit.jdbc;

import dev.ispkit.engine.inventory.DiagnosticsState;
import dev.ispkit.engine.inventory.LastOperationStatus;
import dev.ispkit.engine.inventory.MaintenanceMode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One DCImanager in memory that every node of a cluster test talks to, as real nodes share one panel. Each server's
 * state (owner, power, running operation, ports, IPs) is kept apart and read as an engine {@link Server}; every call
 * is written down. Like the real panel, it accepts setting an owner a server already has: only the claims keep two
 * orders off one server. Waits for operations can be held, as a long OS installation holds a node.
 */
final class SharedDci implements DedicatedServerPanel {
  static final long LOCATION = 3;
  static final String LABEL = "i9-9900K-64Gb-2x1024NVMe";

  private final Map<Long, Machine> machines = new TreeMap<>();
  private final Map<String, Long> users = new HashMap<>();
  private final List<String> calls = new ArrayList<>();
  private long nextId = 1000;
  private int nextIp = 10;
  private volatile CountDownLatch awaitGate = new CountDownLatch(0);
  private final Semaphore awaitsHeld = new Semaphore(0);

  /** What the panel knows of one server. */
  private static final class Machine {
    Long owner;
    Long runningOperation;
    LastOperationStatus lastOperation = LastOperationStatus.OK;
    PowerStatus power = PowerStatus.OFF;
    boolean portEnabled = true;
    final List<String> ips = new ArrayList<>();
  }

  synchronized SharedDci servers(int count) {
    for (long id = 1; id <= count; id++) {
      Machine machine = new Machine();
      machine.ips.add("10.255.0." + id);
      machines.put(id, machine);
    }
    return this;
  }

  /** From now on every wait for an operation blocks until {@link #openAwaits()}. */
  void holdAwaits() {
    awaitGate = new CountDownLatch(1);
  }

  void openAwaits() {
    awaitGate.countDown();
  }

  boolean awaitHeld(Duration timeout) throws InterruptedException {
    return awaitsHeld.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized List<String> callsOf(String name) {
    return calls.stream().filter(call -> call.startsWith(name + " ")).toList();
  }

  @Override
  public String panel() {
    return "https://dci.cluster.test";
  }

  @Override
  public synchronized List<Server> servers(long locationId) {
    record("servers " + locationId);
    return machines.keySet().stream().map(this::read).toList();
  }

  @Override
  public synchronized Server server(long serverId) {
    record("server " + serverId);
    return read(serverId);
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
      throw new PanelFailure(PanelFailure.Kind.REFUSED, "user " + email + " exists", null);
    }
    users.put(email, nextId);
    return nextId++;
  }

  @Override
  public synchronized void setOwner(long serverId, long userId) {
    record("setOwner " + serverId + " " + userId);
    machine(serverId).owner = userId;
  }

  @Override
  public synchronized void removeOwner(long serverId) {
    record("removeOwner " + serverId);
    machine(serverId).owner = null;
  }

  @Override
  public synchronized void setSwitchPort(long switchId, long portId, boolean enabled) {
    record("setSwitchPort " + portId + " " + enabled);
    machine(portId / 10).portEnabled = enabled;
  }

  @Override
  public synchronized void powerOn(long serverId) {
    record("powerOn " + serverId);
    machine(serverId).power = PowerStatus.ON;
  }

  @Override
  public synchronized void powerOff(long serverId) {
    record("powerOff " + serverId);
    machine(serverId).power = PowerStatus.OFF;
  }

  @Override
  public synchronized void stopOperation(long serverId, long operationId, Duration timeout) {
    record("stopOperation " + serverId + " " + operationId);
    end(serverId, LastOperationStatus.CANCELED);
  }

  @Override
  public synchronized List<String> ipAddresses(long serverId) {
    record("ipAddresses " + serverId);
    return List.copyOf(machine(serverId).ips);
  }

  @Override
  public synchronized List<String> removeIps(long serverId) {
    record("removeIps " + serverId);
    List<String> removed = List.copyOf(machine(serverId).ips);
    machine(serverId).ips.clear();
    return removed;
  }

  @Override
  public synchronized List<String> addIps(long serverId, int count, OptionalLong poolId) {
    record("addIps " + serverId + " " + count);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add("203.0.113." + nextIp++);
    }
    machine(serverId).ips.addAll(added);
    return added;
  }

  @Override
  public synchronized long startDiagnostics(long serverId, boolean cleanDisks) {
    record("startDiagnostics " + serverId);
    return start(serverId);
  }

  @Override
  public synchronized OsFamily osFamily(long locationId, String osTemplate) {
    record("osFamily " + osTemplate);
    return OsFamily.LINUX;
  }

  @Override
  public synchronized long startOsInstallation(long serverId, OsInstallation installation) {
    record("startOsInstallation " + serverId);
    return start(serverId);
  }

  @Override
  public void awaitOperation(long serverId, long operationId, Duration timeout, OperationProgress progress) {
    synchronized (this) {
      record("awaitOperation " + serverId + " " + operationId);
    }
    CountDownLatch gate = awaitGate;
    if (gate.getCount() > 0) {
      awaitsHeld.release();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PanelFailure(PanelFailure.Kind.TIMED_OUT, "interrupted while waiting", e);
      }
    }
    progress.progress(100, "done");
    synchronized (this) {
      end(serverId, LastOperationStatus.OK);
    }
  }

  @Override
  public List<OsTemplateOffer> osTemplates(long locationId) {
    return List.of(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX));
  }

  @Override
  public List<String> recipes(long locationId) {
    return List.of();
  }

  private void record(String call) {
    calls.add(call);
  }

  private long start(long serverId) {
    Machine machine = machine(serverId);
    machine.runningOperation = nextId++;
    machine.lastOperation = LastOperationStatus.RUNNING;
    return machine.runningOperation;
  }

  private void end(long serverId, LastOperationStatus status) {
    Machine machine = machine(serverId);
    machine.runningOperation = null;
    machine.lastOperation = status;
  }

  private Machine machine(long serverId) {
    Machine machine = machines.get(serverId);
    if (machine == null) {
      throw new PanelFailure(PanelFailure.Kind.NOT_FOUND, "no server " + serverId, null);
    }
    return machine;
  }

  private Server read(long id) {
    Machine machine = machine(id);
    Server.Builder server = Server.builder().id(id).name("srv" + id).owned(machine.owner != null)
        .configurationLabel(LABEL).diagnostics(DiagnosticsState.COMPLETED).statusErrors(false)
        .lastOperation(machine.lastOperation).maintenance(MaintenanceMode.OFF).inOperation(true)
        .mac(String.format("02:00:00:00:%02x:%02x", (id >>> 8) & 0xff, id & 0xff)).locationId(LOCATION)
        .power(machine.power)
        .switchConnections(List.of(new SwitchConnection(id * 10, 77, "Gi0/" + id, false, machine.portEnabled)));
    if (machine.owner != null) {
      server.ownerId(machine.owner);
    }
    if (machine.runningOperation != null) {
      server.runningOperationId(machine.runningOperation);
    }
    return server.build();
  }
}
