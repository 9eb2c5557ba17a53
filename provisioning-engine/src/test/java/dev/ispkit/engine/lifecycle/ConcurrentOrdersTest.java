package dev.ispkit.engine.lifecycle;

import static dev.ispkit.engine.lifecycle.Stand.join;
import static dev.ispkit.engine.lifecycle.Stand.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders placed at once never share a server or a license, whoever places them. */
final class ConcurrentOrdersTest {
  private final Stand stand = new Stand();
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void close() {
    callers.shutdownNow();
    stand.close();
  }

  @Test
  void sixteenOrdersOfOneCustomerGetSixteenServers() throws Exception {
    for (long id = 1; id <= 20; id++) {
      stand.panel.server(id, Stand.LABEL, 1);
    }
    Provisioning engine = stand.engine();

    List<LifecycleResult> results = placeAtOnce(engine, 16, false);

    Set<Long> servers = new HashSet<>();
    for (LifecycleResult result : results) {
      assertThat(result).isInstanceOf(LifecycleResult.Active.class);
      servers.add(((LifecycleResult.Active) result).service().machineId());
    }
    assertThat(servers).hasSize(16);
    assertThat(stand.panel.callsOf("setOwner")).hasSize(16);
    assertThat(stand.panel.callsOf("createUser")).hasSize(1);
  }

  @Test
  void sixtyFourOrdersOnTenServersAndTenLicensesServeTenAndSayWhyToTheRest() throws Exception {
    for (long id = 1; id <= 10; id++) {
      stand.panel.server(id, Stand.LABEL, 1);
      stand.licenses.free(500 + id, 3541);
    }
    Provisioning engine = stand.engine();

    List<LifecycleResult> results = placeAtOnce(engine, 64, true);

    List<ProvisionedService> served = new ArrayList<>();
    for (LifecycleResult result : results) {
      if (result instanceof LifecycleResult.Active active) {
        served.add(active.service());
      } else {
        assertThat(result).isInstanceOfSatisfying(LifecycleResult.NoCapacity.class, none ->
            assertThat(none.report().toString()).contains("held by other services"));
      }
    }
    assertThat(served).hasSize(10);
    assertThat(served).extracting(ProvisionedService::machineId).doesNotHaveDuplicates();
    assertThat(served).extracting(service -> service.licenseId().getAsLong()).doesNotHaveDuplicates();
    assertThat(stand.licenses.callsOf("order")).isEmpty();
    for (long id = 1; id <= 10; id++) {
      String prefix = "setOwner " + id + " ";
      assertThat(stand.panel.callsOf("setOwner").stream().filter(call -> call.startsWith(prefix)))
          .as("owner changes of server " + id).hasSize(1);
    }
  }

  /** Every order is placed from its own thread after all are ready, so they race for the same servers. */
  private List<LifecycleResult> placeAtOnce(Provisioning engine, int orders, boolean customers) throws Exception {
    CountDownLatch ready = new CountDownLatch(orders);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CompletionStage<LifecycleResult>>> placed = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      String serviceId = "s" + i;
      String email = customers ? "customer" + i + "@example.com" : "anna@example.com";
      placed.add(callers.submit(() -> {
        ready.countDown();
        go.await();
        return engine.open(order(serviceId).customerEmail(email).controlPanel(Stand.ISPMANAGER_LITE).build());
      }));
    }
    ready.await();
    go.countDown();
    List<LifecycleResult> results = new ArrayList<>();
    for (Future<CompletionStage<LifecycleResult>> future : placed) {
      results.add(join(future.get()));
    }
    return results;
  }
}
