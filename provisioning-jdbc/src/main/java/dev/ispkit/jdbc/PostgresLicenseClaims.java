package dev.ispkit.jdbc;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.license.LicenseClaims;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The free-license pool's {@link LicenseClaims} in PostgreSQL ({@code ispkit_license_claim}): one row per claimed
 * license, so of two nodes claiming one free license at once exactly one gets it, and a claim outlives every restart
 * until the service gives the license back. A claim is one {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}
 * statement that answers the holder, as in {@link PostgresServerClaims}. Get it from
 * {@link PostgresStores#licenseClaims()}.
 *
 * <pre>{@code
 * LicenseClaims claims = PostgresStores.create(dataSource).licenseClaims();
 * claims.claim(81234, "svc-1");        // true, on any node
 * claims.claimedBy("svc-1");           // [81234], on any node, after any restart
 * }</pre>
 */
public final class PostgresLicenseClaims implements LicenseClaims {
  private final DataSource dataSource;

  PostgresLicenseClaims(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean claim(long licenseId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    return Sql.text(dataSource, "claim license " + licenseId, """
        insert into ispkit_license_claim (license_id, service_id) values (?, ?)
        on conflict (license_id) do update set service_id = ispkit_license_claim.service_id
        returning service_id""", licenseId, serviceId).orElseThrow().equals(serviceId);
  }

  @Override
  public void release(long licenseId, String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    Sql.update(dataSource, "release license " + licenseId,
        "delete from ispkit_license_claim where license_id = ? and service_id = ?", licenseId, serviceId);
  }

  @Override
  public Set<Long> claimedBy(String serviceId) {
    InvalidSettingException.requireText("service id", serviceId);
    return Sql.autoCommit(dataSource, "read the licenses of service " + serviceId, connection -> {
      try (PreparedStatement claimed = connection.prepareStatement(
          "select license_id from ispkit_license_claim where service_id = ?")) {
        claimed.setString(1, serviceId);
        Set<Long> ids = new HashSet<>();
        try (ResultSet rows = claimed.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
        return Set.copyOf(ids);
      }
    });
  }
}
