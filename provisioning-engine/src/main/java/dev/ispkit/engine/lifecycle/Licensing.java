package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.license.LicensePool;
import dev.ispkit.engine.license.LicenseStatus;
import dev.ispkit.engine.module.ProcessingModule;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.Facts;
import dev.ispkit.engine.port.LicenseServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The control-panel license of a service, the way BILLmanager's processing modules handle it: a free license of the
 * same pricelist from the pool first (renamed to the service, bound to its IP, a new key, resumed and prolonged when
 * needed), else a new one ordered for the mapped period on the service's IP. On delete the license goes back to the
 * pool (named {@code free.lic}, IP {@code 0.0.0.0}, suspended), never deleted.
 */
final class Licensing {
  static final String SOURCE_POOL = "pool";
  static final String SOURCE_ORDER = "order";
  private static final String POOL_LICENSE = "intent.pool_license";
  private static final String INTENT_AT = "intent.at";

  private Licensing() {}

  /** Binds a license to the service when the order names a control panel. */
  static StepOutcome bind(Run run) {
    Order order = run.order();
    if (order.controlPanel().isNone()) {
      return StepOutcome.done();
    }
    Facts facts = run.facts();
    ProcessingModule module = run.environment().module(facts.number(FactNames.MODULE_ID));
    LicenseServer server = run.environment().licenseServer(module);
    long pricelistId = order.controlPanel().pricelistId().orElseThrow();
    String name = run.marker();
    String ip = Services.addresses(facts).stream().findFirst().orElseThrow(() -> new InvalidSettingException(
        "IP addresses", run.serviceId(), "the service has no IP address to bind the license to"));
    Optional<Facts> intent = run.intent();
    if (intent.isPresent() && intent.get().has(POOL_LICENSE)) {
      long licenseId = intent.get().number(POOL_LICENSE);
      Instant since = Instant.ofEpochMilli(intent.get().number(INTENT_AT));
      return reuse(run, server, server.license(licenseId), ip, name, since);
    }
    Optional<License> mine = server.findByName(name);
    if (mine.isPresent()) {
      if (!ip.equals(mine.get().ip())) {
        server.rebind(mine.get().id(), ip, name);
      }
      return StepOutcome.done(Facts.empty().with(FactNames.LICENSE_ID, mine.get().id())
          .with(FactNames.LICENSE_SOURCE, intent.isPresent() ? SOURCE_ORDER : SOURCE_POOL));
    }
    LicensePool pool = run.environment().licensePool();
    List<License> read = server.poolCandidates(pricelistId);
    int freeCount = pool.candidates(read, pricelistId).size();
    run.environment().listen(listener -> listener.freeLicenses(pricelistId, freeCount));
    Optional<License> free = pool.claim(read, pricelistId, run.serviceId());
    if (free.isPresent()) {
      run.environment().listen(listener -> listener.license(pricelistId, LicenseEvent.CLAIMED));
      Instant since = run.now();
      run.recordIntent(Facts.empty().with(POOL_LICENSE, free.get().id()).with(INTENT_AT, since.toEpochMilli()));
      return reuse(run, server, free.get(), ip, name, since);
    }
    Period period = LicensePeriods.forOrder(run.environment(), order, module);
    run.recordIntent(Facts.empty().with(FactNames.MARKER, name));
    long licenseId = server.order(pricelistId, period, ip, name, run.environment().timeouts().licenseKey());
    run.environment().listen(listener -> listener.license(pricelistId, LicenseEvent.ORDERED));
    return StepOutcome.done(Facts.empty().with(FactNames.LICENSE_ID, licenseId)
        .with(FactNames.LICENSE_SOURCE, SOURCE_ORDER).with(FactNames.LICENSE_PERIOD, period.code()));
  }

  /**
   * Takes a license from the pool: what is not done yet of rename + IP, new key, resume, prolong. On any failure it
   * goes back to the pool before the failure is reported.
   */
  private static StepOutcome reuse(Run run, LicenseServer server, License license, String ip, String name,
      Instant since) {
    try {
      if (!name.equals(license.name()) || !ip.equals(license.ip())) {
        server.rebind(license.id(), ip, name);
      }
      if (license.keyChangedAt().map(changed -> changed.isBefore(since)).orElse(true)) {
        server.newKey(license.id());
      }
      if (license.status() == LicenseStatus.SUSPENDED) {
        server.resume(license.id());
      }
      Order order = run.order();
      LocalDate servedUntil = LocalDate.ofInstant(run.now(), ZoneOffset.UTC)
          .plusMonths(order.period().isMonths() ? order.period().code() : 1);
      Period period = LicensePeriods.forOrder(run.environment(), order, run.environment().module(
          run.facts().number(FactNames.MODULE_ID)));
      if (license.expiresOn().isBefore(servedUntil)) {
        server.prolong(license.id(), period);
      }
    } catch (RuntimeException failure) {
      try {
        server.rebind(license.id(), LicensePool.FREE_IP, LicensePool.FREE_NAME);
      } catch (RuntimeException again) {
        failure.addSuppressed(again);
      }
      run.environment().licensePool().release(license.id(), run.serviceId());
      run.environment().listen(listener -> listener.license(license.pricelistId(), LicenseEvent.REUSE_FAILED));
      throw failure;
    }
    run.environment().listen(listener -> listener.license(license.pricelistId(), LicenseEvent.REUSED));
    return StepOutcome.done(Facts.empty().with(FactNames.LICENSE_ID, license.id())
        .with(FactNames.LICENSE_SOURCE, SOURCE_POOL));
  }

  /** Returns the service's license to the pool: {@code free.lic}, {@code 0.0.0.0}, suspended. */
  static StepOutcome release(Run run) {
    Facts facts = run.facts();
    OptionalLong licenseId = facts.optionalNumber(FactNames.LICENSE_ID);
    if (licenseId.isEmpty()) {
      return StepOutcome.done();
    }
    LicenseServer server = run.environment().licenseServer(run.environment().module(facts.number(
        FactNames.MODULE_ID)));
    License license = server.license(licenseId.getAsLong());
    if (!LicensePool.FREE_NAME.equals(license.name()) || !LicensePool.FREE_IP.equals(license.ip())) {
      server.rebind(license.id(), LicensePool.FREE_IP, LicensePool.FREE_NAME);
    }
    if (license.status() != LicenseStatus.SUSPENDED) {
      server.suspend(license.id());
    }
    run.environment().licensePool().release(license.id(), run.serviceId());
    run.environment().listen(listener -> listener.license(license.pricelistId(), LicenseEvent.RETURNED));
    return StepOutcome.done();
  }
}
