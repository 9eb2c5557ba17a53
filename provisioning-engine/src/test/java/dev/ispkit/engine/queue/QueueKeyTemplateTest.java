package dev.ispkit.engine.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.engine.InvalidSettingException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueKeyTemplateTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "__TYPE__, open",
      "__PMID__, 7",
      "__IID__, 1042",
      "dci-__PMID__-__TYPE__, dci-7-open",
      "__TYPE____PMID____IID__, open71042",
      "static-key, static-key",
      "a__b, a__b"})
  void templateExpandsItsMacrosPerOperation(String template, String expanded) {
    assertThat(QueueKeyTemplate.parse(template).expand("open", 7, "1042")).isEqualTo(expanded);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "dci-__HOST__|unknown macro __HOST__ (known: __TYPE__, __PMID__, __IID__)",
      "__type__-__X1__-__TYPE__|unknown macros __type__, __X1__ (known: __TYPE__, __PMID__, __IID__)"})
  void unknownMacrosAreRejectedByName(String template, String problem) {
    assertThatThrownBy(() -> QueueKeyTemplate.parse(template))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("queue key template '" + template + "': " + problem)
        .extracting(e -> ((InvalidSettingException) e).field()).isEqualTo("queue key template");
  }

  @Test
  void emptyTemplateIsRejected() {
    assertThatThrownBy(() -> QueueKeyTemplate.parse(""))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("queue key template '': must not be empty; "
            + "use for example __PMID__ to queue a module's operations");
  }

  @ParameterizedTest(name = "{0} queues")
  @CsvSource({"1", "3", "7"})
  void withNQueuesTheKeyIsSuffixedByTheServiceIdsStableHashModN(int queues) {
    QueueSettings settings = QueueSettings.queued("dci-__PMID__", queues);
    Map<Integer, Integer> spread = new HashMap<>();
    for (int service = 1; service <= 700; service++) {
      String serviceId = Integer.toString(service);
      QueueKey key = settings.keyFor("open", 7, serviceId);
      int n = QueueSettings.queueNumber(serviceId, queues);

      assertThat(key).isEqualTo(QueueKey.of("dci-7-" + n));
      assertThat(settings.keyFor("suspend", 7, serviceId)).isEqualTo(key);
      spread.merge(n, 1, Integer::sum);
    }
    assertThat(spread).hasSize(queues);
    assertThat(spread.values()).allSatisfy(count -> assertThat(count).isGreaterThan(700 / queues / 2));
  }

  // FNV-1a 32 published test vectors: "a" = 0xe40c292c, "foobar" = 0xbf9cf968; the number is that, unsigned, mod N.
  @ParameterizedTest(name = "service {0} of {1} queues is in queue {2}")
  @CsvSource({"a, 1000, 220", "a, 7, 5", "foobar, 1000, 720", "foobar, 1024, 360", "'', 1, -1"})
  void queueNumberIsFnv1aOfTheServiceIdSoAnyNodeComputesTheSame(String serviceId, int queues, int expected) {
    if (expected < 0) {
      assertThatThrownBy(() -> QueueSettings.queueNumber(serviceId, queues))
          .isInstanceOf(InvalidSettingException.class).hasMessage("service id '': must not be blank");
    } else {
      assertThat(QueueSettings.queueNumber(serviceId, queues)).isEqualTo(expected);
    }
  }

  @Test
  void queueingDisabledRunsDirectly() {
    assertThat(QueueSettings.disabled().keyFor("open", 7, "1042")).isEqualTo(QueueKey.direct());
    assertThat(QueueKey.direct().isDirect()).isTrue();
  }
}
