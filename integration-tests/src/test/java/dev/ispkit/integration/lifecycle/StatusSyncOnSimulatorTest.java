package dev.ispkit.integration.lifecycle;

import static dev.ispkit.integration.lifecycle.Stand.dedicatedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.lifecycle.Catalogue;
import dev.ispkit.engine.lifecycle.LifecycleResult;
import dev.ispkit.engine.lifecycle.StatusSyncReport;
import dev.ispkit.engine.lifecycle.WantedStatus;
import dev.ispkit.engine.queue.QueueSettings;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.RecordedCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BILLmanager's status sync for 1 000 services on a 20 000-server location: one inventory read in pages, not one
 * read per service, and a power call exactly where a server's power differs from what the billing wants.
 *
 * <p>The 1 000 services are opened through {@code Provisioning} like any other (ordered from the catalogue's free
 * configurations, exact match only), so the journal holds what a real host's would.
 */
class StatusSyncOnSimulatorTest {
  private static final int SERVERS = 20_000;
  private static final int SERVICES = 1_000;
  private static final Pattern LIMIT = Pattern.compile("limit=(\\d+),(\\d+)");

  private static Stand stand;
  private static Stand.Node node;
  /** Each service and the server it got. */
  private static final Map<String, Long> SERVERS_OF = new HashMap<>();

  @BeforeAll
  static void openAThousandServices() {
    // A day-long snapshot age: the clients' polls move the simulated clock minutes per order, and re-reading 20 000
    // servers every few orders would be the test's whole cost; claims and re-reads keep a stale snapshot safe.
    stand = Stand.start(SERVERS, 0, 55)
        .dedicated(module -> module.byServerType(true).queue(QueueSettings.queued("dci-__PMID__", 16)))
        .engine(engine -> engine.inventoryMaxAge(Duration.ofDays(1)));
    node = stand.node();
    Catalogue catalogue = Stand.join(node.engine.syncCatalogue()).get(0);
    List<CompletionStage<LifecycleResult>> opening = new ArrayList<>();
    int ordered = 0;
    for (Catalogue.ConfigurationOffer offer : catalogue.configurations()) {
      for (int i = 0; i < offer.free() && ordered < SERVICES; i++, ordered++) {
        opening.add(node.engine.open(dedicatedOrder("bulk" + ordered, offer.label())
            .customerEmail("bulk@example.com").build()));
      }
    }
    assertThat(ordered).as("the catalogue offers enough free servers").isEqualTo(SERVICES);
    for (CompletionStage<LifecycleResult> stage : opening) {
      LifecycleResult result = Stand.join(stage);
      assertThat(result).isInstanceOf(LifecycleResult.Active.class);
      LifecycleResult.Active active = (LifecycleResult.Active) result;
      SERVERS_OF.put(active.serviceId(), active.service().machineId());
    }
    assertThat(new TreeSet<>(SERVERS_OF.values())).hasSize(SERVICES);
  }

  @AfterAll
  static void close() {
    stand.close();
  }

  @Test
  void oneInventoryReadInPagesAndAPowerCallExactlyWhereThePowerDiffers() {
    // The panel's side: every fifth server is switched off behind the billing's back.
    Map<String, WantedStatus> wanted = new HashMap<>();
    for (int i = 0; i < SERVICES; i++) {
      String serviceId = "bulk" + i;
      if (i % 5 == 0) {
        node.dci.power().off(SERVERS_OF.get(serviceId));
      }
      wanted.put(serviceId, i % 3 == 0 ? WantedStatus.STOPPED : WantedStatus.ACTIVE);
    }
    Set<Long> toPowerOn = new TreeSet<>();
    Set<Long> toPowerOff = new TreeSet<>();
    Map<WantedStatus, Integer> alreadyRight = new HashMap<>();
    wanted.forEach((serviceId, status) -> {
      long serverId = SERVERS_OF.get(serviceId);
      String power = stand.sim.server(serverId).powerStatus();
      if (status == WantedStatus.ACTIVE && power.equals("off")) {
        toPowerOn.add(serverId);
      } else if (status == WantedStatus.STOPPED && power.equals("on")) {
        toPowerOff.add(serverId);
      } else {
        alreadyRight.merge(status, 1, Integer::sum);
      }
    });
    assertThat(toPowerOn).isNotEmpty();
    assertThat(toPowerOff).isNotEmpty();
    assertThat(alreadyRight).containsOnlyKeys(WantedStatus.ACTIVE, WantedStatus.STOPPED);
    stand.sim.clearCalls();

    StatusSyncReport report = Stand.join(node.engine.syncStatuses(wanted));

    assertThat(report.inventoryReads()).isEqualTo(1);
    assertThat(report.checked()).isEqualTo(SERVICES);
    assertThat(report.skipped()).isEmpty();
    List<RecordedCall> lists = stand.calls(Panel.DCIMANAGER, "GET", "/dci/v3/server");
    int pageSize = pageSize(lists.get(0));
    assertThat(lists).as("pages of %d", pageSize).hasSize((SERVERS + pageSize - 1) / pageSize);
    assertThat(lists).extracting(StatusSyncOnSimulatorTest::pageSize).containsOnly(pageSize);
    assertThat(stand.calls(Panel.DCIMANAGER, "GET", "/dci/v3/server/\\d+")).as("no read per service").isEmpty();
    assertThat(serversCalled("power_on")).isEqualTo(toPowerOn);
    assertThat(serversCalled("power_off")).isEqualTo(toPowerOff);
    assertThat(stand.writes(Panel.DCIMANAGER)).hasSize(toPowerOn.size() + toPowerOff.size());
    assertThat(report.changes()).hasSize(toPowerOn.size() + toPowerOff.size()).allSatisfy(change -> {
      assertThat(change.failure()).isEmpty();
      assertThat(change.action()).isEqualTo(toPowerOn.contains(change.serverId())
          ? StatusSyncReport.Action.POWER_ON : StatusSyncReport.Action.POWER_OFF);
    });
    wanted.forEach((serviceId, status) -> assertThat(stand.sim.server(SERVERS_OF.get(serviceId)).powerStatus())
        .as(serviceId).isEqualTo(status == WantedStatus.ACTIVE ? "on" : "off"));
  }

  private static Set<Long> serversCalled(String command) {
    Set<Long> servers = new TreeSet<>();
    for (RecordedCall call : stand.calls(Panel.DCIMANAGER, "POST", "/dci/v3/server/\\d+/" + command)) {
      servers.add(Long.parseLong(call.path().split("/")[4]));
    }
    return servers;
  }

  private static int pageSize(RecordedCall list) {
    Matcher limit = LIMIT.matcher(URLDecoder.decode(list.query(), StandardCharsets.UTF_8));
    assertThat(limit.find()).as("a paged read: " + list.query()).isTrue();
    return Integer.parseInt(limit.group(2));
  }
}
