package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.availability.AvailabilityCheck;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.VmPanel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * BILLmanager's "Config" action for every processing module: a fresh inventory read per DCImanager module (the
 * configurations with their free counts, which also refreshes the module's snapshot), and the OS templates and
 * recipes of every module.
 */
final class CatalogueSync {
  private final Environment environment;

  CatalogueSync(Environment environment) {
    this.environment = environment;
  }

  List<Catalogue> sync() {
    List<Catalogue> catalogues = new ArrayList<>();
    for (ProcessingModule module : environment.modules().all()) {
      if (module instanceof DedicatedServerModule dedicated) {
        catalogues.add(dedicated(dedicated));
      } else if (module instanceof VirtualServerModule vm) {
        VmPanel panel = environment.vmPanel(vm.id());
        catalogues.add(new Catalogue(vm.id(), vm.name(), List.of(), panel.osTemplates(vm.clusterId()),
            panel.recipes(), OptionalLong.of(vm.clusterId())));
      }
    }
    return catalogues;
  }

  private Catalogue dedicated(DedicatedServerModule module) {
    AvailabilityCheck check = environment.snapshots().refresh(module).check();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < check.size(); i++) {
      if (!check.server(i).isInLocation(module.locationId())) {
        continue;
      }
      int[] count = counts.computeIfAbsent(check.server(i).configurationLabel(), label -> new int[2]);
      count[1]++;
      if (check.isAvailable(i)) {
        count[0]++;
      }
    }
    List<Catalogue.ConfigurationOffer> offers = new ArrayList<>();
    counts.forEach((label, count) -> {
      if (!label.isBlank()) {
        offers.add(new Catalogue.ConfigurationOffer(label, count[0], count[1]));
      }
    });
    offers.sort(Comparator.comparingInt(Catalogue.ConfigurationOffer::free).reversed()
        .thenComparing(Catalogue.ConfigurationOffer::label));
    DedicatedServerPanel panel = environment.dedicatedPanel(module.id());
    return new Catalogue(module.id(), module.name(), offers, panel.osTemplates(module.locationId()),
        panel.recipes(module.locationId()), OptionalLong.empty());
  }
}
