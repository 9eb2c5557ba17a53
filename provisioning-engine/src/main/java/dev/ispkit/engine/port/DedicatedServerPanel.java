package dev.ispkit.engine.port;

import dev.ispkit.engine.inventory.Server;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The DCImanager 6 calls the dedicated-server lifecycles make, in engine values. {@code provisioning-adapters}
 * implements it with the DCImanager 6 client; a test can implement it in memory. Every method throws
 * {@link PanelFailure} when the panel call fails; none retries beyond what the client does.
 *
 * <p>Methods that start a panel operation return its id and do not wait; {@link #awaitOperation} waits.
 *
 * <pre>{@code
 * DedicatedServerPanel panel = DedicatedServerPanels.of(dci6Client, "https://dci.example.com");   // provisioning-adapters
 * List<Server> inventory = panel.servers(module.locationId());
 * }</pre>
 */
public interface DedicatedServerPanel {

  /** Which panel this is (for example its URL): the key under which its servers are claimed. */
  String panel();

  /**
   * Every server of a location, read page by page: the inventory the availability rule needs whole (MAC uniqueness
   * looks at every server, not only the free ones).
   *
   * @param locationId the DCImanager location (the data center's external id)
   * @return the servers
   */
  List<Server> servers(long locationId);

  /**
   * One server, read now: how a chosen candidate is re-verified before it is claimed, and read back after a change.
   *
   * @param serverId the server
   * @return the server
   */
  Server server(long serverId);

  /**
   * The panel user of a customer.
   *
   * @param email the customer's email
   * @return the user's id, or empty when the panel has none with that email
   */
  Optional<Long> findUser(String email);

  /**
   * Creates the panel user of a customer (with a password nobody is told: customers log in with one-time links).
   *
   * @param email the customer's email, the marker a resumed lifecycle finds the user by
   * @return the new user's id
   */
  long createUser(String email);

  /**
   * Makes a user the server's owner.
   *
   * @param serverId the server
   * @param userId the user
   */
  void setOwner(long serverId, long userId);

  /**
   * Removes the server's owner.
   *
   * @param serverId the server
   */
  void removeOwner(long serverId);

  /**
   * Enables or disables one switch port of a server.
   *
   * @param switchId the switch
   * @param portId the port on it
   * @param enabled up or down
   */
  void setSwitchPort(long switchId, long portId, boolean enabled);

  /**
   * Powers a server on.
   *
   * @param serverId the server
   * @throws PanelFailure of kind {@link PanelFailure.Kind#REFUSED} when the panel or the IPMI refused
   */
  void powerOn(long serverId);

  /**
   * Powers a server off.
   *
   * @param serverId the server
   * @throws PanelFailure of kind {@link PanelFailure.Kind#REFUSED} when the panel or the IPMI refused
   */
  void powerOff(long serverId);

  /**
   * Stops a running operation and waits until it has ended.
   *
   * @param serverId the server it runs on
   * @param operationId the operation
   * @param timeout how long to wait for it to end
   */
  void stopOperation(long serverId, long operationId, Duration timeout);

  /**
   * The IP addresses a server has now.
   *
   * @param serverId the server
   * @return its addresses, the main IPv4 address first; empty when it has none
   */
  List<String> ipAddresses(long serverId);

  /**
   * Removes every IP address of a server.
   *
   * @param serverId the server
   * @return the addresses removed, empty when it had none
   */
  List<String> removeIps(long serverId);

  /**
   * Gives a server IPv4 addresses.
   *
   * @param serverId the server
   * @param count how many
   * @param poolId the pool to take them from; the location's allocation pool when empty
   * @return the addresses given
   */
  List<String> addIps(long serverId, int count, OptionalLong poolId);

  /**
   * Starts diagnostics.
   *
   * @param serverId the server
   * @param cleanDisks whether the disks are wiped (on delete: always)
   * @return the operation's id
   */
  long startDiagnostics(long serverId, boolean cleanDisks);

  /**
   * Whether an OS template of a location installs Linux or Windows.
   *
   * @param locationId the location
   * @param osTemplate the template's name
   * @return the family; {@link OsFamily#UNKNOWN} when the panel does not say
   * @throws PanelFailure of kind {@link PanelFailure.Kind#NOT_FOUND} when the location has no such template
   */
  OsFamily osFamily(long locationId, String osTemplate);

  /**
   * Starts an OS installation.
   *
   * @param serverId the server
   * @param installation what to install
   * @return the operation's id
   */
  long startOsInstallation(long serverId, OsInstallation installation);

  /**
   * Waits for an operation of a server to end.
   *
   * @param serverId the server
   * @param operationId the operation
   * @param timeout how long at most
   * @param progress gets the panel's progress as it changes
   * @throws PanelFailure of kind {@link PanelFailure.Kind#OPERATION_FAILED} when it ended failed, {@link
   *     PanelFailure.Kind#TIMED_OUT} when the time ran out
   */
  void awaitOperation(long serverId, long operationId, Duration timeout, OperationProgress progress);

  /**
   * The OS templates a location offers.
   *
   * @param locationId the location
   * @return the templates
   */
  List<OsTemplateOffer> osTemplates(long locationId);

  /**
   * The recipes (post-installation scripts) a location offers, by name.
   *
   * @param locationId the location
   * @return the recipes' names
   */
  List<String> recipes(long locationId);
}
