package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ServerClaims} in a concurrent map: {@code putIfAbsent} is the atomic claim. */
final class InMemoryServerClaims implements ServerClaims {
  private final ConcurrentHashMap<String, String> holders = new ConcurrentHashMap<>();

  @Override
  public boolean claim(String panel, long serverId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    String holder = holders.putIfAbsent(key(panel, serverId), serviceId);
    return holder == null || holder.equals(serviceId);
  }

  @Override
  public void release(String panel, long serverId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    holders.remove(key(panel, serverId), serviceId);
  }

  @Override
  public Optional<String> holder(String panel, long serverId) {
    return Optional.ofNullable(holders.get(key(panel, serverId)));
  }

  private static String key(String panel, long serverId) {
    return InvalidSettingException.requireText("panel", panel) + '\n' + serverId;
  }
}
