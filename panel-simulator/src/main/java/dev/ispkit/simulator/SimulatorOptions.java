package dev.ispkit.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link PanelSimulator} starts: port, inventory size and seed, credentials, clock and the durations of
 * everything that takes time. Every setting has a default, so {@code SimulatorOptions.defaults()} is a working
 * simulator.
 *
 * <pre>{@code
 * SimulatorOptions options = SimulatorOptions.builder()
 *     .servers(500).locations(3).seed(42)
 *     .clock(SimulatorClock.manual(Instant.parse("2025-06-01T09:00:00Z")))
 *     .installDuration(Duration.ofMinutes(20))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: port 0 (a free one), host {@code 127.0.0.1}, 40 servers over 3 locations, seed 1; panel admin
 * {@value #DEFAULT_ADMIN_EMAIL} / {@value #DEFAULT_ADMIN_PASSWORD}; BILLmanager reseller
 * {@value #DEFAULT_BILLING_USER} / {@value #DEFAULT_BILLING_PASSWORD} with a balance of 1000.00; sessions of one
 * hour; the system clock with compressed durations (diagnostics 3 s, OS install 5 s, VM tasks 1 s, license key
 * 1 s).
 */
public final class SimulatorOptions {
  /** The DCImanager and VMmanager administrator's e-mail unless set. */
  public static final String DEFAULT_ADMIN_EMAIL = "admin@example.com";
  /** The administrator's password unless set. */
  public static final String DEFAULT_ADMIN_PASSWORD = "simulator-admin";
  /** The BILLmanager license reseller's user name unless set. */
  public static final String DEFAULT_BILLING_USER = "reseller";
  /** The reseller's password unless set. */
  public static final String DEFAULT_BILLING_PASSWORD = "simulator-billing";

  private final int port;
  private final String host;
  private final int servers;
  private final int locations;
  private final long seed;
  private final int licenses;
  private final String adminEmail;
  private final String adminPassword;
  private final String billingUser;
  private final String billingPassword;
  private final BigDecimal balance;
  private final Duration sessionPeriod;
  private final Duration billingSessionPeriod;
  private final SimulatorClock clock;
  private final Duration diagDuration;
  private final Duration installDuration;
  private final Duration taskDuration;
  private final Duration licenseKeyDelay;
  private final int recordLimit;
  private final boolean singleElemAsObject;

  private SimulatorOptions(Builder b) {
    this.port = b.port;
    this.host = b.host;
    this.servers = b.servers;
    this.locations = b.locations;
    this.seed = b.seed;
    this.licenses = b.licenses;
    this.adminEmail = b.adminEmail;
    this.adminPassword = b.adminPassword;
    this.billingUser = b.billingUser;
    this.billingPassword = b.billingPassword;
    this.balance = b.balance;
    this.sessionPeriod = b.sessionPeriod;
    this.billingSessionPeriod = b.billingSessionPeriod;
    this.clock = b.clock != null ? b.clock : SimulatorClock.system();
    this.diagDuration = b.diagDuration;
    this.installDuration = b.installDuration;
    this.taskDuration = b.taskDuration;
    this.licenseKeyDelay = b.licenseKeyDelay;
    this.recordLimit = b.recordLimit;
    this.singleElemAsObject = b.singleElemAsObject;
  }

  /** Every default. */
  public static SimulatorOptions defaults() {
    return builder().build();
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.port = port;
    b.host = host;
    b.servers = servers;
    b.locations = locations;
    b.seed = seed;
    b.licenses = licenses;
    b.adminEmail = adminEmail;
    b.adminPassword = adminPassword;
    b.billingUser = billingUser;
    b.billingPassword = billingPassword;
    b.balance = balance;
    b.sessionPeriod = sessionPeriod;
    b.billingSessionPeriod = billingSessionPeriod;
    b.clock = clock;
    b.diagDuration = diagDuration;
    b.installDuration = installDuration;
    b.taskDuration = taskDuration;
    b.licenseKeyDelay = licenseKeyDelay;
    b.recordLimit = recordLimit;
    b.singleElemAsObject = singleElemAsObject;
    return b;
  }

  /** The port to listen on; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** The address to bind. */
  public String host() {
    return host;
  }

  /** How many dedicated servers the generator makes. */
  public int servers() {
    return servers;
  }

  /** Over how many DCImanager locations. */
  public int locations() {
    return locations;
  }

  /** The generator's seed: the same seed gives the same inventory, byte for byte. */
  public long seed() {
    return seed;
  }

  /** How many licenses the license server holds at start (some bound, some in the free pool). */
  public int licenses() {
    return licenses;
  }

  /** The DCImanager and VMmanager administrator's e-mail. */
  public String adminEmail() {
    return adminEmail;
  }

  /** The administrator's password. */
  public String adminPassword() {
    return adminPassword;
  }

  /** The BILLmanager reseller's user name. */
  public String billingUser() {
    return billingUser;
  }

  /** The reseller's password. */
  public String billingPassword() {
    return billingPassword;
  }

  /** The reseller's balance at start. */
  public BigDecimal balance() {
    return balance;
  }

  /** How long an auth v4 token lives after login. */
  public Duration sessionPeriod() {
    return sessionPeriod;
  }

  /** How long a BILLmanager session lives after its last use. */
  public Duration billingSessionPeriod() {
    return billingSessionPeriod;
  }

  /** The clock everything runs on. */
  public SimulatorClock clock() {
    return clock;
  }

  /** How long a DCImanager diagnostics operation runs. */
  public Duration diagDuration() {
    return diagDuration;
  }

  /** How long a DCImanager OS installation runs. */
  public Duration installDuration() {
    return installDuration;
  }

  /** How long a VMmanager task runs. */
  public Duration taskDuration() {
    return taskDuration;
  }

  /** How long a freshly ordered license waits for its key (status 5, processing). */
  public Duration licenseKeyDelay() {
    return licenseKeyDelay;
  }

  /** How many calls are kept for inspection; the oldest are dropped beyond it. */
  public int recordLimit() {
    return recordLimit;
  }

  /** Whether a BILLmanager list of one record answers {@code elem} as an object, as some servers are reported to. */
  public boolean singleElemAsObject() {
    return singleElemAsObject;
  }

  /** Builds {@link SimulatorOptions}; every value is checked when set. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private int servers = 40;
    private int locations = 3;
    private long seed = 1;
    private int licenses = 8;
    private String adminEmail = DEFAULT_ADMIN_EMAIL;
    private String adminPassword = DEFAULT_ADMIN_PASSWORD;
    private String billingUser = DEFAULT_BILLING_USER;
    private String billingPassword = DEFAULT_BILLING_PASSWORD;
    private BigDecimal balance = new BigDecimal("1000.00");
    private Duration sessionPeriod = Duration.ofHours(1);
    private Duration billingSessionPeriod = Duration.ofHours(1);
    private SimulatorClock clock;
    private Duration diagDuration = Duration.ofSeconds(3);
    private Duration installDuration = Duration.ofSeconds(5);
    private Duration taskDuration = Duration.ofSeconds(1);
    private Duration licenseKeyDelay = Duration.ofSeconds(1);
    private int recordLimit = 10_000;
    private boolean singleElemAsObject;

    private Builder() {}

    /** Port to listen on, 0 for a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** Address to bind, e.g. {@code 0.0.0.0} to serve other machines. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Number of dedicated servers, 0..1 000 000. */
    public Builder servers(int servers) {
      if (servers < 0 || servers > 1_000_000) {
        throw new IllegalArgumentException("servers must be 0..1000000: " + servers);
      }
      this.servers = servers;
      return this;
    }

    /** Number of locations, 1..64. */
    public Builder locations(int locations) {
      if (locations < 1 || locations > 64) {
        throw new IllegalArgumentException("locations must be 1..64: " + locations);
      }
      this.locations = locations;
      return this;
    }

    /** The generator's seed. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Licenses on the license server at start, 0..10 000. */
    public Builder licenses(int licenses) {
      if (licenses < 0 || licenses > 10_000) {
        throw new IllegalArgumentException("licenses must be 0..10000: " + licenses);
      }
      this.licenses = licenses;
      return this;
    }

    /** The panel administrator (auth v4) credentials. */
    public Builder admin(String email, String password) {
      this.adminEmail = requireText(email, "admin email");
      this.adminPassword = requireText(password, "admin password");
      return this;
    }

    /** The BILLmanager reseller credentials ({@code authinfo=user:password}). */
    public Builder billing(String user, String password) {
      this.billingUser = requireText(user, "billing user");
      this.billingPassword = requireText(password, "billing password");
      return this;
    }

    /** The reseller's balance at start. */
    public Builder balance(BigDecimal balance) {
      this.balance = Objects.requireNonNull(balance, "balance");
      return this;
    }

    /** Lifetime of an auth v4 token. */
    public Builder sessionPeriod(Duration period) {
      this.sessionPeriod = positive(period, "sessionPeriod");
      return this;
    }

    /** Idle lifetime of a BILLmanager session. */
    public Builder billingSessionPeriod(Duration period) {
      this.billingSessionPeriod = positive(period, "billingSessionPeriod");
      return this;
    }

    /** The clock; {@link SimulatorClock#manual(java.time.Instant)} for deterministic tests. */
    public Builder clock(SimulatorClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Duration of a diagnostics operation. */
    public Builder diagDuration(Duration duration) {
      this.diagDuration = positive(duration, "diagDuration");
      return this;
    }

    /** Duration of an OS installation. */
    public Builder installDuration(Duration duration) {
      this.installDuration = positive(duration, "installDuration");
      return this;
    }

    /** Duration of a VMmanager task. */
    public Builder taskDuration(Duration duration) {
      this.taskDuration = positive(duration, "taskDuration");
      return this;
    }

    /** Wait before an ordered license gets its key. */
    public Builder licenseKeyDelay(Duration delay) {
      Objects.requireNonNull(delay, "licenseKeyDelay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("licenseKeyDelay must not be negative: " + delay);
      }
      this.licenseKeyDelay = delay;
      return this;
    }

    /** How many recorded calls to keep, at least 1. */
    public Builder recordLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("recordLimit must be at least 1: " + limit);
      }
      this.recordLimit = limit;
      return this;
    }

    /** Answer a BILLmanager list of one record with {@code elem} as an object instead of an array. */
    public Builder singleElemAsObject(boolean enabled) {
      this.singleElemAsObject = enabled;
      return this;
    }

    /** The options. */
    public SimulatorOptions build() {
      return new SimulatorOptions(this);
    }

    private static String requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return value;
    }

    private static Duration positive(Duration value, String what) {
      Objects.requireNonNull(value, what);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
      return value;
    }
  }
}
