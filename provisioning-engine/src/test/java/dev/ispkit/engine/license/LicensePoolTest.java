package dev.ispkit.engine.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LicensePoolTest {
  private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private final LicensePool pool = new LicensePool(LicenseClaims.inMemory(), CLOCK);

  private static License.Builder free(long id) {
    return License.builder().id(id).pricelistId(3541).name("free.lic").ip("0.0.0.0").status(LicenseStatus.ACTIVE)
        .expiresOn(LocalDate.parse("2025-09-01"))
        .ipChangedAt(Instant.parse("2025-04-01T00:00:00Z"))
        .keyChangedAt(Instant.parse("2025-04-01T00:00:00Z"));
  }

  static Stream<Arguments> eachFreenessConditionFailsAlone() {
    return Stream.of(
        Arguments.of("ordered", (UnaryOperator<License.Builder>) b -> b.status(LicenseStatus.ORDERED),
            FreenessCondition.ACTIVE_OR_SUSPENDED),
        Arguments.of("deleted", (UnaryOperator<License.Builder>) b -> b.status(LicenseStatus.DELETED),
            FreenessCondition.ACTIVE_OR_SUSPENDED),
        Arguments.of("processing", (UnaryOperator<License.Builder>) b -> b.status(LicenseStatus.PROCESSING),
            FreenessCondition.ACTIVE_OR_SUSPENDED),
        Arguments.of("status the adapter could not map",
            (UnaryOperator<License.Builder>) b -> b.status(LicenseStatus.UNKNOWN),
            FreenessCondition.ACTIVE_OR_SUSPENDED),
        Arguments.of("named for a service", (UnaryOperator<License.Builder>) b -> b.name("Item #1042 addon"),
            FreenessCondition.NAMED_FREE_LIC),
        Arguments.of("bound to an IP", (UnaryOperator<License.Builder>) b -> b.ip("203.0.113.7"),
            FreenessCondition.BOUND_TO_NO_IP),
        Arguments.of("expires today", (UnaryOperator<License.Builder>) b -> b.expiresOn(LocalDate.parse("2025-06-15")),
            FreenessCondition.NOT_EXPIRED),
        Arguments.of("expired", (UnaryOperator<License.Builder>) b -> b.expiresOn(LocalDate.parse("2025-01-01")),
            FreenessCondition.NOT_EXPIRED),
        Arguments.of("IP changed a month ago to the second",
            (UnaryOperator<License.Builder>) b -> b.ipChangedAt(Instant.parse("2025-05-15T12:00:00Z")),
            FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO),
        Arguments.of("key changed last week",
            (UnaryOperator<License.Builder>) b -> b.keyChangedAt(Instant.parse("2025-06-08T00:00:00Z")),
            FreenessCondition.KEY_CHANGED_OVER_A_MONTH_AGO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void eachFreenessConditionFailsAlone(String rule, UnaryOperator<License.Builder> breakIt,
      FreenessCondition failed) {
    License license = breakIt.apply(free(1)).build();

    assertThat(pool.failedConditions(license)).containsExactly(failed);
    assertThat(pool.isFree(license)).isFalse();
  }

  @Test
  void suspendedLicenseChangedJustOverAMonthAgoIsFree() {
    License suspended = free(1).status(LicenseStatus.SUSPENDED)
        .ipChangedAt(Instant.parse("2025-05-15T11:59:59Z")).keyChangedAt(Instant.parse("2025-05-15T11:59:59Z"))
        .build();

    assertThat(pool.failedConditions(suspended)).isEmpty();
  }

  static Stream<Arguments> anUnknownChangeTimeIsNeverLongAgo() {
    return Stream.of(
        Arguments.of("IP change time unknown", (UnaryOperator<License.Builder>) b -> b.ipChangedAt(null),
            Set.of(FreenessCondition.IP_CHANGE_TIME_KNOWN, FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO)),
        Arguments.of("key change time unknown", (UnaryOperator<License.Builder>) b -> b.keyChangedAt(null),
            Set.of(FreenessCondition.KEY_CHANGE_TIME_KNOWN, FreenessCondition.KEY_CHANGED_OVER_A_MONTH_AGO)),
        Arguments.of("both unknown", (UnaryOperator<License.Builder>) b -> b.ipChangedAt(null).keyChangedAt(null),
            Set.of(FreenessCondition.IP_CHANGE_TIME_KNOWN, FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO,
                FreenessCondition.KEY_CHANGE_TIME_KNOWN, FreenessCondition.KEY_CHANGED_OVER_A_MONTH_AGO)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void anUnknownChangeTimeIsNeverLongAgo(String rule, UnaryOperator<License.Builder> forget,
      Set<FreenessCondition> failed) {
    License unknown = forget.apply(free(1)).build();
    List<License> read = List.of(unknown);

    assertThat(pool.failedConditions(unknown)).containsExactlyInAnyOrderElementsOf(failed);
    assertThat(pool.candidates(read, 3541)).isEmpty();
    assertThat(pool.claim(read, 3541, "svc-1")).isEmpty();
  }

  @Test
  void aLicenseBuiltWithoutChangeTimesHasThemUnknown() {
    License license = License.builder().id(1).pricelistId(3541).name("free.lic").ip("0.0.0.0")
        .status(LicenseStatus.ACTIVE).expiresOn(LocalDate.parse("2025-09-01")).build();

    assertThat(license.ipChangedAt()).isEmpty();
    assertThat(license.keyChangedAt()).isEmpty();
    assertThat(pool.isFree(license)).isFalse();
  }

  @Test
  void onlyTheSamePricelistAndTheOneExpiringSoonestFirst() {
    List<License> licenses = List.of(
        free(1).expiresOn(LocalDate.parse("2025-12-01")).build(),
        free(2).pricelistId(4601).expiresOn(LocalDate.parse("2025-07-01")).build(),
        free(3).expiresOn(LocalDate.parse("2025-08-01")).build(),
        free(4).expiresOn(LocalDate.parse("2025-08-01")).build(),
        free(5).name("taken").expiresOn(LocalDate.parse("2025-06-20")).build());

    assertThat(pool.candidates(licenses, 3541)).extracting(License::id).containsExactly(3L, 4L, 1L);
    assertThat(pool.claim(licenses, 3541, "svc-1")).map(License::id).contains(3L);
    assertThat(pool.claim(licenses, 3541, "svc-2")).map(License::id).contains(4L);
    assertThat(pool.claim(licenses, 3541, "svc-3")).map(License::id).contains(1L);
    assertThat(pool.claim(licenses, 3541, "svc-4")).isEmpty();
  }

  @Test
  void claimIsIdempotentPerServiceAndReleaseReturnsTheLicenseToThePool() {
    List<License> licenses = List.of(free(1).build(), free(2).expiresOn(LocalDate.parse("2025-07-01")).build());

    Optional<License> first = pool.claim(licenses, 3541, "svc-1");
    Optional<License> again = pool.claim(licenses, 3541, "svc-1");
    pool.release(first.orElseThrow().id(), "svc-1");
    Optional<License> other = pool.claim(licenses, 3541, "svc-2");

    assertThat(first).map(License::id).contains(2L);
    assertThat(again).isEqualTo(first);
    assertThat(other).map(License::id).contains(2L);
  }

  @Test
  void twoConcurrentOrdersNeverClaimTheSameLicense() throws Exception {
    List<License> licenses = new ArrayList<>();
    for (int id = 1; id <= 20; id++) {
      licenses.add(free(id).build());
    }
    for (int round = 0; round < 50; round++) {
      LicensePool shared = new LicensePool(LicenseClaims.inMemory(), CLOCK);
      ExecutorService orders = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      Set<Long> won = ConcurrentHashMap.newKeySet();
      List<Long> claims = Collections.synchronizedList(new ArrayList<>());
      for (int order = 0; order < 32; order++) {
        String service = "svc-" + order;
        orders.execute(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          shared.claim(licenses, 3541, service).ifPresent(license -> {
            claims.add(license.id());
            won.add(license.id());
          });
        });
      }
      start.countDown();
      orders.shutdown();
      assertThat(orders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      assertThat(claims).hasSize(20).doesNotHaveDuplicates();
      assertThat(won).hasSize(20);
    }
  }
}
