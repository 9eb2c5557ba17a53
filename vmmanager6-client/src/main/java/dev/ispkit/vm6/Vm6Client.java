package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.transport.AuthV4LoginKeys;
import dev.ispkit.client.core.transport.AuthV4TokenSource;
import dev.ispkit.client.core.transport.PanelTransport;

/**
 * The VMmanager 6 client: one per panel, thread-safe, to be closed when the application stops.
 *
 * <p>It logs in with auth v4 on first use and reuses the session for the configuration's session storage period;
 * retries, error mapping and secret-free logging are those of every ispkit client. The API is reached at {@code
 * <baseUrl>/vm/v3/...} unless {@link ClientConfig#apiPrefix()} says otherwise (some installations serve it below
 * {@code /api}).
 *
 * <pre>{@code
 * try (Vm6Client vm6 = Vm6Client.create(ClientConfig.builder()
 *     .baseUrl("https://vm.example.com")
 *     .credentials(Credentials.of("admin@example.com", password))
 *     .build())) {
 *   long owner = vm6.accounts().findOrCreateUser(NewAccount.of("client@example.com", clientPassword));
 *   VmInstallation created = vm6.vms().create(NewVm.builder()
 *       .name("vps-10482").clusterId(1).accountId(owner).osId(25)
 *       .cpuNumber(1).ramMib(1024).hddMib(10240).password(rootPassword).build());
 *   Vm vm = vm6.vms().awaitOsInstalled(created, WaitOptions.timeout(Duration.ofMinutes(30)), null);
 * }
 * }</pre>
 */
public final class Vm6Client implements AutoCloseable {
  private final PanelTransport transport;
  private final Clusters clusters;
  private final PanelListing<Node> nodes;
  private final PanelListing<OsTemplate> osTemplates;
  private final PanelListing<Recipe> recipes;
  private final PanelListing<IpPool> ipPools;
  private final Vms vms;
  private final Accounts accounts;
  private final Tasks tasks;

  private Vm6Client(ClientConfig config) {
    this.transport = PanelTransport.builder(config).panelName(Vm6.NAME).defaultApiPrefix("").build();
    AuthV4TokenSource auth = AuthV4TokenSource.create(transport);
    Vm6Api api = transport.target(Vm6Api.class, auth);
    this.nodes = Listing.of(api::nodes, Vm6.PAGE_SIZE);
    this.osTemplates = Listing.of(api::osTemplates, Vm6.PAGE_SIZE);
    this.recipes = Listing.of(api::recipes, Vm6.PAGE_SIZE);
    this.ipPools = Listing.of(api::ipPools, Vm6.PAGE_SIZE);
    this.clusters = new Clusters(api, ipPools);
    // Waits pause with the retry policy's sleeper: the one seam that lets a test run a 30-minute wait at once.
    this.tasks = new Tasks(api, transport);
    this.vms = new Vms(api, tasks);
    this.accounts = new Accounts(api, AuthV4LoginKeys.create(transport, auth));
  }

  /**
   * A client for the panel the configuration names. Nothing is sent until the first call.
   *
   * @param config the panel's address and administrator credentials
   * @return the client
   */
  public static Vm6Client create(ClientConfig config) {
    return new Vm6Client(Require.present("config", config));
  }

  /** Clusters, with their virtualization type. */
  public Clusters clusters() {
    return clusters;
  }

  /** Nodes ({@code /vm/v3/node}). */
  public PanelListing<Node> nodes() {
    return nodes;
  }

  /** OS templates ({@code /vm/v3/os}). */
  public PanelListing<OsTemplate> osTemplates() {
    return osTemplates;
  }

  /** Recipes ({@code /vm/v3/recipe}). */
  public PanelListing<Recipe> recipes() {
    return recipes;
  }

  /** IP pools ({@code /vm/v3/ippool}); a cluster's own pools are {@link Clusters#ipPools(long)}. */
  public PanelListing<IpPool> ipPools() {
    return ipPools;
  }

  /** Virtual machines: create, read, power, reinstall, change, delete. */
  public Vms vms() {
    return vms;
  }

  /** Accounts (panel users) and their one-time login links. */
  public Accounts accounts() {
    return accounts;
  }

  /** Tasks: read one, wait for one. */
  public Tasks tasks() {
    return tasks;
  }

  /** Releases the HTTP connections and threads. */
  @Override
  public void close() {
    transport.close();
  }
}
