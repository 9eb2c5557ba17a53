package dev.ispkit.adapters.license;

import dev.ispkit.adapters.internal.PanelCalls;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.engine.license.License;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.license.LicenseOrder;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.license.LicenseStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The engine's {@link LicenseServer} on the license client: every method is the client's calls, its values mapped
 * by {@link Licenses} and {@link LicenseWords}, its failures by {@link PanelCalls}. The decisions are listed in the
 * module's README.
 */
final class BillmgrLicenseServer implements LicenseServer {
  private final LicenseServerClient client;
  private final ZoneId zone;
  private final PanelCalls calls = new PanelCalls("BILLmanager license server");

  BillmgrLicenseServer(LicenseServerClient client, ZoneId zone) {
    this.client = client;
    this.zone = zone;
  }

  /** The client's candidates, those whose pricelist the server does not say left out: unknown is never free. */
  @Override
  public List<License> poolCandidates(long pricelistId) {
    return calls.get("read the pool candidates of pricelist " + pricelistId, () -> client
        .poolCandidates(Long.toString(pricelistId)).stream()
        .filter(license -> license.pricelist().isPresent())
        .map(license -> Licenses.toEngine(license, OptionalLong.empty(), zone))
        .collect(Collectors.toUnmodifiableList()));
  }

  /**
   * The license named exactly {@code marker} in the list, not deleted; of several, the lowest id. Then one full
   * read of it, for the key and the change times the list does not carry.
   */
  @Override
  public Optional<License> findByName(String marker) {
    String call = "find the license named '" + marker + "'";
    return calls.get(call, () -> client.list().stream()
        .filter(row -> row.name().equals(marker) && row.status() != LicenseStatus.DELETED)
        .min(Comparator.comparingLong(dev.ispkit.license.License::id))
        .map(row -> read(row.id(), row.pricelist(), call)));
  }

  @Override
  public License license(long licenseId) {
    String call = "read license " + licenseId;
    return calls.get(call, () -> read(licenseId, OptionalLong.empty(), call));
  }

  /**
   * Orders and waits for the key. The order is sent once (the client never repeats it after a timeout); when the key
   * wait runs out, the license is ordered all the same, and the lifecycle finds it by its name on resume.
   */
  @Override
  public long order(long pricelistId, Period period, String ip, String name, Duration timeout) {
    String call = "order a license of pricelist " + pricelistId + " for " + period + " on " + ip + " named '"
        + name + "'";
    return calls.get(call, () -> {
      WaitOptions options = WaitOptions.timeout(timeout);
      long licenseId = client.order(LicenseOrder.builder()
          .pricelist(Long.toString(pricelistId))
          .period(period.code())
          .ip(ip)
          .licenseName(name)
          .build());
      client.awaitKey(licenseId, options);
      return licenseId;
    });
  }

  @Override
  public void rebind(long licenseId, String ip, String name) {
    calls.run("bind license " + licenseId + " to " + ip + " as '" + name + "'",
        () -> client.changeIpAndName(licenseId, ip, name));
  }

  /** A new key; the key itself is not kept, logged or returned (the server shows it to whoever needs it). */
  @Override
  public void newKey(long licenseId) {
    calls.run("make a new key for license " + licenseId, () -> client.newKey(licenseId));
  }

  @Override
  public void prolong(long licenseId, Period period) {
    calls.run("prolong license " + licenseId + " by " + period, () -> client.prolong(licenseId, period.code()));
  }

  @Override
  public void suspend(long licenseId) {
    change("suspend license " + licenseId, licenseId, client::suspend, LicenseStatus.SUSPENDED);
  }

  @Override
  public void resume(long licenseId) {
    change("resume license " + licenseId, licenseId, client::resume, LicenseStatus.ACTIVE);
  }

  @Override
  public String toString() {
    return calls.toString();
  }

  /**
   * Suspends or resumes. A server that refuses to suspend a suspended license (or to resume an active one) has the
   * license in the status asked for: after such a refusal the license is read, and the refusal stands only when it
   * is not in that status.
   */
  private void change(String call, long licenseId, LongConsumer command, LicenseStatus wanted) {
    calls.run(call, () -> {
      try {
        command.accept(licenseId);
      } catch (PanelInvalidRequestException | PanelConflictException refused) {
        if (client.get(licenseId).status() != wanted) {
          throw refused;
        }
      }
    });
  }

  private License read(long licenseId, OptionalLong rowPricelist, String call) {
    dev.ispkit.license.License read = client.get(licenseId);
    if (read.pricelist().isEmpty() && rowPricelist.isEmpty()) {
      throw calls.failure(PanelFailure.Kind.OTHER, call, "the server does not say which pricelist license "
          + licenseId + " is of");
    }
    return Licenses.toEngine(read, rowPricelist, zone);
  }
}
