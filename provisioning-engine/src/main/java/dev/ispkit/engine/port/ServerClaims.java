package dev.ispkit.engine.port;

import java.util.Optional;

/**
 * Which service holds which dedicated server, kept apart from the panel. DCImanager accepts setting an owner a
 * server already has, so the panel alone cannot stop two orders (of one customer or of two) from getting one
 * server: a lifecycle claims the server here first, then re-reads it on the panel, then sets the owner.
 *
 * <p>A claim must be atomic across every process that sells servers of the same panel: of two concurrent claims of
 * one server, exactly one succeeds. Claims are idempotent per service, so a resumed lifecycle gets its own claim
 * back. {@link #inMemory()} is atomic within one JVM; {@code provisioning-jdbc} provides one for several nodes.
 *
 * <pre>{@code
 * claims.claim("https://dci.example.com", 4012, "svc-1");   // true
 * claims.claim("https://dci.example.com", 4012, "svc-2");   // false: svc-1 holds it
 * claims.release("https://dci.example.com", 4012, "svc-1");
 * }</pre>
 */
public interface ServerClaims {

  /**
   * Claims a server for a service.
   *
   * @param panel which DCImanager the server belongs to ({@link DedicatedServerPanel#panel()})
   * @param serverId the server's id on that panel
   * @param serviceId the service that takes it
   * @return {@code true} when the service holds the claim now (newly or already), {@code false} when another
   *     service holds it
   */
  boolean claim(String panel, long serverId, String serviceId);

  /**
   * Releases a service's claim; does nothing when the service does not hold it.
   *
   * @param panel which DCImanager
   * @param serverId the server
   * @param serviceId the service that held it
   */
  void release(String panel, long serverId, String serviceId);

  /**
   * The service holding a server.
   *
   * @param panel which DCImanager
   * @param serverId the server
   * @return the holder, or empty when the server is not claimed
   */
  Optional<String> holder(String panel, long serverId);

  /** The in-memory claims: atomic within this JVM, lost when it stops. */
  static ServerClaims inMemory() {
    return new InMemoryServerClaims();
  }
}
