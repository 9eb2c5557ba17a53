package dev.ispkit.client.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class PanelJsonTest {
  private final ObjectMapper mapper = PanelJson.newMapper();

  record Connection(
      @JsonProperty("is_ipmi_connection") boolean ipmi,
      @JsonProperty("do_not_collect_traffic") Boolean noTraffic,
      @JsonProperty("temporary") Integer temporary) {}

  record Server(long id, List<Map<String, Object>> pduConnection, Optional<String> note) {}

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"is_ipmi_connection\":1,\"do_not_collect_traffic\":0,\"temporary\":0} | true | false | 0",
      "{\"is_ipmi_connection\":true,\"do_not_collect_traffic\":false,\"temporary\":false} | true | false | 0",
      "{\"is_ipmi_connection\":\"0\",\"do_not_collect_traffic\":\"on\",\"temporary\":\"1\"} | false | true | 1",
      "{\"is_ipmi_connection\":null,\"do_not_collect_traffic\":null,\"temporary\":1.0} | false | | 1"})
  void readsBooleansAndIntegersWhicheverWayThePanelWritesThem(String json, boolean ipmi, Boolean noTraffic, Integer temporary)
      throws Exception {
    Connection connection = mapper.readValue(json, Connection.class);
    assertThat(connection.ipmi()).isEqualTo(ipmi);
    assertThat(connection.noTraffic()).isEqualTo(noTraffic);
    assertThat(connection.temporary()).isEqualTo(temporary);
  }

  @Test
  void readsASingleObjectAsAListAndIgnoresUnknownFields() throws Exception {
    Server server = mapper.readValue(
        "{\"id\":3241,\"pduConnection\":{\"pdu_id\":34},\"note\":\"rack 3\",\"first\":1e39,\"brand_new\":{}}",
        Server.class);
    assertThat(server.id()).isEqualTo(3241);
    assertThat(server.pduConnection()).hasSize(1);
    assertThat(server.note()).contains("rack 3");
  }

  @Test
  void refusesAFractionOrAWordWhereAWholeNumberIsExpected() {
    assertThatThrownBy(() -> mapper.readValue("{\"temporary\":1.5}", Connection.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"is_ipmi_connection\":\"maybe\"}", Connection.class))
        .isInstanceOf(JsonMappingException.class);
  }

  record Address(String domain, Optional<String> family, List<String> tags) {}

  @Test
  void readsEqualTextOfOneAnswerIntoOneStringAndLeavesOtherAnswersTheirOwn() throws Exception {
    String json = "[{\"domain\":\"cs1.example.net\",\"family\":\"ipv4\",\"tags\":[\"ipv4\",\"main\"]},"
        + "{\"domain\":\"cs1.example.net\",\"family\":\"ipv4\",\"tags\":[\"main\"]}]";
    List<Address> one = mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class,
        Address.class));
    List<Address> other = mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class,
        Address.class));

    assertThat(one.get(1).domain()).isEqualTo("cs1.example.net").isSameAs(one.get(0).domain());
    assertThat(one.get(1).family().get()).isSameAs(one.get(0).family().get()).isSameAs(one.get(0).tags().get(0));
    assertThat(one.get(1).tags().get(0)).isSameAs(one.get(0).tags().get(1));
    assertThat(other.get(0).domain()).isEqualTo(one.get(0).domain()).isNotSameAs(one.get(0).domain());
  }

  @Test
  void keepsLongTextAsItsOwnStringAndStillCoercesNumbersToText() throws Exception {
    String longText = "x".repeat(65);
    List<Address> read = mapper.readValue("[{\"domain\":\"" + longText + "\",\"family\":4},{\"domain\":\""
        + longText + "\",\"family\":4}]", mapper.getTypeFactory().constructCollectionType(List.class,
        Address.class));

    assertThat(read.get(1).domain()).isEqualTo(longText).isNotSameAs(read.get(0).domain());
    assertThat(read.get(1).family()).contains("4");
  }

  record Sizes(@JsonProperty("count") Integer count, @JsonProperty("bytes") long bytes) {}

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"count\":2147483647,\"bytes\":9223372036854775807} | 2147483647 | 9223372036854775807",
      "{\"count\":-2147483648,\"bytes\":-9223372036854775808} | -2147483648 | -9223372036854775808",
      "{\"count\":7.0,\"bytes\":\"12\"} | 7 | 12"})
  void readsWholeNumbersToTheEdgesOfTheirType(String json, int count, long bytes) throws Exception {
    Sizes sizes = mapper.readValue(json, Sizes.class);
    assertThat(sizes.count()).isEqualTo(count);
    assertThat(sizes.bytes()).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"count\":2147483648}", "{\"count\":-2147483649}", "{\"bytes\":9223372036854775808}",
      "{\"bytes\":1e19}"})
  void refusesAWholeNumberItsTypeCannotHold(String json) {
    assertThatThrownBy(() -> mapper.readValue(json, Sizes.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void writesCompactJson() throws Exception {
    assertThat(mapper.writeValueAsString(Map.of("a", List.of(1, 2)))).isEqualTo("{\"a\":[1,2]}");
  }
}
