package dev.ispkit.dci6;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.transport.AuthV4LoginKeys;
import dev.ispkit.client.core.transport.AuthV4TokenSource;
import dev.ispkit.client.core.transport.PanelTransport;

/**
 * The DCImanager 6 client: what a billing application needs to provision dedicated servers, as BILLmanager's
 * DCImanager 6 processing module does, in typed groups of calls.
 *
 * <p>It logs in as the configured administrator (auth v4) on first use and keeps the session for the configured
 * session storage period; it repeats calls on 503 and fails with a {@link dev.ispkit.client.core.PanelException}
 * otherwise. Invalid arguments fail with an {@link InvalidInputException} before any request. One client is meant to
 * be shared by all threads; close it when done.
 *
 * <pre>{@code
 * try (Dci6Client dci = Dci6Client.create(ClientConfig.builder()
 *     .baseUrl("https://dci.example.com")
 *     .credentials(Credentials.of("admin@example.com", password))
 *     .build())) {
 *   List<Server> candidates = dci.servers().freeInLocation(3);
 *   Server claimed = dci.servers().setOwner(candidates.get(0).id(), dci.users().findOrCreate(newUser));
 *   Operation installed = dci.operations().installAndWait(claimed.id(), installation,
 *       WaitOptions.timeout(Duration.ofMinutes(60)), op -> { });
 * }
 * }</pre>
 *
 * <p>The API prefix defaults to {@code /api}; set {@link ClientConfig#apiPrefix()} to an empty string for a panel
 * that serves its API at the root.
 */
public final class Dci6Client implements AutoCloseable {
  private final PanelTransport transport;
  private final Servers servers;
  private final Locations locations;
  private final Users users;
  private final Power power;
  private final SwitchPorts switchPorts;
  private final Ips ips;
  private final Operations operations;
  private final OsTemplates osTemplates;
  private final Recipes recipes;

  private Dci6Client(ClientConfig config) {
    this.transport = PanelTransport.builder(config).panelName(Dci6.NAME).defaultApiPrefix("/api").build();
    AuthV4TokenSource auth = AuthV4TokenSource.create(transport);
    Dci6Api api = transport.target(Dci6Api.class, auth);
    this.servers = new Servers(api);
    this.locations = new Locations(api);
    this.users = new Users(api, AuthV4LoginKeys.create(transport, auth));
    this.power = new Power(api);
    this.switchPorts = new SwitchPorts(api);
    this.ips = new Ips(api);
    this.osTemplates = new OsTemplates(api);
    this.recipes = new Recipes(api);
    this.operations = new Operations(api, transport);
  }

  /**
   * A client for the panel the configuration points at. Nothing is sent until the first call.
   *
   * @param config the panel's URL, the administrator's credentials, timeouts and TLS trust
   * @return the client
   * @throws InvalidInputException when the configuration is null
   */
  public static Dci6Client create(ClientConfig config) {
    return new Dci6Client(Require.present("config", config));
  }

  /** Servers: list, read, free servers of a location, configuration counts, owner. */
  public Servers servers() {
    return servers;
  }

  /** Locations (data centers). */
  public Locations locations() {
    return locations;
  }

  /** Panel users: find, create, one-time login keys. */
  public Users users() {
    return users;
  }

  /** Power on, off, reset and the power status. */
  public Power power() {
    return power;
  }

  /** The switch ports of a server: enable and disable. */
  public SwitchPorts switchPorts() {
    return switchPorts;
  }

  /** A server's IP addresses: list, add, remove. */
  public Ips ips() {
    return ips;
  }

  /** Diagnostics, OS installation, and reading, stopping and waiting for operations. */
  public Operations operations() {
    return operations;
  }

  /** The OS templates of a location. */
  public OsTemplates osTemplates() {
    return osTemplates;
  }

  /** The recipes of a location. */
  public Recipes recipes() {
    return recipes;
  }

  /** Releases the HTTP connections and threads. */
  @Override
  public void close() {
    transport.close();
  }
}
