package dev.ispkit.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The license server's state: pricelists, licenses, the reseller's balance and sessions. Licenses at start are
 * made from the seed relative to the clock's start: some bound to an IP, some in the free pool ({@code free.lic}
 * on {@code 0.0.0.0}) long enough to be reused, some not yet, one expired.
 */
final class Billing {
  /** A license that is not prolonged is deleted this many days after it expired (the renewal KB article). */
  static final int DELETE_AFTER_EXPIRY_DAYS = 30;
  private static final char[] KEY_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  static final Map<Long, License.Pricelist> PRICELISTS = new LinkedHashMap<>();

  static {
    for (Object[] p : new Object[][] {
        {3541L, "ISPmanager 5 Lite", "4.00"}, {4601L, "ISPmanager 5 Business", "12.00"},
        {3045L, "VMmanager 5 KVM", "8.00"}, {3651L, "VMmanager 5 OVZ", "8.00"},
        {3887L, "VMmanager 5 Cloud", "80.00"}, {55227L, "ispmanager 6 Lite", "5.00"},
        {55228L, "ispmanager 6 Pro", "10.00"}, {55229L, "ispmanager 6 Host", "20.00"},
        {55230L, "ispmanager 6 Business", "30.00"}, {55331L, "BILLmanager 6 Startup", "10.00"},
        {55333L, "BILLmanager 6 Advanced", "30.00"}, {55335L, "BILLmanager 6 Corporate", "60.00"}}) {
      PRICELISTS.put((Long) p[0], new License.Pricelist((Long) p[0], (String) p[1], new BigDecimal((String) p[2])));
    }
  }

  /** ISPsystem licenses are sold for one month or one year. */
  static final List<Integer> PERIODS = List.of(1, 12);

  record Session(String id, String user, Instant lastUsed) {}

  final Map<Long, License> licenses = new LinkedHashMap<>();
  final Map<String, Session> sessions = new LinkedHashMap<>();
  private final Map<String, Deque<PanelException>> scriptedErrors = new HashMap<>();
  private final Random random;
  final Duration keyDelay;
  BigDecimal balance;
  long nextId = 300_001;

  Billing(SimulatorOptions options, Random random) {
    this.random = random;
    this.keyDelay = options.licenseKeyDelay();
    this.balance = options.balance();
    seed(options, options.clock().now());
  }

  static LocalDate date(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private void seed(SimulatorOptions options, Instant now) {
    Random rnd = new Random(options.seed() ^ 0x5DEECE66DL);
    List<Long> ids = List.copyOf(PRICELISTS.keySet());
    LocalDate today = date(now);
    for (int i = 0; i < options.licenses(); i++) {
      License.Pricelist pricelist = PRICELISTS.get(ids.get(rnd.nextInt(5)));
      int period = rnd.nextBoolean() ? 1 : 12;
      LocalDate created = today.minusMonths(2 + rnd.nextInt(10));
      License l;
      switch (i % 4) {
        case 0:
          l = new License(nextId++, pricelist, period, "Item #" + (1000 + i) + " addon srv" + i,
              "203.0.113." + (10 + i), License.ACTIVE, created, today.plusMonths(1 + rnd.nextInt(6)),
              now.minus(Duration.ofDays(60)));
          break;
        case 1:
          // In the pool and idle long enough: the free-license rule may reuse it.
          l = new License(nextId++, pricelist, period, "free.lic", "0.0.0.0", License.ACTIVE, created,
              today.plusMonths(2 + rnd.nextInt(6)), now.minus(Duration.ofDays(40 + rnd.nextInt(30))));
          break;
        case 2:
          // In the pool but changed ten days ago: not reusable before a month has passed.
          l = new License(nextId++, pricelist, period, "free.lic", "0.0.0.0", License.SUSPENDED, created,
              today.plusMonths(1 + rnd.nextInt(6)), now.minus(Duration.ofDays(10)));
          break;
        default:
          l = new License(nextId++, pricelist, period, "Item #" + (1000 + i) + " addon srv" + i,
              "203.0.113." + (10 + i), License.SUSPENDED, created, today.minusDays(3),
              now.minus(Duration.ofDays(90)));
          l.expired = true;
          break;
      }
      l.lickey = key(rnd);
      licenses.put(l.id, l);
    }
  }

  String newKey() {
    return key(random);
  }

  private static String key(Random rnd) {
    StringBuilder out = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      out.append(KEY_CHARS[rnd.nextInt(KEY_CHARS.length)]);
    }
    return out.toString();
  }

  String newSessionId() {
    return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | 1L);
  }

  static BigDecimal price(License.Pricelist pricelist, int period) {
    return pricelist.monthly().multiply(BigDecimal.valueOf(period));
  }

  void scriptError(String func, PanelException error) {
    scriptedErrors.computeIfAbsent(func, k -> new ArrayDeque<>()).add(error);
  }

  PanelException takeScriptedError(String func) {
    Deque<PanelException> queue = scriptedErrors.get(func);
    return queue == null ? null : queue.poll();
  }

  /** Issues keys that are due, suspends licenses past their expiry date, deletes those 30 days past it. */
  void advance(Instant now) {
    LocalDate today = date(now);
    for (License l : licenses.values()) {
      if (l.keyDueAt != null && !now.isBefore(l.keyDueAt)) {
        l.keyDueAt = null;
        l.lickey = newKey();
        l.keyChangedAt = now;
        if (l.status == License.PROCESSING) {
          l.status = License.ACTIVE;
        }
      }
      if ((l.status == License.ACTIVE || l.status == License.SUSPENDED) && today.isAfter(l.expiredate)) {
        if (l.status == License.ACTIVE) {
          l.status = License.SUSPENDED;
          l.expired = true;
        }
        if (!today.isBefore(l.expiredate.plusDays(DELETE_AFTER_EXPIRY_DAYS))) {
          l.status = License.DELETED;
        }
      }
    }
  }
}
