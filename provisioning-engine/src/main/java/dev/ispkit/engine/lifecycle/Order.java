package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.configuration.Configuration;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.period.Period;
import dev.ispkit.engine.port.Facts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a host asks ispkit to provision: the service (the host's id, which is also the marker ispkit leaves on the
 * panels), the tariff, the customer, the period, what to install, and either the server configuration (dedicated
 * servers) or the VM's resources (VPS). Checked when built, before any panel call: a bad order fails with
 * {@link InvalidSettingException} naming the field.
 *
 * <p>The order is written to the journal as facts, so a lifecycle resumed after a crash (on this node or another)
 * reads it back. That includes the root password: a host whose journal must not hold it leaves {@link
 * Builder#password} unset, and ispkit generates one, returned in the journal's facts only.
 *
 * <pre>{@code
 * Order order = Order.builder()
 *     .serviceId("10482").tariffId(15).customerEmail("anna@example.com")
 *     .configuration(ConfigurationLabelParser.parse("i9-9900K-64Gb-2x1024NVMe"))
 *     .osTemplate("Ubuntu 22.04").period(Period.months(1))
 *     .controlPanel(ControlPanel.of(3541, "ISPmanager Lite"))
 *     .build();
 * provisioning.open(order);
 * }</pre>
 *
 * @param serviceId the host's id of the service: letters, digits, {@code -} and {@code _}, at most 64
 * @param tariffId the tariff ordered
 * @param customerEmail the customer's email: their panel user is found by it, or created with it
 * @param osTemplate the OS template's name
 * @param recipe the recipe's name, empty for none
 * @param period the period the service is ordered for
 * @param controlPanel the control-panel license, {@link ControlPanel#NONE} for none
 * @param configuration the ordered server configuration (dedicated servers)
 * @param vmResources the VM's resources (VPS)
 * @param password the root password; generated when empty
 * @param hostname the host name, empty for the panel's choice
 * @param sshKeys public SSH keys to install
 * @param ipCount how many IPv4 addresses, 1..64
 */
public record Order(String serviceId, long tariffId, String customerEmail, String osTemplate, Optional<String> recipe,
    Period period, ControlPanel controlPanel, Optional<Configuration> configuration,
    Optional<VmResources> vmResources, Optional<String> password, Optional<String> hostname, List<String> sshKeys,
    int ipCount) {

  private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Validates every field. */
  public Order {
    InvalidSettingException.requirePresent("service id", serviceId);
    if (!SERVICE_ID.matcher(serviceId).matches()) {
      throw new InvalidSettingException("service id", serviceId,
          "must be 1 to 64 letters, digits, - or _ (it is written on the panels as a marker)");
    }
    InvalidSettingException.requireRange("tariff id", tariffId, 1, Long.MAX_VALUE, "");
    InvalidSettingException.requirePresent("customer email", customerEmail);
    if (!EMAIL.matcher(customerEmail).matches()) {
      throw new InvalidSettingException("customer email", customerEmail, "is not an email address");
    }
    InvalidSettingException.requireText("OS template", osTemplate);
    InvalidSettingException.requirePresent("recipe", recipe);
    recipe.ifPresent(name -> InvalidSettingException.requireText("recipe", name));
    InvalidSettingException.requirePresent("period", period);
    InvalidSettingException.requirePresent("control panel", controlPanel);
    InvalidSettingException.requirePresent("configuration", configuration);
    InvalidSettingException.requirePresent("VM resources", vmResources);
    if (configuration.isPresent() == vmResources.isPresent()) {
      throw new InvalidSettingException("configuration", configuration.map(Configuration::label).orElse(null),
          "an order names either a server configuration (dedicated) or VM resources (VPS), exactly one");
    }
    InvalidSettingException.requirePresent("password", password);
    if (password.isPresent() && password.get().isBlank()) {
      throw new InvalidSettingException("password", null, "must not be blank when given");
    }
    InvalidSettingException.requirePresent("hostname", hostname);
    hostname.ifPresent(name -> InvalidSettingException.requireText("hostname", name));
    sshKeys = List.copyOf(InvalidSettingException.requireNoNulls("SSH keys", sshKeys));
    for (String key : sshKeys) {
      if (key.isBlank() || key.contains("\n")) {
        throw new InvalidSettingException("SSH keys", key, "each key is one non-blank line");
      }
    }
    InvalidSettingException.requireRange("IP count", ipCount, 1, 64, "addresses");
  }

  /** A builder; service id, tariff, customer email, OS template, period and configuration or VM are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Order[serviceId=" + serviceId + ", tariffId=" + tariffId + ", customerEmail=" + customerEmail
        + ", osTemplate=" + osTemplate + ", recipe=" + recipe + ", period=" + period + ", controlPanel="
        + controlPanel.internalName() + ", configuration=" + configuration.map(Configuration::label)
        + ", vmResources=" + vmResources + ", password=" + (password.isPresent() ? "****" : "generated")
        + ", hostname=" + hostname + ", sshKeys=" + sshKeys.size() + ", ipCount=" + ipCount + "]";
  }

  /** The order as journal facts. */
  Facts toFacts() {
    Facts facts = Facts.empty()
        .with(FactNames.SERVICE_ID, serviceId)
        .with(FactNames.TARIFF_ID, tariffId)
        .with(FactNames.CUSTOMER_EMAIL, customerEmail)
        .with(FactNames.OS_TEMPLATE, osTemplate)
        .with(FactNames.PERIOD, period.code())
        .with(FactNames.CONTROL_PANEL, controlPanel.internalName())
        .with(FactNames.CONTROL_PANEL_TITLE, controlPanel.title())
        .with(FactNames.SSH_KEYS, String.join("\n", sshKeys))
        .with(FactNames.IP_COUNT, ipCount);
    if (recipe.isPresent()) {
      facts = facts.with(FactNames.RECIPE, recipe.get());
    }
    if (configuration.isPresent()) {
      facts = facts.with(FactNames.CONFIGURATION_LABEL, configuration.get().label())
          .with(FactNames.CONFIGURATION_NAME, configuration.get().name());
    }
    if (vmResources.isPresent()) {
      facts = facts.with(FactNames.VM_CPUS, vmResources.get().cpus())
          .with(FactNames.VM_RAM_MIB, vmResources.get().ramMib())
          .with(FactNames.VM_DISK_MIB, vmResources.get().diskMib());
    }
    if (password.isPresent()) {
      facts = facts.with(FactNames.PASSWORD, password.get());
    }
    if (hostname.isPresent()) {
      facts = facts.with(FactNames.HOSTNAME, hostname.get());
    }
    return facts;
  }

  /** The order written by {@link #toFacts()}, read back. */
  static Order fromFacts(Facts facts) {
    Builder builder = builder()
        .serviceId(facts.requireText(FactNames.SERVICE_ID))
        .tariffId(facts.number(FactNames.TARIFF_ID))
        .customerEmail(facts.requireText(FactNames.CUSTOMER_EMAIL))
        .osTemplate(facts.requireText(FactNames.OS_TEMPLATE))
        .period(Period.of((int) facts.number(FactNames.PERIOD)))
        .ipCount((int) facts.number(FactNames.IP_COUNT));
    String panel = facts.requireText(FactNames.CONTROL_PANEL);
    builder.controlPanel(ControlPanel.NO_PANEL.equals(panel) ? ControlPanel.NONE
        : new ControlPanel(panel, facts.requireText(FactNames.CONTROL_PANEL_TITLE)));
    facts.text(FactNames.RECIPE).ifPresent(builder::recipe);
    facts.text(FactNames.CONFIGURATION_LABEL).ifPresent(label -> {
      Configuration parsed = ConfigurationLabelParser.parse(label);
      builder.configuration(new Configuration(facts.text(FactNames.CONFIGURATION_NAME).orElse(label), parsed.cpu(),
          parsed.ramGb(), parsed.disks(), parsed.networkMbps()));
    });
    if (facts.has(FactNames.VM_CPUS)) {
      builder.vmResources(new VmResources((int) facts.number(FactNames.VM_CPUS), facts.number(FactNames.VM_RAM_MIB),
          facts.number(FactNames.VM_DISK_MIB)));
    }
    facts.text(FactNames.PASSWORD).ifPresent(builder::password);
    facts.text(FactNames.HOSTNAME).ifPresent(builder::hostname);
    String keys = facts.text(FactNames.SSH_KEYS).orElse("");
    if (!keys.isEmpty()) {
      builder.sshKeys(Arrays.asList(keys.split("\n")));
    }
    return builder.build();
  }

  /** Builds an {@link Order}. */
  public static final class Builder {
    private String serviceId;
    private long tariffId;
    private String customerEmail;
    private String osTemplate;
    private Optional<String> recipe = Optional.empty();
    private Period period;
    private ControlPanel controlPanel = ControlPanel.NONE;
    private Optional<Configuration> configuration = Optional.empty();
    private Optional<VmResources> vmResources = Optional.empty();
    private Optional<String> password = Optional.empty();
    private Optional<String> hostname = Optional.empty();
    private final List<String> sshKeys = new ArrayList<>();
    private int ipCount = 1;

    private Builder() {}

    /** The host's id of the service; required. */
    public Builder serviceId(String serviceId) {
      this.serviceId = serviceId;
      return this;
    }

    /** The tariff; required. */
    public Builder tariffId(long tariffId) {
      this.tariffId = tariffId;
      return this;
    }

    /** The customer's email; required. */
    public Builder customerEmail(String customerEmail) {
      this.customerEmail = customerEmail;
      return this;
    }

    /** The OS template's name; required. */
    public Builder osTemplate(String osTemplate) {
      this.osTemplate = osTemplate;
      return this;
    }

    /** The recipe's name; none when not set. */
    public Builder recipe(String recipe) {
      this.recipe = Optional.ofNullable(recipe);
      return this;
    }

    /** The period; required. */
    public Builder period(Period period) {
      this.period = period;
      return this;
    }

    /** The control-panel license; none when not set. */
    public Builder controlPanel(ControlPanel controlPanel) {
      this.controlPanel = controlPanel;
      return this;
    }

    /** The server configuration of a dedicated-server order. */
    public Builder configuration(Configuration configuration) {
      this.configuration = Optional.ofNullable(configuration);
      return this;
    }

    /** The VM's resources of a VPS order. */
    public Builder vmResources(VmResources vmResources) {
      this.vmResources = Optional.ofNullable(vmResources);
      return this;
    }

    /** The root password; generated when not set. */
    public Builder password(String password) {
      this.password = Optional.ofNullable(password);
      return this;
    }

    /** The host name; the panel's choice when not set. */
    public Builder hostname(String hostname) {
      this.hostname = Optional.ofNullable(hostname);
      return this;
    }

    /** Public SSH keys to install; none when not set. */
    public Builder sshKeys(List<String> keys) {
      InvalidSettingException.requirePresent("SSH keys", keys);
      sshKeys.clear();
      sshKeys.addAll(keys);
      return this;
    }

    /** How many IPv4 addresses; 1 when not set. */
    public Builder ipCount(int ipCount) {
      this.ipCount = ipCount;
      return this;
    }

    /**
     * Builds the order.
     *
     * @return the order
     * @throws InvalidSettingException naming the first field that is missing or wrong
     */
    public Order build() {
      return new Order(serviceId, tariffId, customerEmail, osTemplate, recipe, period, controlPanel, configuration,
          vmResources, password, hostname, sshKeys, ipCount);
    }
  }
}
