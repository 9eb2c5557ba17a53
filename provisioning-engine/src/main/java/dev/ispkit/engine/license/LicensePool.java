package dev.ispkit.engine.license;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The free-license pool (seed 004): which licenses read from the license server may be reused for a new service,
 * in which order, and the claim that makes one order the only one to reuse a license.
 *
 * <p>A license is free when it is active or suspended, named {@code free.lic}, bound to {@code 0.0.0.0}, expires
 * later than today, and its IP and key were last changed more than a month ago. "Today" and "a month ago" are
 * calendar dates in the clock's zone; a change time the license server does not give counts as long ago (never
 * changed). Only licenses of the ordered pricelist are candidates.
 *
 * <p>Preference, our rule: the license that expires soonest first, so time already paid for is used before it
 * runs out; then the lowest license id, so the order is total.
 *
 * <pre>{@code
 * LicensePool pool = new LicensePool(LicenseClaims.inMemory(), Clock.systemUTC());
 * Optional<License> reused = pool.claim(licenseServer.licenses(), 3541, serviceId);
 * // rename, change IP, new key, prolong; on any error:
 * pool.release(reused.get().id(), serviceId);
 * }</pre>
 *
 * <p>The claim is held until the service gives the license back: after a delete the lifecycle renames it to
 * {@code free.lic}, binds it to {@code 0.0.0.0}, then releases the claim.
 */
public final class LicensePool {
  /** The name of a license in the pool. */
  public static final String FREE_NAME = "free.lic";
  /** The IP of a license in the pool. */
  public static final String FREE_IP = "0.0.0.0";

  private static final Comparator<License> PREFERENCE =
      Comparator.comparing(License::expiresOn).thenComparingLong(License::id);

  private final LicenseClaims claims;
  private final Clock clock;

  /**
   * Creates the pool.
   *
   * @param claims the claim port
   * @param clock the clock for "today" and "a month ago"
   */
  public LicensePool(LicenseClaims claims, Clock clock) {
    this.claims = InvalidSettingException.requirePresent("license claims", claims);
    this.clock = InvalidSettingException.requirePresent("clock", clock);
  }

  /**
   * The freeness conditions a license fails.
   *
   * @param license the license
   * @return the failed conditions in {@link FreenessCondition} order; empty when the license is free
   */
  public Set<FreenessCondition> failedConditions(License license) {
    InvalidSettingException.requirePresent("license", license);
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    Instant monthAgo = now.minusMonths(1).toInstant();
    EnumSet<FreenessCondition> failed = EnumSet.noneOf(FreenessCondition.class);
    if (license.status() != LicenseStatus.ACTIVE && license.status() != LicenseStatus.SUSPENDED) {
      failed.add(FreenessCondition.ACTIVE_OR_SUSPENDED);
    }
    if (!license.name().equals(FREE_NAME)) {
      failed.add(FreenessCondition.NAMED_FREE_LIC);
    }
    if (!license.ip().equals(FREE_IP)) {
      failed.add(FreenessCondition.BOUND_TO_NO_IP);
    }
    if (!license.expiresOn().isAfter(today)) {
      failed.add(FreenessCondition.NOT_EXPIRED);
    }
    if (license.ipChangedAt().map(changed -> !changed.isBefore(monthAgo)).orElse(false)) {
      failed.add(FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO);
    }
    if (license.keyChangedAt().map(changed -> !changed.isBefore(monthAgo)).orElse(false)) {
      failed.add(FreenessCondition.KEY_CHANGED_OVER_A_MONTH_AGO);
    }
    return Collections.unmodifiableSet(failed);
  }

  /** Whether the license meets all six freeness conditions. */
  public boolean isFree(License license) {
    return failedConditions(license).isEmpty();
  }

  /**
   * The free licenses of a pricelist, in preference order. Claims are not consulted.
   *
   * @param licenses the licenses read from the license server
   * @param pricelistId the ordered license's pricelist
   * @return the candidates, best first
   */
  public List<License> candidates(Collection<License> licenses, long pricelistId) {
    InvalidSettingException.requireNoNulls("licenses", licenses);
    List<License> candidates = new ArrayList<>();
    for (License license : licenses) {
      if (license.pricelistId() == pricelistId && isFree(license)) {
        candidates.add(license);
      }
    }
    candidates.sort(PREFERENCE);
    return List.copyOf(candidates);
  }

  /**
   * Claims the preferred free license of a pricelist for a service. A service that already holds a claim on one of
   * the given licenses of that pricelist gets it back, so a resumed lifecycle does not take a second license.
   *
   * @param licenses the licenses read from the license server
   * @param pricelistId the ordered license's pricelist
   * @param serviceId the service that takes it
   * @return the claimed license, empty when no free license could be claimed (order a new one)
   */
  public Optional<License> claim(Collection<License> licenses, long pricelistId, String serviceId) {
    InvalidSettingException.requireNoNulls("licenses", licenses);
    InvalidSettingException.requireText("service id", serviceId);
    Set<Long> held = claims.claimedBy(serviceId);
    if (!held.isEmpty()) {
      for (License license : licenses) {
        if (license.pricelistId() == pricelistId && held.contains(license.id())) {
          return Optional.of(license);
        }
      }
    }
    for (License candidate : candidates(licenses, pricelistId)) {
      if (claims.claim(candidate.id(), serviceId)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Gives a license back to the pool: after a failed reuse, or after a deleted service's license was renamed to
   * {@code free.lic} and bound to {@code 0.0.0.0}.
   *
   * @param licenseId the license
   * @param serviceId the service that held it
   */
  public void release(long licenseId, String serviceId) {
    claims.release(licenseId, InvalidSettingException.requireText("service id", serviceId));
  }
}
