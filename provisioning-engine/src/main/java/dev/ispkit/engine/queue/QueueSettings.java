package dev.ispkit.engine.queue;

import dev.ispkit.engine.InvalidSettingException;
import java.nio.charset.StandardCharsets;

/**
 * A processing module's queue settings: whether its operations are queued, the queue key template, and the number
 * of queues.
 *
 * <p>Our rule, where the seed gives no formula: an operation runs in queue {@code {key}-{n}}, where {@code key} is
 * the expanded template and {@code n = FNV-1a-32(UTF-8 bytes of the service id), unsigned, mod queueCount}. So one
 * service's operations always land in the same queue and keep their order, different services spread over the
 * queues, at most {@code queueCount} operations with the same expanded key run at once, and any node (or a
 * database) computes the same number. The suffix is always present, {@code -0} with one queue, so a queue's name
 * does not change when the count is raised.
 *
 * <pre>{@code
 * QueueSettings settings = QueueSettings.queued("dci-__PMID__", 3);
 * QueueKey key = settings.keyFor("open", 7, "1042");   // dci-7-n, n in 0..2 fixed for service 1042
 * queue.submit(key, () -> panel.installOs(server, template));
 * }</pre>
 *
 * @param enabled whether operations are queued; when off every key is {@link QueueKey#direct()}
 * @param keyTemplate the queue key template
 * @param queueCount the number of queues per expanded key, 1..1024
 */
public record QueueSettings(boolean enabled, QueueKeyTemplate keyTemplate, int queueCount) {
  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

  /** Validates the template and the count. */
  public QueueSettings {
    InvalidSettingException.requirePresent("queue key template", keyTemplate);
    InvalidSettingException.requireRange("queue count", queueCount, 1, 1024, "");
  }

  /**
   * Queued operations.
   *
   * @param template the key template, for example {@code __PMID__}
   * @param queueCount the number of queues, at least 1
   * @return the settings
   */
  public static QueueSettings queued(String template, int queueCount) {
    return new QueueSettings(true, QueueKeyTemplate.parse(template), queueCount);
  }

  /** Operations are not queued: each runs directly on the caller's thread. */
  public static QueueSettings disabled() {
    return new QueueSettings(false, QueueKeyTemplate.parse("__PMID__"), 1);
  }

  /**
   * The key an operation runs under.
   *
   * @param operationType the operation type, for example {@code open}
   * @param moduleId the processing module's id
   * @param serviceId the service's id
   * @return {@code {expanded key}-{n}}, or {@link QueueKey#direct()} when queueing is off
   */
  public QueueKey keyFor(String operationType, long moduleId, String serviceId) {
    String expanded = keyTemplate.expand(operationType, moduleId, serviceId);
    if (!enabled) {
      return QueueKey.direct();
    }
    int number = queueNumber(serviceId, queueCount);
    return QueueKey.numbered(expanded + "-" + number, number);
  }

  /**
   * The queue number of a service: FNV-1a 32-bit over the UTF-8 bytes of its id, as an unsigned number, modulo the
   * queue count. Public so that another store or node can compute the same number.
   *
   * @param serviceId the service's id
   * @param queueCount the number of queues, 1..1024
   * @return the queue number, {@code 0..queueCount-1}
   */
  public static int queueNumber(String serviceId, int queueCount) {
    InvalidSettingException.requireText("service id", serviceId);
    InvalidSettingException.requireRange("queue count", queueCount, 1, 1024, "");
    int hash = FNV_OFFSET;
    for (byte b : serviceId.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return Integer.remainderUnsigned(hash, queueCount);
  }
}
