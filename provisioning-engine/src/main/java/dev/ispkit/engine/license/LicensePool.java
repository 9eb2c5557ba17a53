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
 * later than today, and its IP and key were last changed more than a month ago. "Today" is a calendar date and "a
 * month ago" a calendar month back, both in the clock's zone. A change time the license server did not give is
 * unknown, and a license with an unknown change time is never free ({@link FreenessCondition#IP_CHANGE_TIME_KNOWN},
 * {@link FreenessCondition#KEY_CHANGE_TIME_KNOWN}): taking it for "changed long ago" could spend the server's one IP
 * change a month on a reuse that then fails. Only licenses of the ordered pricelist are candidates.
 *
 * <p>Preference, our rule: the license that expires soonest first, so time already paid for is used before it
 * runs out; then the lowest license id, so the order is total.
 *
 * <p>Where the licenses come from: the adapter reads them with the license client and maps each to this package's
 * {@link License} (the engine never sees the client). The list ({@code func=soft}) lacks the key and the change
 * times, so the client's {@code poolCandidates} lists, then reads in full ({@code soft.edit}) every license the
 * list does not rule out:
 *
 * <pre>{@code
 * LicensePool pool = new LicensePool(LicenseClaims.inMemory(), Clock.systemUTC());
 * // in the adapter; licenseServer is the license client's LicenseServerClient:
 * List<License> read = licenseServer.poolCandidates("3541").stream().map(mapping::toEngine).toList();
 * // a resumed lifecycle adds the licenses it already claimed: licenseServer.get(id) for each claims.claimedBy(...)
 * Optional<License> reused = pool.claim(read, 3541, serviceId);
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
    judgeChange(license.ipChangedAt(), monthAgo, FreenessCondition.IP_CHANGE_TIME_KNOWN,
        FreenessCondition.IP_CHANGED_OVER_A_MONTH_AGO, failed);
    judgeChange(license.keyChangedAt(), monthAgo, FreenessCondition.KEY_CHANGE_TIME_KNOWN,
        FreenessCondition.KEY_CHANGED_OVER_A_MONTH_AGO, failed);
    return Collections.unmodifiableSet(failed);
  }

  /** An unknown change time fails both its conditions: "over a month ago" cannot be shown without a time. */
  private static void judgeChange(Optional<Instant> changed, Instant monthAgo, FreenessCondition known,
      FreenessCondition longAgo, Set<FreenessCondition> failed) {
    if (changed.isEmpty()) {
      failed.add(known);
      failed.add(longAgo);
    } else if (!changed.get().isBefore(monthAgo)) {
      failed.add(longAgo);
    }
  }

  /** Whether the license meets every freeness condition. */
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
