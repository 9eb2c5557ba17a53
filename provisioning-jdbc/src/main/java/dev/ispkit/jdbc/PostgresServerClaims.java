package dev.ispkit.jdbc;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.ServerClaims;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The engine's {@link ServerClaims} in PostgreSQL ({@code ispkit_server_claim}): one row per claimed server, keyed
 * by the panel and the server's id, so of two nodes claiming one server at once exactly one gets it, and a claim
 * outlives every restart until the service releases it. Get it from {@link PostgresStores#serverClaims()}.
 *
 * <p>A claim is one statement: {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} answers the holder whether the
 * row was new or already there (the no-op update makes the conflicting row come back, locked, in the same
 * statement), so a claim never needs a second read and is idempotent per service.
 *
 * <pre>{@code
 * ServerClaims claims = PostgresStores.create(dataSource).serverClaims();
 * claims.claim("https://dci.example.com", 4012, "svc-1");   // true, on any node
 * claims.claim("https://dci.example.com", 4012, "svc-2");   // false, on any node
 * }</pre>
 */
public final class PostgresServerClaims implements ServerClaims {
  private final DataSource dataSource;

  PostgresServerClaims(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean claim(String panel, long serverId, String serviceId) {
    InvalidSettingException.requireText("panel", panel);
    InvalidSettingException.requireText("service id", serviceId);
    return Sql.text(dataSource, "claim server " + serverId + " of " + panel, """
        insert into ispkit_server_claim (panel, server_id, service_id) values (?, ?, ?)
        on conflict (panel, server_id) do update set service_id = ispkit_server_claim.service_id
        returning service_id""", panel, serverId, serviceId).orElseThrow().equals(serviceId);
  }

  @Override
  public void release(String panel, long serverId, String serviceId) {
    InvalidSettingException.requireText("panel", panel);
    InvalidSettingException.requireText("service id", serviceId);
    Sql.update(dataSource, "release server " + serverId + " of " + panel,
        "delete from ispkit_server_claim where panel = ? and server_id = ? and service_id = ?",
        panel, serverId, serviceId);
  }

  @Override
  public Optional<String> holder(String panel, long serverId) {
    InvalidSettingException.requireText("panel", panel);
    return Sql.text(dataSource, "read the holder of server " + serverId + " of " + panel,
        "select service_id from ispkit_server_claim where panel = ? and server_id = ?", panel, serverId);
  }
}
