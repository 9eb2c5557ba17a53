package dev.ispkit.license;

import dev.ispkit.client.core.transport.Require;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One license as the license server describes it: the {@code soft.edit} form (a full read, {@link
 * LicenseServerClient#get(long)}), a row of the license list ({@link LicenseServerClient#list()}: the real list
 * lacks the key and the change times), or a row completed by its form ({@link
 * LicenseServerClient#poolCandidates(String)}).
 *
 * <p>Values are BILLmanager's as given: dates are the server's local dates and times (BILLmanager does not say its
 * time zone); a field the server left out or wrote in a form that cannot be read is empty rather than a failure, so
 * one odd row never hides the others. {@code toString()} never prints the activation key.
 *
 * <pre>{@code
 * License license = client.get(81234);
 * boolean pooled = license.name().equals("free.lic") && license.ip().equals("0.0.0.0")
 *     && (license.status() == LicenseStatus.ACTIVE || license.status() == LicenseStatus.SUSPENDED);
 * }</pre>
 *
 * <p>Column names: public code that runs against ISPsystem's license server reads {@code pricelist_id}, {@code
 * ip_change_date} and {@code lickey_change_date}; those are read first, and the names earlier ispkit versions
 * guessed ({@code pricelist}, {@code ipchangedate}, {@code keychangedate}) only when the real ones are absent or
 * unreadable. An empty change time means "unknown", never "never changed".
 */
@Value.Immutable
public abstract class License {
  License() {}

  /** A builder; the id is required, text fields default to empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** The license id on the license server (the {@code elid} of later calls). */
  public abstract long id();

  /**
   * The license name ({@code licname}): what it was ordered or last renamed with, {@code free.lic} while it waits in
   * the pool. Read from {@code name} when the server sends no {@code licname} at all; empty when neither is there.
   */
  @Value.Default
  public String name() {
    return "";
  }

  /** The IP address the license is bound to, {@code 0.0.0.0} while it waits in the pool; empty when not given. */
  @Value.Default
  public String ip() {
    return "";
  }

  /**
   * The activation key ({@code lickey}), empty until the server has made it (status {@link
   * LicenseStatus#PROCESSING}), and empty in a row of the license list, which does not carry it.
   */
  @Value.Redacted
  public abstract Optional<String> key();

  /** BILLmanager's status code as sent ({@code status}), for example {@code "2"}; empty when not sent. */
  public abstract Optional<String> rawStatus();

  /**
   * The status; {@link LicenseStatus#UNKNOWN} when the code is unknown or missing ({@link #rawStatus()} keeps the
   * code).
   */
  public LicenseStatus status() {
    return LicenseStatus.of(rawStatus().orElse(null));
  }

  /**
   * The pricelist (tariff) id, for example 3541 for ISPmanager Lite: {@code pricelist_id}, else {@code pricelist}
   * when that is a number.
   */
  public abstract OptionalLong pricelist();

  /** The pricelist's name as the server shows it, when it sends one ({@code pricelist_name}). */
  public abstract Optional<String> pricelistName();

  /**
   * BILLmanager's {@code name} column, when sent: a display name of the service (which text exactly is not
   * documented; ispkit's simulator puts the product name there). The license name is {@link #name()}.
   */
  public abstract Optional<String> serviceName();

  /** The last day the license is paid for ({@code expiredate}). */
  public abstract Optional<LocalDate> expireDate();

  /** The day it was ordered ({@code createdate}). */
  public abstract Optional<LocalDate> createDate();

  /**
   * The period it was ordered for ({@code period}) as a BILLmanager period code: months, {@code -100} trial, {@code
   * -50} one day, {@code 0} lifetime; empty when not sent or not such a code.
   */
  public abstract OptionalInt period();

  /**
   * The automatic renewal period ({@code autoprolong}): months, or {@code -50} one day; empty when off ({@code null}
   * or {@code 0} on the server) or not sent.
   */
  public abstract OptionalInt autoprolong();

  /** The caller's own id stored on the license at order time ({@code remoteid}), when sent and not empty. */
  public abstract Optional<String> remoteId();

  /**
   * When its IP was last changed, in the server's local time ({@code ip_change_date}, else {@code ipchangedate});
   * empty when unknown: not sent (the license list does not carry it), empty, or not a date.
   */
  public abstract Optional<LocalDateTime> ipChangedAt();

  /**
   * When its activation key was last changed, in the server's local time ({@code lickey_change_date}, else {@code
   * keychangedate}); empty when unknown, as {@link #ipChangedAt()}.
   */
  public abstract Optional<LocalDateTime> keyChangedAt();

  /** Whether the activation key is there. */
  public boolean hasKey() {
    return key().isPresent();
  }

  @Value.Check
  void check() {
    Require.id("id", id());
  }

  /** Builds a {@link License}. */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }
}
