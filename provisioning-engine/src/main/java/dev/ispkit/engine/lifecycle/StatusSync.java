package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.inventory.PowerStatus;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.queue.QueueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * BILLmanager's status sync for dedicated servers: an active service whose server is off is powered on, a stopped one
 * whose server is on is powered off. One inventory read per module, not one read per service; each power call runs
 * under the module's queue key with the operation type {@code sync}.
 */
final class StatusSync {
  private final Environment environment;

  StatusSync(Environment environment) {
    this.environment = environment;
  }

  /** One service to compare: its facts from the journal (empty when ispkit never opened it) and its status. */
  record Wanted(String serviceId, Optional<Facts> facts, WantedStatus status) {}

  StatusSyncReport sync(List<Wanted> services) {
    List<StatusSyncReport.Skipped> skipped = new ArrayList<>();
    Map<Long, List<Wanted>> byModule = new LinkedHashMap<>();
    for (Wanted wanted : services) {
      Optional<String> kind = wanted.facts().flatMap(facts -> facts.text(FactNames.KIND));
      if (kind.isEmpty() || !kind.get().equals(ProvisionedService.Kind.DEDICATED_SERVER.name())) {
        skipped.add(new StatusSyncReport.Skipped(wanted.serviceId(),
            kind.isEmpty() ? "ispkit has not opened this service" : "not a dedicated server"));
        continue;
      }
      byModule.computeIfAbsent(wanted.facts().get().number(FactNames.MODULE_ID), id -> new ArrayList<>())
          .add(wanted);
    }
    List<CompletableFuture<StatusSyncReport.Change>> calls = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<Long, List<Wanted>> entry : byModule.entrySet()) {
      DedicatedServerModule module = environment.dedicatedModule(entry.getKey());
      Map<Long, Server> servers = new HashMap<>();
      for (Server server : environment.snapshots().refresh(module).servers()) {
        servers.put(server.id(), server);
      }
      for (Wanted wanted : entry.getValue()) {
        long serverId = wanted.facts().get().number(FactNames.SERVER_ID);
        Server server = servers.get(serverId);
        if (server == null) {
          skipped.add(new StatusSyncReport.Skipped(wanted.serviceId(),
              "server " + serverId + " is not in the inventory of location " + module.locationId()));
          continue;
        }
        checked++;
        if (wanted.status() == WantedStatus.ACTIVE && server.power() == PowerStatus.OFF) {
          calls.add(power(module, wanted.serviceId(), serverId, StatusSyncReport.Action.POWER_ON));
        } else if (wanted.status() == WantedStatus.STOPPED && server.power() == PowerStatus.ON) {
          calls.add(power(module, wanted.serviceId(), serverId, StatusSyncReport.Action.POWER_OFF));
        }
      }
    }
    List<StatusSyncReport.Change> changes = new ArrayList<>();
    for (CompletableFuture<StatusSyncReport.Change> call : calls) {
      changes.add(call.join());
    }
    return new StatusSyncReport(byModule.size(), checked, changes, skipped);
  }

  private CompletableFuture<StatusSyncReport.Change> power(DedicatedServerModule module, String serviceId,
      long serverId, StatusSyncReport.Action action) {
    DedicatedServerPanel panel = environment.dedicatedPanel(module.id());
    QueueKey key = module.queue().keyFor("sync", module.id(), serviceId);
    Supplier<StatusSyncReport.Change> call = () -> {
      try {
        if (action == StatusSyncReport.Action.POWER_ON) {
          panel.powerOn(serverId);
        } else {
          panel.powerOff(serverId);
        }
        return new StatusSyncReport.Change(serviceId, serverId, action, Optional.empty());
      } catch (PanelFailure failure) {
        return new StatusSyncReport.Change(serviceId, serverId, action, Optional.of(failure.getMessage()));
      }
    };
    return key.isDirect() ? CompletableFuture.supplyAsync(call, environment.executor())
        : environment.queue().submit(key, call::get);
  }
}
