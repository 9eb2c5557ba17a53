package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.PanelFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A license server in memory: orders, renames, keys and suspensions change its licenses; every call is written down.
 * Public, and shipped in the engine's test jar, for provisioning-jdbc's cluster tests.
 */
public final class FakeLicenseServer implements LicenseServer {
  private final Map<Long, License> licenses = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final Clock clock;
  private long nextId = 81000;

  public FakeLicenseServer(Clock clock) {
    this.clock = clock;
  }

  public synchronized FakeLicenseServer free(long id, long pricelistId) {
    licenses.put(id, License.builder().id(id).pricelistId(pricelistId).name("free.lic").ip("0.0.0.0")
        .status(LicenseStatus.SUSPENDED).expiresOn(today().plusMonths(6))
        .ipChangedAt(clock.instant().minus(Duration.ofDays(90)))
        .keyChangedAt(clock.instant().minus(Duration.ofDays(90))).build());
    return this;
  }

  synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<String> callsOf(String name) {
    return calls.stream().filter(call -> call.startsWith(name + " ")).toList();
  }

  synchronized License current(long id) {
    return licenses.get(id);
  }

  synchronized List<License> all() {
    return List.copyOf(licenses.values());
  }

  @Override
  public synchronized List<License> poolCandidates(long pricelistId) {
    calls.add("poolCandidates " + pricelistId);
    return licenses.values().stream().filter(license -> license.pricelistId() == pricelistId).toList();
  }

  @Override
  public synchronized Optional<License> findByName(String marker) {
    calls.add("findByName " + marker);
    return licenses.values().stream().filter(license -> license.name().equals(marker)).findFirst();
  }

  @Override
  public synchronized License license(long licenseId) {
    calls.add("license " + licenseId);
    return require(licenseId);
  }

  @Override
  public synchronized long order(long pricelistId, Period period, String ip, String name, Duration timeout) {
    calls.add("order " + pricelistId + " " + period.code() + " " + ip + " " + name);
    long id = nextId++;
    licenses.put(id, License.builder().id(id).pricelistId(pricelistId).name(name).ip(ip)
        .status(LicenseStatus.ACTIVE).expiresOn(today().plusMonths(period.code()))
        .ipChangedAt(clock.instant()).keyChangedAt(clock.instant()).build());
    return id;
  }

  @Override
  public synchronized void rebind(long licenseId, String ip, String name) {
    calls.add("rebind " + licenseId + " " + ip + " " + name);
    License license = require(licenseId);
    licenses.put(licenseId, copy(license).ip(ip).name(name).ipChangedAt(clock.instant()).build());
  }

  @Override
  public synchronized void newKey(long licenseId) {
    calls.add("newKey " + licenseId);
    licenses.put(licenseId, copy(require(licenseId)).keyChangedAt(clock.instant()).build());
  }

  @Override
  public synchronized void prolong(long licenseId, Period period) {
    calls.add("prolong " + licenseId + " " + period.code());
    License license = require(licenseId);
    licenses.put(licenseId, copy(license).expiresOn(license.expiresOn().plusMonths(period.code())).build());
  }

  @Override
  public synchronized void suspend(long licenseId) {
    calls.add("suspend " + licenseId);
    licenses.put(licenseId, copy(require(licenseId)).status(LicenseStatus.SUSPENDED).build());
  }

  @Override
  public synchronized void resume(long licenseId) {
    calls.add("resume " + licenseId);
    licenses.put(licenseId, copy(require(licenseId)).status(LicenseStatus.ACTIVE).build());
  }

  private License require(long licenseId) {
    License license = licenses.get(licenseId);
    if (license == null) {
      throw new PanelFailure(PanelFailure.Kind.NOT_FOUND, "no license " + licenseId, null);
    }
    return license;
  }

  private static License.Builder copy(License license) {
    License.Builder builder = License.builder().id(license.id()).pricelistId(license.pricelistId())
        .name(license.name()).ip(license.ip()).status(license.status()).expiresOn(license.expiresOn());
    license.ipChangedAt().ifPresent(builder::ipChangedAt);
    license.keyChangedAt().ifPresent(builder::keyChangedAt);
    return builder;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
