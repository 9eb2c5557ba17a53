package dev.ispkit.engine.lifecycle;

/**
 * The names of the facts lifecycles write to the journal. They are a stored format: a store may hold runs written by
 * an older version, so a name, once used, keeps its meaning.
 */
final class FactNames {
  // The order.
  static final String SERVICE_ID = "order.service_id";
  static final String TARIFF_ID = "order.tariff_id";
  static final String CUSTOMER_EMAIL = "order.customer_email";
  static final String OS_TEMPLATE = "order.os_template";
  static final String RECIPE = "order.recipe";
  static final String PERIOD = "order.period";
  static final String CONTROL_PANEL = "order.control_panel";
  static final String CONTROL_PANEL_TITLE = "order.control_panel_title";
  static final String CONFIGURATION_LABEL = "order.configuration_label";
  static final String CONFIGURATION_NAME = "order.configuration_name";
  static final String VM_CPUS = "order.vm_cpus";
  static final String VM_RAM_MIB = "order.vm_ram_mib";
  static final String VM_DISK_MIB = "order.vm_disk_mib";
  static final String PASSWORD = "order.password";
  static final String HOSTNAME = "order.hostname";
  static final String SSH_KEYS = "order.ssh_keys";
  static final String IP_COUNT = "order.ip_count";

  // What the lifecycles found or made.
  static final String KIND = "service.kind";
  static final String MODULE_ID = "service.module_id";
  static final String PANEL = "service.panel";
  static final String PANEL_USER_ID = "service.panel_user_id";
  static final String SERVER_ID = "service.server_id";
  static final String MATCH = "service.match";
  static final String BUILD_PLAN = "service.build_plan";
  static final String PURCHASE_PLAN = "service.purchase_plan";
  static final String VM_ID = "service.vm_id";
  static final String IP_ADDRESSES = "service.ip_addresses";
  static final String PARKING_IPS_RELEASED = "service.parking_ips_released";
  static final String OPERATION_ID = "service.operation_id";
  static final String GENERATED_PASSWORD = "service.generated_password";
  static final String LICENSE_ID = "service.license_id";
  static final String LICENSE_SOURCE = "service.license_source";
  static final String LICENSE_PERIOD = "service.license_period";
  static final String STATE = "service.state";
  static final String NOTE = "service.note";

  // A step's intent: the marker it will find its result by.
  static final String MARKER = "intent.marker";
  static final String CANDIDATE = "intent.candidate";

  // Run outcomes.
  static final String OUTCOME = "run.outcome";
  static final String FAILURE = "run.failure";

  private FactNames() {}
}
