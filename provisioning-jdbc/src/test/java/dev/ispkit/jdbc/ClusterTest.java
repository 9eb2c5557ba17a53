package dev.ispkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ispkit.engine.TestServers;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.lifecycle.FakeDedicatedPanel;
import dev.ispkit.engine.lifecycle.FakeLicenseServer;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.Order;
import dev.ispkit.engine.lifecycle.ProvisionedService;
import dev.ispkit.engine.lifecycle.Provisioning;
import dev.ispkit.engine.module.DataCenter;
import dev.ispkit.engine.module.DedicatedServerModule;
import dev.ispkit.engine.module.ProcessingModules;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.JournalEntry;
import dev.ispkit.engine.port.JournalRun;
import dev.ispkit.engine.queue.OperationQueue;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several engines, one database: each node is a {@link Provisioning} of its own with its own pool of connections,
 * its own PostgreSQL stores and queue, over one DCImanager and one license server (the engine tests' fakes), as
 * billing nodes would be. Like the real panel, the fake accepts setting an owner a server already has: only the
 * claims keep two orders off one server.
 */
final class ClusterTest {
  private static final String LABEL = "i9-9900K-64Gb-2x1024NVMe";
  private static final ControlPanel ISPMANAGER_LITE = ControlPanel.of(3541, "ISPmanager Lite");
  private static final DedicatedServerModule MODULE = DedicatedServerModule.builder().id(7).name("DCI 7").sort(1)
      .dataCenter(DataCenter.withExternalId(1, "Moscow", TestServers.LOCATION)).departmentId(2).tariff(15)
      .queue(QueueSettings.queued("dci-__PMID__", 2)).licenseServerId(1).build();

  private final FakeDedicatedPanel dci = new FakeDedicatedPanel();
  private final FakeLicenseServer licenses = new FakeLicenseServer(Clock.systemUTC());
  private final List<Node> nodes = new ArrayList<>();
  private TestDatabase database;

  /** One billing node: its pool, its stores, its queue, its engine. */
  private record Node(HikariDataSource pool, PostgresStores stores, OperationQueue queue, Provisioning engine) {}

  @BeforeEach
  void open() {
    database = TestDatabase.open();
  }

  @AfterEach
  void close() {
    dci.openAwaits();
    for (Node node : nodes) {
      node.engine().close();
      node.queue().shutdownNow();
    }
    if (database != null) {
      database.close();
    }
  }

  private Node node(String name, Duration leaseDuration) {
    HikariDataSource pool = database.node(name, 12);
    PostgresStores stores = PostgresStores.create(pool);
    OperationQueue queue = stores.operationQueue(4);
    Provisioning engine = Provisioning.builder()
        .modules(ProcessingModules.of(List.of(MODULE)))
        .dedicatedServerPanel(MODULE.id(), dci)
        .licenseServer(1, licenses)
        .journal(stores.journal())
        .serverClaims(stores.serverClaims())
        .licenseClaims(stores.licenseClaims())
        .queue(queue)
        .nodeId(name)
        .leaseDuration(leaseDuration)
        .build();
    Node node = new Node(pool, stores, queue, engine);
    nodes.add(node);
    return node;
  }

  private static Order order(String serviceId) {
    return Order.builder().serviceId(serviceId).tariffId(15).customerEmail(serviceId + "@example.com")
        .configuration(ConfigurationLabelParser.parse(LABEL)).osTemplate("Ubuntu 22.04")
        .period(Period.months(1)).password("s3cret-Root-pw").controlPanel(ISPMANAGER_LITE).build();
  }

  private static LifecycleResult join(CompletionStage<LifecycleResult> stage) throws Exception {
    return stage.toCompletableFuture().get(2, TimeUnit.MINUTES);
  }

  @Test
  void sixtyFourOrdersFromThreeNodesOnTenServersAndTenLicensesNeverShareOne() throws Exception {
    for (long id = 1; id <= 10; id++) {
      dci.server(id, LABEL, 1);
    }
    for (long id = 501; id <= 510; id++) {
      licenses.free(id, ISPMANAGER_LITE.pricelistId().orElseThrow());
    }
    List<Node> cluster = List.of(node("order-a", Duration.ofMinutes(2)), node("order-b", Duration.ofMinutes(2)),
        node("order-c", Duration.ofMinutes(2)));

    List<LifecycleResult> results = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(64);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<CompletionStage<LifecycleResult>>> placed = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        Provisioning engine = cluster.get(i % 3).engine();
        String serviceId = "svc-" + i;
        placed.add(callers.submit(() -> {
          go.await();
          return engine.open(order(serviceId));
        }));
      }
      go.countDown();
      for (Future<CompletionStage<LifecycleResult>> order : placed) {
        results.add(join(order.get()));
      }
    } finally {
      callers.shutdownNow();
    }

    List<ProvisionedService> served = new ArrayList<>();
    for (LifecycleResult result : results) {
      if (result instanceof LifecycleResult.Active active) {
        served.add(active.service());
      } else {
        assertThat(result).isInstanceOf(LifecycleResult.NoCapacity.class);
      }
    }
    assertThat(served).hasSize(10);
    assertThat(served).extracting(ProvisionedService::machineId).doesNotHaveDuplicates();
    assertThat(served).extracting(service -> service.licenseId().orElseThrow()).doesNotHaveDuplicates();
    assertThat(licenses.callsOf("order")).as("every served order reused a pool license").isEmpty();
    for (long id = 1; id <= 10; id++) {
      String prefix = "setOwner " + id + " ";
      assertThat(dci.callsOf("setOwner").stream().filter(call -> call.startsWith(prefix)))
          .as("owner changes of server " + id).hasSize(1);
      assertThat(cluster.get(0).stores().serverClaims().holder(dci.panel(), id)).isPresent();
    }
    for (ProvisionedService service : served) {
      assertThat(cluster.get(1).stores().licenseClaims().claimedBy(service.serviceId()))
          .containsExactly(service.licenseId().getAsLong());
    }
  }

  @Test
  void aNodeKilledMidLifecycleIsResumedByAnotherOnceItsLeaseHasExpired() throws Exception {
    dci.server(1, LABEL, 1).server(2, LABEL, 1);
    licenses.free(501, ISPMANAGER_LITE.pricelistId().orElseThrow());
    Node nodeA = node("node-a", Duration.ofSeconds(4));
    Node nodeB = node("node-b", Duration.ofSeconds(4));
    dci.holdAwaits();

    CompletionStage<LifecycleResult> lost = nodeA.engine().open(order("s1"));
    assertThat(dci.awaitHeld(Duration.ofSeconds(60))).as("node A waits for the OS installation").isTrue();
    assertThat(nodeB.engine().recover()).as("node A drives the run").isEmpty();
    assertThat(join(nodeB.engine().open(order("s1")))).isInstanceOfSatisfying(LifecycleResult.Failed.class,
        failed -> assertThat(failed.step()).isEqualTo("lease"));

    // Node A dies: its connections close (the one holding the queue key among them), nothing it does reaches the
    // database any more, and nobody renews its lease.
    nodeA.pool().close();
    dci.openAwaits();
    assertThat(join(lost)).isInstanceOf(LifecycleResult.Failed.class);
    assertThat(nodeB.engine().recover()).as("node A's lease has not expired yet").isEmpty();

    List<CompletionStage<LifecycleResult>> resumed = new ArrayList<>();
    PostgresOperationQueueTest.waitFor(() -> {
      resumed.addAll(nodeB.engine().recover());
      return !resumed.isEmpty();
    }, "node B takes the run over once node A's lease has expired");

    assertThat(resumed).hasSize(1);
    assertThat(join(resumed.get(0))).isInstanceOfSatisfying(LifecycleResult.Active.class,
        active -> assertThat(active.service().licenseId()).hasValue(501));
    assertThat(dci.callsOf("setOwner")).hasSize(1);
    assertThat(dci.callsOf("startOsInstallation")).hasSize(1);
    assertThat(licenses.callsOf("order")).isEmpty();
    JournalRun run = nodeB.stores().journal().runs("s1").get(0);
    assertThat(run.isFinished()).isTrue();
    assertThat(run.entries().stream().filter(entry -> entry.kind() == JournalEntry.Kind.DONE)
        .map(JournalEntry::step)).as("no step done twice").doesNotHaveDuplicates();
    assertThat(nodeB.engine().service("s1")).isPresent();
  }
}
