package dev.ispkit.adapters.license;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.LicenseServer;
import dev.ispkit.license.LicenseServerClient;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The engine's license server port on a BILLmanager license server (ISPsystem's own or a reseller's): what a host
 * hands the provisioning engine so that services get their control-panel licenses, from the free pool first.
 *
 * <pre>{@code
 * LicenseServerClient licenses = LicenseServerClient.create(ClientConfig.builder()
 *     .baseUrl("https://api.ispsystem.com/manager/billmgr")
 *     .credentials(Credentials.of("reseller", password))
 *     .build());
 * LicenseServer server = LicenseServers.of(licenses);
 * List<License> pool = server.poolCandidates(3541);      // ISPmanager Lite licenses that may be free
 * }</pre>
 *
 * <p>Every call is the client's; every failure is a {@link dev.ispkit.engine.port.PanelFailure} whose message names
 * the license server and the call. The port does not close the client.
 */
public final class LicenseServers {
  private LicenseServers() {}

  /**
   * The port on a license client, reading the server's change times as UTC (see {@link #of(LicenseServerClient,
   * ZoneId)}).
   *
   * @param client the client
   * @return the port
   * @throws InvalidSettingException when the client is null
   */
  public static LicenseServer of(LicenseServerClient client) {
    return of(client, ZoneOffset.UTC);
  }

  /**
   * The port on a license client whose server writes its times in a known zone. BILLmanager writes the times of a
   * license's last IP and key change as local date-times without a zone; the free-license pool compares them with
   * "a month ago". Read as UTC, a server east of UTC (Moscow: +3) looks a few hours more recent than it is, which
   * only delays a reuse; give the zone to be exact.
   *
   * @param client the client
   * @param serverZone the zone the server writes its times in, for example {@code ZoneId.of("Europe/Moscow")}
   * @return the port
   * @throws InvalidSettingException when an argument is null
   */
  public static LicenseServer of(LicenseServerClient client, ZoneId serverZone) {
    return new BillmgrLicenseServer(InvalidSettingException.requirePresent("license client", client),
        InvalidSettingException.requirePresent("server zone", serverZone));
  }
}
