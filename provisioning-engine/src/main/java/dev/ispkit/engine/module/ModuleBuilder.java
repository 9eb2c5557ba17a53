package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The settings every kind of processing module has, and their defaults, for the builders of {@link
 * DedicatedServerModule} and {@link VirtualServerModule}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ModuleBuilder<B extends ModuleBuilder<B>> {
  long id = -1;
  String name;
  int sort;
  DataCenter dataCenter;
  long departmentId;
  final Set<Long> tariffIds = new LinkedHashSet<>();
  Duration sessionStoragePeriod = Duration.ofMinutes(30);
  QueueSettings queue = QueueSettings.disabled();
  OptionalLong licenseServerId = OptionalLong.empty();

  ModuleBuilder() {}

  abstract B self();

  /** The module's id; required. */
  public B id(long id) {
    this.id = id;
    return self();
  }

  /** The module's name; required. */
  public B name(String name) {
    this.name = name;
    return self();
  }

  /** The sort order; 0 when not set. */
  public B sort(int sort) {
    this.sort = sort;
    return self();
  }

  /** The data center; required. */
  public B dataCenter(DataCenter dataCenter) {
    this.dataCenter = dataCenter;
    return self();
  }

  /** The department for manual tasks; 0 when not set. */
  public B departmentId(long departmentId) {
    this.departmentId = departmentId;
    return self();
  }

  /** Adds a tariff the module serves. */
  public B tariff(long tariffId) {
    this.tariffIds.add(tariffId);
    return self();
  }

  /** The session storage period; 30 minutes when not set. */
  public B sessionStoragePeriod(Duration period) {
    this.sessionStoragePeriod = period;
    return self();
  }

  /** The queue settings; {@link QueueSettings#disabled()} when not set. */
  public B queue(QueueSettings queue) {
    this.queue = queue;
    return self();
  }

  /** The license server module's id; none when not set. */
  public B licenseServerId(long moduleId) {
    this.licenseServerId = OptionalLong.of(InvalidSettingException.requireNotNegative("license server", moduleId));
    return self();
  }

  /** Refuses a missing or negative id before the module is made. */
  void requireId() {
    if (id < 0) {
      throw new InvalidSettingException("processing module id", id == -1 ? null : id,
          id == -1 ? "must be set" : "must not be negative");
    }
  }
}
