package dev.ispkit.license;

import dev.ispkit.client.core.transport.Require;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One license as the license server describes it ({@code soft.edit} without {@code sok}, or a row of the license
 * list): what the free-license pool and the service lifecycles read.
 *
 * <p>Values are BILLmanager's as given: dates are the server's local dates (BILLmanager does not say its time zone);
 * a field the server left out or wrote in an unknown form is empty rather than a failure, so one odd row never
 * hides the others. {@code toString()} never prints the activation key.
 *
 * <pre>{@code
 * License license = client.get(81234);
 * boolean pooled = license.name().equals("free.lic") && license.ip().equals("0.0.0.0")
 *     && (license.status() == LicenseStatus.ACTIVE || license.status() == LicenseStatus.SUSPENDED);
 * }</pre>
 *
 * <p>What is known about the time of the last IP and key change: BILLmanager's own pool rule (a license is free only
 * when its IP and key were last changed more than a month ago) shows the server keeps them, but no public source
 * names the fields. {@link #ipChangedAt()} and {@link #keyChangedAt()} read the columns {@code ipchangedate} and
 * {@code keychangedate} (inferred names, the ones ispkit's panel simulator serves); when a server does not send
 * them they are empty, and the caller has to rely on its own record of when it changed them.
 */
@Value.Immutable
public abstract class License {
  License() {}

  /** A builder; id and status code are required, text fields default to empty. */
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

  /** The activation key, empty until the server has made it (status {@link LicenseStatus#PROCESSING}). */
  @Value.Redacted
  public abstract Optional<String> key();

  /** BILLmanager's status code as sent, for example {@code 2}; kept for codes {@link LicenseStatus} does not know. */
  public abstract String statusCode();

  /** The status; {@link LicenseStatus#UNKNOWN} for a code this client does not know (see {@link #statusCode()}). */
  @Value.Derived
  public LicenseStatus status() {
    return LicenseStatus.fromCode(statusCode());
  }

  /** The pricelist (tariff) id, for example 3541 for ISPmanager Lite. */
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

  /** The period it was ordered for ({@code period}), when sent and known. */
  public abstract Optional<Period> period();

  /** The automatic renewal period ({@code autoprolong}); empty when off or not sent. */
  public abstract Optional<Period> autoprolong();

  /** The caller's own id stored on the license at order time ({@code remoteid}), when sent and not empty. */
  public abstract Optional<String> remoteId();

  /**
   * When its IP was last changed, in the server's local time, if the server tells ({@code ipchangedate}, an
   * inferred column; see the class description).
   */
  public abstract Optional<LocalDateTime> ipChangedAt();

  /**
   * When its activation key was last changed, in the server's local time, if the server tells ({@code
   * keychangedate}, an inferred column; see the class description).
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
