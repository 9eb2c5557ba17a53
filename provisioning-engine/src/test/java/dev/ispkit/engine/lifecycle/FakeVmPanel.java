package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.OperationProgress;
import dev.ispkit.engine.port.OsFamily;
import dev.ispkit.engine.port.OsTemplateOffer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.port.VirtualMachine;
import dev.ispkit.engine.port.VmPanel;
import dev.ispkit.engine.port.VmPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A VMmanager in memory: accounts, VMs that are installed when awaited, every call written down. */
final class FakeVmPanel implements VmPanel {
  private final Map<Long, VirtualMachine> vms = new LinkedHashMap<>();
  private final Map<Long, VmPlan> plans = new LinkedHashMap<>();
  private final Map<String, Long> accounts = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private long nextId = 300;
  private int nextIp = 20;

  synchronized List<String> callsOf(String name) {
    return calls.stream().filter(call -> call.startsWith(name + " ")).toList();
  }

  synchronized Map<Long, VirtualMachine> vms() {
    return Map.copyOf(vms);
  }

  synchronized VmPlan plan(long vmId) {
    return plans.get(vmId);
  }

  @Override
  public String panel() {
    return "https://vm.test";
  }

  @Override
  public synchronized Optional<Long> findAccount(String email) {
    calls.add("findAccount " + email);
    return Optional.ofNullable(accounts.get(email));
  }

  @Override
  public synchronized long createAccount(String email) {
    calls.add("createAccount " + email);
    long id = nextId++;
    accounts.put(email, id);
    return id;
  }

  @Override
  public synchronized Optional<VirtualMachine> findVm(long clusterId, String marker) {
    calls.add("findVm " + marker);
    return vms.values().stream().filter(vm -> vm.name().equals(marker)).findFirst();
  }

  @Override
  public synchronized long createVm(VmPlan plan) {
    calls.add("createVm " + plan.name());
    long id = nextId++;
    vms.put(id, new VirtualMachine(id, plan.name(), Optional.empty(), VirtualMachine.State.CREATING));
    plans.put(id, plan);
    return id;
  }

  @Override
  public synchronized VirtualMachine awaitOsInstalled(long vmId, Duration timeout, OperationProgress progress) {
    calls.add("awaitOsInstalled " + vmId);
    VirtualMachine vm = require(vmId);
    VirtualMachine installed = new VirtualMachine(vmId, vm.name(),
        Optional.of(vm.ipv4().orElse("198.51.100." + nextIp++)), VirtualMachine.State.RUNNING);
    vms.put(vmId, installed);
    return installed;
  }

  @Override
  public synchronized Optional<VirtualMachine> vm(long vmId) {
    return Optional.ofNullable(vms.get(vmId));
  }

  @Override
  public synchronized void start(long vmId, Duration timeout) {
    calls.add("start " + vmId);
    state(vmId, VirtualMachine.State.RUNNING);
  }

  @Override
  public synchronized void stop(long vmId, Duration timeout) {
    calls.add("stop " + vmId);
    state(vmId, VirtualMachine.State.STOPPED);
  }

  @Override
  public synchronized void delete(long vmId, Duration timeout) {
    calls.add("delete " + vmId);
    vms.remove(vmId);
  }

  @Override
  public List<OsTemplateOffer> osTemplates(long clusterId) {
    return List.of(new OsTemplateOffer("Ubuntu 22.04", OsFamily.LINUX));
  }

  @Override
  public List<String> recipes() {
    return List.of("LAMP");
  }

  private void state(long vmId, VirtualMachine.State state) {
    VirtualMachine vm = require(vmId);
    vms.put(vmId, new VirtualMachine(vmId, vm.name(), vm.ipv4(), state));
  }

  private VirtualMachine require(long vmId) {
    VirtualMachine vm = vms.get(vmId);
    if (vm == null) {
      throw new PanelFailure(PanelFailure.Kind.NOT_FOUND, "no VM " + vmId, null);
    }
    return vm;
  }
}
