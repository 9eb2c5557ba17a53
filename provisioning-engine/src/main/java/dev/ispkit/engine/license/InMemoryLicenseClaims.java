package dev.ispkit.engine.license;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** {@link LicenseClaims} in a concurrent map: {@code putIfAbsent} is the atomic claim. */
final class InMemoryLicenseClaims implements LicenseClaims {
  private final ConcurrentHashMap<Long, String> holders = new ConcurrentHashMap<>();

  @Override
  public boolean claim(long licenseId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    String holder = holders.putIfAbsent(licenseId, serviceId);
    return holder == null || holder.equals(serviceId);
  }

  @Override
  public void release(long licenseId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    holders.remove(licenseId, serviceId);
  }

  @Override
  public Set<Long> claimedBy(String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    return holders.entrySet().stream()
        .filter(entry -> entry.getValue().equals(serviceId))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
