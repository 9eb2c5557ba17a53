package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.module.VirtualServerModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.period.PeriodMapping;
import dev.ispkit.engine.period.PeriodRule;
import dev.ispkit.engine.port.Journal;
import dev.ispkit.engine.queue.QueueSettings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class VpsLifecyclesTest {
  /** One node: the engine that crashes and the one that recovers are the same node before and after a restart. */
  private static final String NODE = "vps-node";
  private final Stand stand = new Stand();
  private final FakeVmPanel vmPanel = new FakeVmPanel();
  private final Journal journal = Journal.inMemory();
  private Provisioning engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    stand.close();
  }

  private Provisioning engine(VirtualServerModule module) {
    engine = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(module)))
        .vmPanel(module.id(), vmPanel)
        .licenseServer(1, stand.licenses)
        .journal(journal)
        .clock(stand.clock)
        .nodeId(NODE)
        .licensePeriods(PeriodMapping.builder(List.of(Period.months(1), Period.months(12)))
            .rule(PeriodRule.general(Period.months(3), Period.months(12)))
            .rule(PeriodRule.general(Period.months(6), Period.months(12)))
            .build())
        .build();
    return engine;
  }

  private static VirtualServerModule.Builder module() {
    return VirtualServerModule.builder().id(9).name("VM KVM").sort(1).dataCenter(DataCenter.of(2, "Frankfurt"))
        .departmentId(2).tariff(20).panel("https://vm.test").clusterId(1).licenseServerId(1)
        .queue(QueueSettings.queued("vm-__PMID__", 1));
  }

  private static Order.Builder order(String serviceId, int months) {
    return Order.builder().serviceId(serviceId).tariffId(20).customerEmail("ivan@example.com")
        .vmResources(new VmResources(2, 2048, 20480)).osTemplate("Ubuntu 22.04").recipe("LAMP")
        .period(Period.months(months)).controlPanel(Stand.ISPMANAGER_LITE);
  }

  @Test
  void aVpsIsCreatedInstalledAndLicensedForTheMappedPeriod() {
    engine(module().useRecipes(true).additionalNetworkInterface("vmbr1").build());

    LifecycleResult result = join(engine.open(order("v1", 3).build()));

    assertThat(result).isInstanceOfSatisfying(LifecycleResult.Active.class, active -> {
      assertThat(active.service().kind()).isEqualTo(ProvisionedService.Kind.VPS);
      assertThat(active.service().ipAddresses()).containsExactly("198.51.100.20");
    });
    long vmId = ((LifecycleResult.Active) result).service().machineId();
    assertThat(vmPanel.plan(vmId).name()).isEqualTo("svc-v1");
    assertThat(vmPanel.plan(vmId).recipe()).contains("LAMP");
    assertThat(vmPanel.plan(vmId).additionalInterfaceBridge()).contains("vmbr1");
    assertThat(stand.licenses.callsOf("order")).containsExactly("order 3541 12 198.51.100.20 Item #v1");
    assertThat(engine.generatedPassword("v1")).isPresent();
  }

  @Test
  void aFreeLicenseIsReusedBeforeOneIsOrderedAndGoesBackToThePoolOnDelete() {
    stand.licenses.free(700, 3541);
    engine(module().build());

    LifecycleResult result = join(engine.open(order("v1", 1).build()));

    assertThat(result).isInstanceOf(LifecycleResult.Active.class);
    assertThat(stand.licenses.callsOf("order")).isEmpty();
    assertThat(stand.licenses.current(700)).satisfies(license -> {
      assertThat(license.name()).isEqualTo("Item #v1");
      assertThat(license.ip()).isEqualTo("198.51.100.20");
      assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
      assertThat(license.keyChangedAt()).contains(stand.clock.instant());
    });
    assertThat(vmPanel.plan(((LifecycleResult.Active) result).service().machineId()).recipe()).isEmpty();

    assertThat(join(engine.suspend("v1"))).isEqualTo(new LifecycleResult.Suspended("v1"));
    assertThat(join(engine.resume("v1"))).isInstanceOf(LifecycleResult.Active.class);
    assertThat(join(engine.delete("v1"))).isEqualTo(new LifecycleResult.Deleted("v1"));

    assertThat(vmPanel.vms()).isEmpty();
    assertThat(stand.licenses.current(700)).satisfies(license -> {
      assertThat(license.name()).isEqualTo("free.lic");
      assertThat(license.ip()).isEqualTo("0.0.0.0");
      assertThat(license.status()).isEqualTo(LicenseStatus.SUSPENDED);
    });
  }

  @Test
  void aCrashAfterTheVmWasCreatedFindsItByItsNameInsteadOfCreatingASecond() {
    engine(module().build());
    CrashingJournal dying = new CrashingJournal(journal, "create-vm", CrashingJournal.When.BEFORE_DONE);
    Provisioning crashed = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(module().build()))).vmPanel(9, vmPanel)
        .licenseServer(1, stand.licenses).journal(dying).clock(stand.clock).nodeId(NODE).build();
    try {
      assertThat(join(crashed.open(order("v1", 1).build()))).isInstanceOf(LifecycleResult.Failed.class);
    } finally {
      crashed.close();
    }

    assertThat(engine.recover()).singleElement().satisfies(stage ->
        assertThat(join(stage)).isInstanceOf(LifecycleResult.Active.class));
    assertThat(vmPanel.callsOf("createVm")).hasSize(1);
    assertThat(vmPanel.callsOf("createAccount")).hasSize(1);
    assertThat(vmPanel.vms()).hasSize(1);
  }
}
