package dev.ispkit.integration.lifecycle;

import static dev.ispkit.integration.lifecycle.Stand.ISPMANAGER_LITE;
import static dev.ispkit.integration.lifecycle.Stand.dedicatedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.adapters.license.LicenseServers;
import dev.ispkit.engine.inventory.Server;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.license.LicensePool;
import dev.ispkit.engine.lifecycle.Catalogue;
import dev.ispkit.engine.lifecycle.LifecycleListener;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.ProvisionedService;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.simulator.LicenseSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.ServerSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Orders placed at the same instant from their own threads, on the simulator: they never share a server or a license,
 * whoever places them, and those that find nothing left say why.
 */
class ConcurrentOrdersOnSimulatorTest {
  private static final long ISPMANAGER_LITE_PRICELIST = 3541;

  private final ExecutorService callers = Executors.newCachedThreadPool();
  /** How many claim steps ran at once at most: the orders must really have raced. */
  private final AtomicInteger claiming = new AtomicInteger();
  private final AtomicInteger mostClaimingAtOnce = new AtomicInteger();
  private Stand stand;

  @AfterEach
  void close() {
    callers.shutdownNow();
    if (stand != null) {
      stand.close();
    }
  }

  @Test
  void sixtyFourOrdersOnTenServersAndTenLicensesServeTenAndTellTheOthersWhy() throws Exception {
    stand = racingStand(400, 400);
    String label = stand.commonestFreeLabel();
    List<Server> free = stand.freeServers(label);
    assertThat(free).as("the seed gives more than ten free " + label).hasSizeGreaterThan(10);
    stand.takeOutOfStock(free.subList(10, free.size()));
    List<Long> tenServers = free.subList(0, 10).stream().map(Server::id).toList();
    List<Long> tenLicenses = leaveTenFreeLicenses();
    Stand.Node node = stand.node();
    Catalogue catalogue = Stand.join(node.engine.syncCatalogue()).get(0);
    assertThat(catalogue.configurations()).filteredOn(offer -> offer.label().equals(label))
        .singleElement().satisfies(offer -> assertThat(offer.free()).isEqualTo(10));
    stand.sim.clearCalls();

    List<LifecycleResult> results = placeAtOnce(node, 64, i -> dedicatedOrder("s" + i, label)
        .customerEmail("customer" + i + "@example.com").controlPanel(ISPMANAGER_LITE).build());

    Map<String, ProvisionedService> served = new HashMap<>();
    List<LifecycleResult.NoCapacity> refused = new ArrayList<>();
    for (LifecycleResult result : results) {
      if (result instanceof LifecycleResult.Active active) {
        served.put(active.serviceId(), active.service());
      } else {
        assertThat(result).isInstanceOf(LifecycleResult.NoCapacity.class);
        refused.add((LifecycleResult.NoCapacity) result);
      }
    }
    assertThat(mostClaimingAtOnce.get()).as("claims that overlapped").isGreaterThan(1);
    assertThat(served).hasSize(10);
    assertThat(refused).hasSize(54).allSatisfy(none -> {
      assertThat(none.report().modules()).singleElement().satisfies(module ->
          assertThat(module.reason()).contains("10 matching servers").contains("held by other services"));
      assertThat(node.engine.service(none.serviceId())).isEmpty();
    });
    assertThat(served.values()).extracting(ProvisionedService::machineId)
        .containsExactlyInAnyOrderElementsOf(tenServers);
    assertThat(served.values()).extracting(service -> service.licenseId().getAsLong())
        .containsExactlyInAnyOrderElementsOf(tenLicenses);
    Map<String, Long> ownerChanges = stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/owner").stream()
        .collect(Collectors.groupingBy(RecordedCall::path, Collectors.counting()));
    assertThat(ownerChanges).hasSize(10).allSatisfy((path, count) -> assertThat(count).as(path).isEqualTo(1));
    served.forEach((serviceId, service) -> {
      ServerSnapshot server = stand.sim.server(service.machineId());
      String customer = "customer" + serviceId.substring(1) + "@example.com";
      assertThat(server.owner()).map(ServerSnapshot.Owner::email).as(serviceId).contains(customer);
      assertThat(stand.sim.license(service.licenseId().getAsLong()))
          .extracting(LicenseSnapshot::licenseName, LicenseSnapshot::ip, LicenseSnapshot::status)
          .containsExactly("Item #" + serviceId, server.mainIpv4().orElseThrow(), LicenseSnapshot.ACTIVE);
    });
    assertThat(stand.billingCalls("soft.order.param")).isZero();
  }

  @Test
  void sixteenOrdersOfOneCustomerGetSixteenServers() throws Exception {
    stand = racingStand(400, 0);
    String label = stand.commonestFreeLabel();
    List<Long> free = stand.freeServers(label).stream().map(Server::id).toList();
    assertThat(free).as("the seed gives at least sixteen free " + label).hasSizeGreaterThanOrEqualTo(16);
    Stand.Node node = stand.node();
    stand.sim.clearCalls();

    List<LifecycleResult> results = placeAtOnce(node, 16, i -> dedicatedOrder("one" + i, label)
        .customerEmail("anna@example.com").build());

    assertThat(mostClaimingAtOnce.get()).as("claims that overlapped").isGreaterThan(1);
    List<Long> servers = new ArrayList<>();
    for (LifecycleResult result : results) {
      assertThat(result).isInstanceOf(LifecycleResult.Active.class);
      servers.add(((LifecycleResult.Active) result).service().machineId());
    }
    assertThat(servers).doesNotHaveDuplicates().hasSize(16);
    assertThat(free).containsAll(servers);
    for (long serverId : servers) {
      assertThat(stand.sim.server(serverId).owner()).map(ServerSnapshot.Owner::email).contains("anna@example.com");
    }
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/owner"))
        .extracting(RecordedCall::path).doesNotHaveDuplicates().hasSize(16);
    assertThat(stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/user")).hasSize(1);
  }

  /** Only exact configurations count, so a lost race is a refusal rather than a build task. */
  private Stand racingStand(int servers, int licenses) {
    return Stand.start(servers, licenses, 44)
        .dedicated(module -> module.byServerType(true))
        .engine(engine -> engine.listener(new LifecycleListener() {
          @Override
          public void stepStarted(String serviceId, String lifecycle, String step) {
            if (step.equals("claim-server")) {
              mostClaimingAtOnce.accumulateAndGet(claiming.incrementAndGet(), Math::max);
            }
          }

          @Override
          public void stepEnded(String serviceId, String lifecycle, String step, String outcome) {
            if (step.equals("claim-server")) {
              claiming.decrementAndGet();
            }
          }
        }));
  }

  /**
   * Leaves ten ISPmanager Lite licenses free in the pool by the engine's own rule; the other free ones are renamed
   * away through the license server, so that no order can take them.
   *
   * @return the ten
   */
  private List<Long> leaveTenFreeLicenses() {
    try (LicenseServerClient client = LicenseServerClient.create(stand.billingConfig())) {
      LicenseServer server = LicenseServers.of(client);
      LicensePool pool = new LicensePool(LicenseClaims.inMemory(), stand.time);
      List<Long> free = server.poolCandidates(ISPMANAGER_LITE_PRICELIST).stream().filter(pool::isFree)
          .map(License::id).sorted().toList();
      assertThat(free).as("the seed gives at least ten free ISPmanager Lite licenses").hasSizeGreaterThanOrEqualTo(10);
      for (long id : free.subList(10, free.size())) {
        client.changeIpAndName(id, "0.0.0.0", "reserved.lic");
      }
      List<Long> left = server.poolCandidates(ISPMANAGER_LITE_PRICELIST).stream().filter(pool::isFree)
          .map(License::id).sorted().toList();
      assertThat(left).hasSize(10);
      return left;
    }
  }

  /** Every order placed from its own thread once all are ready, so that they race for the same servers. */
  private List<LifecycleResult> placeAtOnce(Stand.Node node, int orders, IntFunction<Order> order)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(orders);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CompletionStage<LifecycleResult>>> placed = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      Order next = order.apply(i);
      placed.add(callers.submit(() -> {
        ready.countDown();
        go.await();
        return node.engine.open(next);
      }));
    }
    ready.await();
    go.countDown();
    List<LifecycleResult> results = new ArrayList<>();
    for (Future<CompletionStage<LifecycleResult>> future : placed) {
      results.add(Stand.join(future.get()));
    }
    return results;
  }
}
