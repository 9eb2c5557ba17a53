package dev.ispkit.integration;

import dev.ispkit.adapters.SimulatorTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.Where;
import dev.ispkit.dci6.ConfigurationCount;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.ExploitationStatus;
import dev.ispkit.dci6.Ip;
import dev.ispkit.dci6.IpFamily;
import dev.ispkit.dci6.IpRequest;
import dev.ispkit.dci6.Location;
import dev.ispkit.dci6.NewUser;
import dev.ispkit.dci6.Operation;
import dev.ispkit.dci6.OperationStatus;
import dev.ispkit.dci6.OperationType;
import dev.ispkit.dci6.OsFamily;
import dev.ispkit.dci6.OsInstallation;
import dev.ispkit.dci6.OsTemplate;
import dev.ispkit.dci6.PortStatus;
import dev.ispkit.dci6.PowerStatus;
import dev.ispkit.dci6.Recipe;
import dev.ispkit.dci6.Server;
import dev.ispkit.dci6.ServerState;
import dev.ispkit.dci6.SwitchConnection;
import dev.ispkit.dci6.User;
import dev.ispkit.simulator.Fault;
import dev.ispkit.simulator.OperationSnapshot;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.ServerSnapshot;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DCImanager 6 client against the panel simulator: every call the dedicated server lifecycles make (open,
 * suspend/resume, delete, status sync), each checked against the simulator's own state rather than against what the
 * client believes it sent.
 */
class Dci6AgainstSimulatorTest {
  private static final long LOCATION = 1;
  private static final WaitOptions HOUR = WaitOptions.builder()
      .timeout(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1)).build();

  private static PanelSimulator sim;
  private static SimulatorTime time;
  private static Dci6Client dci;
  /** Servers a test has changed; the next test picks another, so the tests do not depend on their order. */
  private static final Set<Long> TAKEN = new HashSet<>();

  @BeforeAll
  static void start() {
    sim = Panels.start(120, 2, 7);
    time = new SimulatorTime(sim);
    dci = Dci6Client.create(Panels.v6(sim, time, "/api"));
  }

  @AfterAll
  static void stop() {
    dci.close();
    sim.close();
  }

  @BeforeEach
  void clean() {
    sim.clearFaults();
    // Some tests end every session: the shared client logs in again here, so no test sees another's 401.
    dci.locations().all();
    sim.clearCalls();
  }

  // ---- login and reads ----

  @Test
  void logsInWithTheApiPrefixAndWithout() {
    for (String prefix : List.of("/api", "")) {
      sim.clearCalls();
      try (Dci6Client client = Dci6Client.create(Panels.v6(sim, time, prefix))) {
        assertThat(client.locations().all()).extracting(Location::id).containsExactly(1L, 2L);
      }
      List<RecordedCall> calls = sim.calls(Panel.DCIMANAGER);
      assertThat(sim.calls()).filteredOn(c -> c.path().equals("/auth/v4/public/token"))
          .singleElement()
          .satisfies(login -> assertThat(login.rawPath()).isEqualTo(prefix + "/auth/v4/public/token"))
          .satisfies(login -> assertThat(login.status()).isIn(200, 201));
      assertThat(calls).singleElement().satisfies(call -> {
        assertThat(call.rawPath()).isEqualTo(prefix + "/dci/v3/location");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("x-xsrf-token")).isNotBlank();
        assertThat(call.header("isp-box-instance")).isEqualTo("true");
        assertThat(call.header("cookie")).contains("ses6=" + call.header("x-xsrf-token"));
      });
    }
  }

  @Test
  void listsTheFreeServersOfALocationPageByPage() {
    List<Server> free = dci.servers().freeInLocation(LOCATION);

    List<Long> expected = new ArrayList<>();
    for (long id = 1; id <= sim.serverCount(); id++) {
      ServerSnapshot server = sim.server(id);
      if (server.owner().isEmpty() && server.location().id() == LOCATION) {
        expected.add(id);
      }
    }
    assertThat(free).extracting(Server::id).containsExactlyElementsOf(expected);
    assertThat(free).allSatisfy(server -> {
      assertThat(server.owner()).isEmpty();
      assertThat(server.locationId()).contains(LOCATION);
    });
    List<Server> inventory = dci.servers().inLocation(LOCATION);
    assertThat(inventory).extracting(Server::id).containsAll(expected)
        .hasSize((int) java.util.stream.LongStream.rangeClosed(1, sim.serverCount())
            .filter(id -> sim.server(id).location().id() == LOCATION).count());

    sim.clearCalls();
    Where unowned = Where.field("owner_email").isNull().and(Where.field("location_id").eq(LOCATION));
    List<Server> paged = dci.servers().stream(
        ListQuery.builder().where(unowned).addOrderBy(dev.ispkit.client.core.OrderBy.asc("id")).build(), 7)
        .collect(Collectors.toList());
    assertThat(paged).extracting(Server::id).containsExactlyElementsOf(expected);
    List<String> windows = sim.calls(Panel.DCIMANAGER).stream()
        .map(call -> parameter(call.query(), "limit")).collect(Collectors.toList());
    assertThat(windows).hasSize(expected.size() / 7 + 1).startsWith("0,7", "7,7");
  }

  @Test
  void readsEveryGeneratedServerWithNothingTheEngineNeedsLost() {
    List<Server> all = dci.servers().stream(ListQuery.all(), 50).collect(Collectors.toList());
    assertThat(all).hasSize(sim.serverCount());
    for (Server server : all) {
      assertSameServer(server, sim.server(server.id()), false);
    }
    // The single read adds hardware_info; one server of each PDU shape and flag style is read alone.
    for (Server listed : all.subList(0, 12)) {
      Server one = dci.servers().get(listed.id());
      assertSameServer(one, sim.server(listed.id()), true);
    }
  }

  @Test
  void countsFreeServersPerConfigurationAsTheInventoryHasThem() {
    List<ConfigurationCount> counts = dci.servers().configurations();

    Map<String, Integer> expected = new TreeMap<>();
    for (long id = 1; id <= sim.serverCount(); id++) {
      ServerSnapshot s = sim.server(id);
      String configuration = s.configuration();
      if (configuration.isEmpty()) {
        continue;
      }
      boolean free = s.owner().isEmpty() && s.exploitationStatus().equals("in_exploitation") && !s.maintenanceMode();
      expected.merge(configuration, free ? 1 : 0, Integer::sum);
    }
    assertThat(counts.stream().collect(Collectors.toMap(ConfigurationCount::configuration,
        ConfigurationCount::freeServerCount))).isEqualTo(expected);
  }

  @Test
  void readsLocationsTemplatesAndRecipes() {
    List<Location> locations = dci.locations().all();
    assertThat(locations).extracting(Location::id).containsExactly(1L, 2L);
    assertThat(locations.get(0).name()).contains(sim.server(firstServerIn(LOCATION)).location().name());

    List<OsTemplate> templates = dci.osTemplates().list(LOCATION);
    // Every template says its family: a word, not a missing or blank one.
    assertThat(templates).isNotEmpty()
        .allSatisfy(t -> assertThat(t.rawOsFamily()).hasValueSatisfying(word -> assertThat(word).isNotBlank()));
    assertThat(templates).extracting(OsTemplate::osFamily).contains(OsFamily.LINUX, OsFamily.WINDOWS);
    assertThat(templates).filteredOn(t -> t.name().orElse("").startsWith("Debian")).singleElement()
        .satisfies(t -> assertThat(t.tags()).contains("linux", "debian"));

    List<Recipe> recipes = dci.recipes().list(LOCATION);
    assertThat(recipes).extracting(Recipe::name).contains(Optional.of("ISPmanager 6"));
    assertThat(recipes).allSatisfy(r -> assertThat(r.tags()).isNotEmpty());
  }

  // ---- users and owner ----

  @Test
  void findsOrCreatesAUserAndGivesItALoginKeyTheBrowserLinkAccepts() throws Exception {
    assertThat(dci.users().findByEmail("client0001@example.com")).get()
        .satisfies(user -> assertThat(user.roles()).containsExactly("@user"));
    assertThat(dci.users().findByEmail("nobody@example.com")).isEmpty();

    NewUser customer = NewUser.builder().email("e2e-owner@example.com").password("Secret-123").build();
    long created = dci.users().findOrCreate(customer);
    assertThat(dci.users().findOrCreate(customer)).isEqualTo(created);
    assertThat(sim.users()).filteredOn(u -> u.email().equals("e2e-owner@example.com")).hasSize(1);

    LoginKey key = dci.users().loginKey("e2e-owner@example.com");
    assertThat(key.loginUrl().toString()).startsWith(sim.baseUrl() + "/auth/key-v4/");
    HttpResponse<String> browser = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(key.loginUrl()).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(browser.statusCode()).isEqualTo(302);
    assertThat(browser.headers().firstValue("set-cookie")).get().asString().startsWith("ses6=");
    assertThat(dci.users().loginKey(created).key()).isNotEqualTo(key.key());
  }

  @Test
  void setsTheOwnerReadsItBackAndRemovesIt() {
    long serverId = takeFree(s -> true);
    long userId = dci.users().findOrCreate(NewUser.builder().email("e2e-claim@example.com").password("pw-123456")
        .build());

    Server claimed = dci.servers().setOwner(serverId, userId);
    assertThat(claimed.owner()).get().satisfies(owner -> assertThat(owner.id()).isEqualTo(userId));
    assertThat(claimed.ownerEmail()).contains("e2e-claim@example.com");
    assertThat(dci.servers().get(serverId).owner()).isPresent();
    assertThat(dci.servers().freeInLocation(LOCATION)).extracting(Server::id).doesNotContain(serverId);
    assertThat(dci.servers().setOwner(serverId, userId).owner()).isPresent();

    long other = dci.users().findByEmail("client0002@example.com").map(User::id).orElseThrow();
    assertThatThrownBy(() -> dci.servers().setOwner(serverId, other)).isInstanceOf(PanelConflictException.class);

    Server released = dci.servers().removeOwner(serverId);
    assertThat(released.owner()).isEmpty();
    assertThat(released.ownerEmail()).isEmpty();
    assertThat(sim.server(serverId).owner()).isEmpty();
  }

  // ---- power, ports, IPs ----

  @Test
  void powersAServerOffAndOnAndReadsTheStatus() {
    long serverId = takeFree(s -> s.powerStatus().equals("on"));
    assertThat(dci.power().status(serverId)).isEqualTo(PowerStatus.ON);

    dci.power().off(serverId);
    assertThat(dci.power().status(serverId)).isEqualTo(PowerStatus.OFF);
    assertThat(sim.server(serverId).powerStatus()).isEqualTo("off");

    dci.power().on(serverId);
    assertThat(dci.power().status(serverId)).isEqualTo(PowerStatus.ON);

    dci.power().reset(serverId);
    assertThat(dci.power().status(serverId)).isEqualTo(PowerStatus.ON);
  }

  @Test
  void anIpmiFailureOfAPowerCommandIsAServerErrorSentOnce() {
    long serverId = takeFree(s -> s.powerStatus().equals("on"));
    sim.failNextPowerCommand(serverId);

    assertThatThrownBy(() -> dci.power().off(serverId))
        .isInstanceOfSatisfying(PanelServerException.class, e -> {
          assertThat(e.httpStatus()).hasValue(500);
          assertThat(e.panelCode()).contains("5003");
        });
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(c -> c.path().endsWith("/power_off")).hasSize(1);
    assertThat(sim.server(serverId).powerStatus()).isEqualTo("on");
  }

  @Test
  void disablesAndEnablesTheNetworkPortsButNeverTheBmcPort() {
    long serverId = takeFree(s -> hasIpmiAndNetworkPorts(s));

    List<SwitchConnection> disabled = dci.switchPorts().disable(serverId);
    assertThat(disabled).isNotEmpty().noneMatch(SwitchConnection::isIpmiConnection);
    for (ServerSnapshot.SwitchPort port : sim.server(serverId).switchPorts()) {
      assertThat(port.adminStatus()).isEqualTo(port.ipmi() ? "up" : "down");
    }
    assertThat(dci.servers().get(serverId).networkSwitchConnections())
        .allSatisfy(c -> assertThat(c.adminStatus()).isEqualTo(PortStatus.DOWN));

    List<SwitchConnection> enabled = dci.switchPorts().enable(serverId);
    assertThat(enabled).extracting(SwitchConnection::id)
        .containsExactlyElementsOf(disabled.stream().map(SwitchConnection::id).collect(Collectors.toList()));
    assertThat(sim.server(serverId).switchPorts()).extracting(ServerSnapshot.SwitchPort::adminStatus)
        .containsOnly("up");
  }

  @Test
  void addsAndRemovesAddressesFromTheLocationsPools() {
    long serverId = takeFree(s -> s.ips().isEmpty());
    long parking = LOCATION * 10 + 2;
    long publicPool = LOCATION * 10 + 1;

    List<Ip> parked = dci.ips().add(serverId, IpRequest.builder().pool(parking).build());
    assertThat(parked).singleElement().satisfies(ip -> assertThat(ip.address()).startsWith("10."));
    List<Ip> added = dci.ips().add(serverId, IpRequest.builder().pool(publicPool).count(2).build());
    List<Ip> v6 = dci.ips().add(serverId, IpRequest.builder().family(IpFamily.IPV6).build());
    assertThat(added).hasSize(2).allSatisfy(ip -> assertThat(ip.family()).isEqualTo(IpFamily.IPV4));
    assertThat(v6).singleElement().satisfies(ip -> assertThat(ip.family()).isEqualTo(IpFamily.IPV6));
    assertThat(dci.ips().list(serverId)).extracting(Ip::address).containsExactlyInAnyOrder(
        parked.get(0).address(), added.get(0).address(), added.get(1).address(), v6.get(0).address());

    dci.ips().remove(serverId, parked.get(0).id());
    assertThat(sim.server(serverId).ips()).extracting(ServerSnapshot.Ip::address)
        .doesNotContain(parked.get(0).address()).hasSize(3);

    String given = dci.ips().list(serverId).get(0).address();
    assertThat(dci.ips().removeAll(serverId)).hasSize(3);
    assertThat(sim.server(serverId).ips()).isEmpty();
    assertThat(dci.ips().add(serverId, IpRequest.builder().address(given).build()))
        .singleElement().satisfies(ip -> assertThat(ip.address()).isEqualTo(given));
  }

  // ---- operations ----

  @Test
  void diagnosticsWithDiskCleanupEndOkAndTellTheirProgress() {
    long serverId = takeFree(s -> true);
    OsTemplate template = dci.osTemplates().list(LOCATION).get(0);
    dci.operations().installAndWait(serverId, OsInstallation.builder().osTemplate(template.id())
        .password("Root-pass-3").build(), HOUR, null);
    assertThat(sim.server(serverId).osTemplate()).get().extracting(ServerSnapshot.OsTemplate::id)
        .isEqualTo(template.id());
    List<Operation> reads = new ArrayList<>();

    Operation done = dci.operations().diagnoseAndWait(serverId, true, HOUR, reads::add);

    assertThat(done.status()).isEqualTo(OperationStatus.OK);
    assertThat(done.serverId()).contains(serverId);
    assertThat(done.progressInfo()).extracting(step -> step.name().orElseThrow()).contains("disk_cleanup");
    assertThat(reads).extracting(op -> op.rawStatus().orElseThrow()).contains("running").endsWith("ok");
    ServerSnapshot server = sim.server(serverId);
    assertThat(server.operation()).get().extracting(OperationSnapshot::status).isEqualTo("ok");
    assertThat(server.osTemplate()).isEmpty();
    assertThat(dci.servers().get(serverId).operation()).get()
        .satisfies(op -> assertThat(op.id()).isEqualTo(done.id()));
  }

  @Test
  void failingDiagnosticsFailTheWaitAtTheFirstFailedRead() {
    long serverId = takeFree(s -> true);
    sim.failNextOperation(serverId, "diag", "SMART: /dev/sda is dying");
    Duration before = elapsed();

    assertThatThrownBy(() -> dci.operations().diagnoseAndWait(serverId, false, HOUR, null))
        .isInstanceOf(OperationFailedException.class)
        .hasMessageContaining("failed")
        .hasMessageContaining("SMART: /dev/sda is dying");

    // Failed as soon as the simulated diagnostics ended, not at the hour's timeout.
    assertThat(elapsed().minus(before)).isLessThanOrEqualTo(sim.options().diagDuration().plusSeconds(1));
    assertThat(dci.servers().get(serverId).hasErrors()).isTrue();
  }

  @Test
  void installsLinuxAndWindowsWithTheWaitTheTemplatesFamilyPicks() {
    List<OsTemplate> templates = dci.osTemplates().list(LOCATION);
    OsTemplate debian = templates.stream().filter(t -> t.name().orElse("").startsWith("Debian")).findFirst()
        .orElseThrow();
    OsTemplate windows = templates.stream().filter(t -> t.osFamily() == OsFamily.WINDOWS)
        .findFirst().orElseThrow();
    Recipe recipe = dci.recipes().list(LOCATION).get(0);
    // The install takes longer than the short wait: an installation waited on with the wrong one times out.
    WaitOptions tooShort = WaitOptions.builder().timeout(sim.options().installDuration().dividedBy(2))
        .pollInterval(Duration.ofSeconds(1)).build();
    // The processing module's choice, made from the template's family; the client makes none.
    Function<Long, WaitOptions> waitFor = templateId -> dci.osTemplates().find(LOCATION, templateId)
        .map(OsTemplate::osFamily).orElseThrow() == OsFamily.WINDOWS ? HOUR : tooShort;

    long slowServer = takeFree(s -> true);
    assertThatThrownBy(() -> dci.operations().installAndWait(slowServer, OsInstallation.builder()
        .osTemplate(debian.id()).password("Root-pass-0").build(), waitFor.apply(debian.id()), null))
        .isInstanceOf(OperationTimeoutException.class);

    long linuxServer = takeFree(s -> true);
    Operation linux = dci.operations().installAndWait(linuxServer, OsInstallation.builder()
        .osTemplate(debian.id()).password("Root-pass-1").hostname("e2e-linux.example.com").recipe(recipe.id())
        .addSshKeys("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTheSimulator e2e@example.com").build(),
        HOUR, null);
    assertThat(linux.status()).isEqualTo(OperationStatus.OK);
    assertThat(linux.progressInfo()).extracting(step -> step.name().orElseThrow()).contains("run_recipe");
    ServerSnapshot installed = sim.server(linuxServer);
    assertThat(installed.osTemplate()).get().extracting(ServerSnapshot.OsTemplate::id).isEqualTo(debian.id());
    assertThat(installed.domain()).isEqualTo("e2e-linux.example.com");
    assertThat(dci.servers().get(linuxServer).osTemplate()).get()
        .satisfies(t -> assertThat(t.id()).isEqualTo(debian.id()));

    long windowsServer = takeFree(s -> true);
    Operation win = dci.operations().installAndWait(windowsServer, OsInstallation.builder()
        .osTemplate(windows.id()).password("Admin-pass-1").windowsLicenseKey("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        .build(), waitFor.apply(windows.id()), null);
    assertThat(win.status()).isEqualTo(OperationStatus.OK);
    assertThat(sim.server(windowsServer).osTemplate()).get().extracting(ServerSnapshot.OsTemplate::id)
        .isEqualTo(windows.id());
  }

  @Test
  void stopsARunningOperation() {
    long serverId = takeFree(s -> true);
    OsTemplate template = dci.osTemplates().list(LOCATION).get(0);
    long operationId = dci.operations().install(serverId, OsInstallation.builder().osTemplate(template.id())
        .password("Root-pass-2").build());
    sim.advance(sim.options().installDuration().dividedBy(4));
    assertThat(dci.operations().get(operationId).status()).isEqualTo(OperationStatus.RUNNING);

    Optional<Operation> stopped = dci.operations().stopRunning(serverId, HOUR);

    assertThat(stopped).get().satisfies(op -> {
      assertThat(op.id()).isEqualTo(operationId);
      assertThat(op.status()).isEqualTo(OperationStatus.CANCELED);
    });
    assertThat(sim.operation(operationId).status()).isEqualTo("canceled");
    assertThat(dci.operations().stopRunning(serverId, HOUR)).isEmpty();
  }

  // ---- session and faults ----

  @Test
  void logsInAgainOnceWhenThePanelForgetsTheSession() {
    try (Dci6Client client = Dci6Client.create(Panels.v6(sim, time, "/api"))) {
      long serverId = firstServerIn(LOCATION);
      client.servers().get(serverId);
      sim.expireSessions();

      assertThat(client.servers().get(serverId).id()).isEqualTo(serverId);
      assertThat(client.power().status(serverId)).isNotNull();
    }
    assertThat(sim.calls()).filteredOn(c -> c.path().equals("/auth/v4/public/token")).hasSize(2);
    assertThat(sim.calls(Panel.DCIMANAGER)).extracting(RecordedCall::status).containsExactly(200, 401, 200, 200);
  }

  @Test
  void threadsRefusedTogetherShareOneNewLogin() throws Exception {
    try (Dci6Client client = Dci6Client.create(Panels.v6(sim, time, ""))) {
      long serverId = firstServerIn(LOCATION);
      client.servers().get(serverId);
      sim.expireSessions();
      sim.clearCalls();
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Server>> reads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          reads.add(pool.submit(() -> {
            go.await();
            return client.servers().get(serverId);
          }));
        }
        go.countDown();
        for (Future<Server> read : reads) {
          assertThat(read.get(20, TimeUnit.SECONDS).id()).isEqualTo(serverId);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(sim.calls()).filteredOn(c -> c.path().equals("/auth/v4/public/token")).hasSize(1);
  }

  @Test
  void anInstallationWaitOutlivesTheSessionsThatEndDuringIt() {
    long serverId = takeFree(s -> true);
    OsTemplate template = dci.osTemplates().list(LOCATION).get(0);
    int[] reads = {0};

    Operation done = dci.operations().installAndWait(serverId, OsInstallation.builder().osTemplate(template.id())
        .password("Root-pass-4").build(), HOUR, op -> {
          if (reads[0]++ % 2 == 0) {
            sim.expireSessions();
          }
        });

    assertThat(done.status()).isEqualTo(OperationStatus.OK);
    long refusals = sim.calls(Panel.DCIMANAGER).stream().filter(c -> c.status() == 401).count();
    assertThat(refusals).isPositive();
    assertThat(sim.calls()).filteredOn(c -> c.path().equals("/auth/v4/public/token")).hasSize((int) refusals);
  }

  @Test
  void findsAUserWhoseEmailNeedsEscapingInTheFilter() {
    NewUser irish = NewUser.builder().email("o'brien\\ops@example.com").password("Secret-456").build();
    long id = dci.users().findOrCreate(irish);

    assertThat(dci.users().findByEmail("o'brien\\ops@example.com")).get()
        .satisfies(user -> assertThat(user.id()).isEqualTo(id));
    assertThat(dci.users().findOrCreate(irish)).isEqualTo(id);
    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(c -> c.method().equals("GET"))
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(200));
  }

  @Test
  void repeatsCallsThroughABurstOf503() {
    long serverId = takeFree(s -> s.powerStatus().equals("on"));
    sim.inject(Fault.serviceUnavailable().on(Panel.DCIMANAGER).times(3));

    dci.power().off(serverId);

    assertThat(sim.calls(Panel.DCIMANAGER)).filteredOn(c -> c.path().endsWith("/power_off"))
        .extracting(RecordedCall::status).containsExactly(503, 503, 503, 200);
    assertThat(sim.server(serverId).powerStatus()).isEqualTo("off");
  }

  @Test
  void aLostAnswerIsRepeatedForAReadButNeverForACommand() {
    long serverId = takeFree(s -> s.powerStatus().equals("on"));
    sim.inject(Fault.connectionResetAfterProcessing().on(Panel.DCIMANAGER).method("GET").times(1));
    sim.inject(Fault.htmlErrorPage().on(Panel.DCIMANAGER).method("GET").times(1));

    assertThat(dci.servers().get(serverId).id()).isEqualTo(serverId);
    assertThat(sim.calls(Panel.DCIMANAGER)).extracting(RecordedCall::status).containsExactly(0, 502, 200);

    sim.clearCalls();
    sim.inject(Fault.connectionResetAfterProcessing().on(Panel.DCIMANAGER).method("POST").times(1));
    assertThatThrownBy(() -> dci.power().off(serverId)).isInstanceOf(PanelConnectionException.class);
    assertThat(sim.calls(Panel.DCIMANAGER)).singleElement()
        .satisfies(call -> assertThat(call.fault()).isEqualTo(Fault.Kind.CONNECTION_RESET_AFTER_PROCESSING));
    // The panel did power it off: the caller reads the state before deciding to send it again.
    assertThat(dci.power().status(serverId)).isEqualTo(PowerStatus.OFF);

    sim.inject(Fault.malformedJson().on(Panel.DCIMANAGER).method("GET").times(1));
    assertThatThrownBy(() -> dci.servers().get(serverId)).isInstanceOf(PanelResponseException.class);
  }

  // ---- helpers ----

  /**
   * A free, idle server of the location, ready as the availability rule wants it, that no other test took, and
   * that also matches the test's own need.
   */
  private static long takeFree(Predicate<ServerSnapshot> need) {
    for (long id = 1; id <= sim.serverCount(); id++) {
      ServerSnapshot s = sim.server(id);
      boolean ready = s.owner().isEmpty() && s.location().id() == LOCATION && !s.configuration().isEmpty()
          && !s.hasErrors() && !s.maintenanceMode() && s.exploitationStatus().equals("in_exploitation")
          && s.operation().map(op -> Set.of("ok", "canceled").contains(op.status())).orElse(true);
      if (ready && need.test(s) && TAKEN.add(id)) {
        return id;
      }
    }
    throw new AssertionError("the generated inventory has no more free servers of that kind");
  }

  private static long firstServerIn(long location) {
    for (long id = 1; id <= sim.serverCount(); id++) {
      if (sim.server(id).location().id() == location) {
        return id;
      }
    }
    throw new AssertionError("no server in location " + location);
  }

  private static boolean hasIpmiAndNetworkPorts(ServerSnapshot server) {
    return server.switchPorts().stream().anyMatch(ServerSnapshot.SwitchPort::ipmi)
        && server.switchPorts().stream().anyMatch(port -> !port.ipmi());
  }

  private static Duration elapsed() {
    return Duration.between(Panels.START, sim.clock().now());
  }

  private static String parameter(String query, String name) {
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Everything the availability rule and the lifecycles read, compared field by field with the simulator's. */
  private static void assertSameServer(Server parsed, ServerSnapshot simulated, boolean detailed) {
    String where = "server " + simulated.id();
    assertThat(parsed.id()).as(where).isEqualTo(simulated.id());
    assertThat(parsed.name()).as(where).contains(simulated.name());
    assertThat(parsed.configuration()).as(where).isEqualTo(simulated.configuration());
    assertThat(parsed.isCustomConfiguration()).as(where).isEqualTo(simulated.customConfiguration());
    assertThat(parsed.rawExploitationStatus()).as(where).contains(simulated.exploitationStatus());
    assertThat(parsed.rawExploitationStatus()).as(where).hasValueSatisfying(word -> assertThat(word).isNotBlank());
    // Only in_exploitation is seen; any other word (the simulator's not_in_exploitation) means out of operation.
    assertThat(parsed.exploitationStatus() == ExploitationStatus.IN_EXPLOITATION).as(where)
        .isEqualTo(simulated.exploitationStatus().equals("in_exploitation"));
    assertThat(parsed.hasErrors()).as(where).isEqualTo(simulated.hasErrors());
    assertThat(parsed.diagError().map(v -> v.text())).as(where).isEqualTo(simulated.diagError());
    assertThat(parsed.maintenanceMode()).as(where).contains(simulated.maintenanceMode());
    assertThat(parsed.isNew()).as(where).isEqualTo(simulated.isNew());
    assertThat(parsed.rawState()).as(where).contains(simulated.state());
    // The value set of state is not documented: ok is known, the simulator's error reads as UNKNOWN (the
    // availability rule reads status errors from has_errors and state_info, which are compared here).
    assertThat(parsed.rawState()).as(where).hasValueSatisfying(word -> assertThat(word).isNotBlank());
    assertThat(parsed.state() == ServerState.OK).as(where).isEqualTo(simulated.state().equals("ok"));
    assertThat(parsed.stateInfo().isPresent()).as(where).isEqualTo(simulated.stateInfo().isPresent());
    assertThat(parsed.mac()).as(where).isEqualTo(simulated.mac());
    assertThat(parsed.locationId()).as(where).contains(simulated.location().id());
    assertThat(parsed.location().flatMap(Location::name)).as(where).contains(simulated.location().name());
    assertThat(parsed.rawPowerStatus()).as(where).contains(simulated.powerStatus());
    // A power status is always said (the simulator's own "unknown" included), never missing or blank.
    assertThat(parsed.rawPowerStatus()).as(where).hasValueSatisfying(word -> assertThat(word).isNotBlank());
    assertThat(parsed.owner().map(o -> o.id())).as(where)
        .isEqualTo(simulated.owner().map(ServerSnapshot.Owner::id));
    assertThat(parsed.ownerEmail()).as(where).isEqualTo(simulated.owner().map(ServerSnapshot.Owner::email));
    if (simulated.operation().isEmpty()) {
      assertThat(parsed.operation()).as(where).isEmpty();
    } else {
      OperationSnapshot op = simulated.operation().orElseThrow();
      assertThat(parsed.operation()).as(where).get().satisfies(o -> {
        assertThat(o.id()).isEqualTo(op.id());
        assertThat(o.rawStatus()).contains(op.status());
        assertThat(o.status()).isNotEqualTo(OperationStatus.UNKNOWN);
        assertThat(o.rawType()).contains(op.type());
        assertThat(o.type()).isNotEqualTo(OperationType.UNKNOWN);
      });
    }
    assertThat(parsed.osTemplate().map(OsTemplate::id)).as(where)
        .isEqualTo(simulated.osTemplate().map(ServerSnapshot.OsTemplate::id));
    assertThat(parsed.ips()).as(where).extracting(Ip::address)
        .containsExactlyElementsOf(simulated.ips().stream().map(ServerSnapshot.Ip::address).toList());
    assertThat(parsed.mainIpv4Address()).as(where).isEqualTo(simulated.mainIpv4());
    List<ServerSnapshot.SwitchPort> ports = simulated.switchPorts();
    assertThat(parsed.switchConnections()).as(where).hasSize(ports.size());
    for (int i = 0; i < ports.size(); i++) {
      SwitchConnection c = parsed.switchConnections().get(i);
      assertThat(c.id()).as(where).isEqualTo(ports.get(i).id());
      assertThat(c.switchId()).as(where).contains(ports.get(i).switchId());
      assertThat(c.isIpmiConnection()).as(where).isEqualTo(ports.get(i).ipmi());
      assertThat(c.rawAdminStatus()).as(where).contains(ports.get(i).adminStatus());
      assertThat(c.adminStatus()).as(where).isNotEqualTo(PortStatus.UNKNOWN);
    }
    // The panel sends pdu_connection as an array, an empty array or one object: every shape reads the same.
    assertThat(parsed.pduConnections()).as(where).hasSize(simulated.pduConnections().size());
    for (int i = 0; i < simulated.pduConnections().size(); i++) {
      assertThat(parsed.pduConnections().get(i).pduId()).as(where)
          .contains(simulated.pduConnections().get(i).pduId());
      assertThat(parsed.pduConnections().get(i).identity()).as(where)
          .contains(simulated.pduConnections().get(i).identity());
    }
    if (detailed) {
      assertThat(parsed.hardwareInfo()).as(where).get()
          .satisfies(hw -> assertThat(hw.textAt("motherboard", "model")).contains(simulated.hardware().motherboard()));
    }
  }
}
