package dev.ispkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.engine.license.LicenseClaims;
import dev.ispkit.engine.port.ServerClaims;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server or a license is held by at most one service across nodes, idempotently, and after restarts. */
final class PostgresClaimsTest {
  private static final String PANEL = "https://dci.example.com";
  private TestDatabase database;
  private List<PostgresStores> nodes;

  @BeforeEach
  void open() {
    database = TestDatabase.open();
    nodes = List.of(PostgresStores.create(database.node("claims-a", 8)),
        PostgresStores.create(database.node("claims-b", 8)), PostgresStores.create(database.node("claims-c", 8)));
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aServerClaimIsOneServicesIdempotentAndReleasedOnlyByItsHolder() {
    ServerClaims a = nodes.get(0).serverClaims();
    ServerClaims b = nodes.get(1).serverClaims();

    assertThat(a.claim(PANEL, 4012, "svc-1")).isTrue();
    assertThat(b.claim(PANEL, 4012, "svc-2")).isFalse();
    assertThat(b.claim(PANEL, 4012, "svc-1")).as("the holder again, from another node").isTrue();
    assertThat(b.claim("https://dci-2.example.com", 4012, "svc-2")).as("another panel's server 4012").isTrue();
    b.release(PANEL, 4012, "svc-2");
    assertThat(a.holder(PANEL, 4012)).contains("svc-1");

    a.release(PANEL, 4012, "svc-1");
    assertThat(b.holder(PANEL, 4012)).isEmpty();
    assertThat(b.claim(PANEL, 4012, "svc-2")).isTrue();
  }

  @Test
  void aClaimOutlivesARestart() {
    nodes.get(0).serverClaims().claim(PANEL, 7, "svc-1");
    nodes.get(0).licenseClaims().claim(81234, "svc-1");

    PostgresStores restarted = PostgresStores.create(database.node("claims-restarted", 2));

    assertThat(restarted.serverClaims().holder(PANEL, 7)).contains("svc-1");
    assertThat(restarted.licenseClaims().claimedBy("svc-1")).containsExactly(81234L);
    assertThat(restarted.licenseClaims().claim(81234, "svc-2")).isFalse();
  }

  @Test
  void aLicenseClaimIsOneServicesAndGoesBackToThePoolOnRelease() {
    LicenseClaims a = nodes.get(0).licenseClaims();
    LicenseClaims b = nodes.get(1).licenseClaims();

    assertThat(a.claim(81234, "svc-1")).isTrue();
    assertThat(a.claim(81235, "svc-1")).isTrue();
    assertThat(b.claim(81234, "svc-2")).isFalse();
    assertThat(b.claimedBy("svc-1")).containsExactlyInAnyOrder(81234L, 81235L);

    b.release(81234, "svc-2");
    a.release(81234, "svc-1");
    assertThat(b.claim(81234, "svc-2")).isTrue();
    assertThat(a.claimedBy("svc-1")).containsExactly(81235L);
    assertThat(a.claimedBy("svc-9")).isEmpty();
  }

  @Test
  void fortyEightServicesRacingFromThreeNodesForTenServersAndTenLicensesGetEachOnceAtMost() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(48);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Map<String, String>>> raced = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        PostgresStores node = nodes.get(i % 3);
        String service = "svc-" + i;
        raced.add(threads.submit(() -> {
          go.await();
          Map<String, String> won = new HashMap<>();
          for (long id = 1; id <= 10; id++) {
            if (node.serverClaims().claim(PANEL, id, service)) {
              won.put("server " + id, service);
              break;
            }
          }
          for (long id = 1; id <= 10; id++) {
            if (node.licenseClaims().claim(id, service)) {
              won.put("license " + id, service);
              break;
            }
          }
          return won;
        }));
      }
      go.countDown();
      Map<String, String> holders = new HashMap<>();
      for (Future<Map<String, String>> won : raced) {
        won.get().forEach((thing, service) ->
            assertThat(holders.putIfAbsent(thing, service)).as(thing + " won twice").isNull());
      }
      assertThat(holders).hasSize(20);
      for (long id = 1; id <= 10; id++) {
        assertThat(nodes.get(2).serverClaims().holder(PANEL, id)).contains(holders.get("server " + id));
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
