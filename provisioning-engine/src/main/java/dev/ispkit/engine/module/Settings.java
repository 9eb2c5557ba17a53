package dev.ispkit.engine.module;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.queue.QueueSettings;
import java.time.Duration;
import java.util.Set;

/** The checks both kinds of module share, so their messages read the same. */
final class Settings {
  static final int MAX_TIMEOUT_MINUTES = 720;

  private Settings() {}

  static void common(long id, String name, DataCenter dataCenter, long departmentId, Set<Long> tariffIds,
      Duration sessionStoragePeriod, QueueSettings queue) {
    InvalidSettingException.requireNotNegative("processing module id", id);
    InvalidSettingException.requireText("processing module name", name);
    InvalidSettingException.requirePresent("data center", dataCenter);
    InvalidSettingException.requireNotNegative("department", departmentId);
    InvalidSettingException.requireNoNulls("tariffs", tariffIds);
    for (Long tariff : tariffIds) {
      InvalidSettingException.requireNotNegative("tariff id", tariff);
    }
    InvalidSettingException.requirePresent("session storage period", sessionStoragePeriod);
    if (sessionStoragePeriod.isNegative() || sessionStoragePeriod.isZero()) {
      throw new InvalidSettingException("session storage period", sessionStoragePeriod, "must be longer than zero");
    }
    InvalidSettingException.requirePresent("queue settings", queue);
  }

  static void timeout(String field, int minutes) {
    InvalidSettingException.requireRange(field, minutes, 1, MAX_TIMEOUT_MINUTES, "minutes");
  }
}
