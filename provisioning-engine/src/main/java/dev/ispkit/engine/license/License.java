package dev.ispkit.engine.license;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The engine's view of one license read from the license server: what the free-license pool needs to judge it.
 *
 * <pre>{@code
 * License license = License.builder()
 *     .id(81234).pricelistId(3541).name("free.lic").ip("0.0.0.0")
 *     .status(LicenseStatus.ACTIVE)
 *     .expiresOn(LocalDate.parse("2026-03-01"))
 *     .ipChangedAt(Instant.parse("2025-01-10T00:00:00Z"))
 *     .keyChangedAt(Instant.parse("2025-01-10T00:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>The two change times are read from the license server ({@code soft.edit}: the license list does not carry
 * them). Where the server did not give one, or gave one that could not be read, it is <em>unknown</em> (empty), and
 * the pool never takes such a license for free: "unknown" is not "long ago".
 *
 * @param id the license's id on the license server
 * @param pricelistId its pricelist id
 * @param name its name ({@code free.lic} while in the pool)
 * @param ip the IP address it is bound to ({@code 0.0.0.0} while in the pool)
 * @param status its status
 * @param expiresOn the last day it is paid for
 * @param ipChangedAt when its IP was last changed; empty when unknown (the server did not say)
 * @param keyChangedAt when its key was last changed; empty when unknown (the server did not say)
 */
public record License(long id, long pricelistId, String name, String ip, LicenseStatus status, LocalDate expiresOn,
    Optional<Instant> ipChangedAt, Optional<Instant> keyChangedAt) {
  /** Validates the values. */
  public License {
    InvalidSettingException.requireNotNegative("license id", id);
    InvalidSettingException.requireRange("pricelist id", pricelistId, 1, Long.MAX_VALUE, "");
    InvalidSettingException.requirePresent("license name", name);
    InvalidSettingException.requirePresent("license IP", ip);
    InvalidSettingException.requirePresent("license status", status);
    InvalidSettingException.requirePresent("license expiration date", expiresOn);
    InvalidSettingException.requirePresent("IP change time", ipChangedAt);
    InvalidSettingException.requirePresent("key change time", keyChangedAt);
  }

  /**
   * A builder; id, pricelist, name, IP, status and expiration date are required. The change times stay unknown
   * unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link License}. */
  public static final class Builder {
    private long id = -1;
    private long pricelistId;
    private String name;
    private String ip;
    private LicenseStatus status;
    private LocalDate expiresOn;
    private Instant ipChangedAt;
    private Instant keyChangedAt;

    private Builder() {}

    /** The license id. */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /** The pricelist id. */
    public Builder pricelistId(long pricelistId) {
      this.pricelistId = pricelistId;
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The bound IP address. */
    public Builder ip(String ip) {
      this.ip = ip;
      return this;
    }

    /** The status. */
    public Builder status(LicenseStatus status) {
      this.status = status;
      return this;
    }

    /** The last paid day. */
    public Builder expiresOn(LocalDate expiresOn) {
      this.expiresOn = expiresOn;
      return this;
    }

    /** When the IP was last changed; {@code null} (the default) when unknown. */
    public Builder ipChangedAt(Instant ipChangedAt) {
      this.ipChangedAt = ipChangedAt;
      return this;
    }

    /** When the key was last changed; {@code null} (the default) when unknown. */
    public Builder keyChangedAt(Instant keyChangedAt) {
      this.keyChangedAt = keyChangedAt;
      return this;
    }

    /**
     * Builds the license.
     *
     * @throws InvalidSettingException naming the first missing or invalid field
     */
    public License build() {
      if (id < 0) {
        throw new InvalidSettingException("license id", id < -1 ? id : null, id < -1 ? "must not be negative"
            : "must be set");
      }
      return new License(id, pricelistId, name, ip, status, expiresOn, Optional.ofNullable(ipChangedAt),
          Optional.ofNullable(keyChangedAt));
    }
  }
}
