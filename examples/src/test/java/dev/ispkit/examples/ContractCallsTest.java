package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the rows of docs/panel-contract.md become the calls the panel check looks for. */
class ContractCallsTest {

  @Test
  void theContractOnTheClassPathIsTheOneInDocs() throws Exception {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "panel-contract.md"));
    assertThat(ContractCalls.inferred()).isEqualTo(ContractCalls.parse(docs));
  }

  @Test
  void everyInferredRowOfTheContractBecomesItsCallsAndNoSeenRowDoes() {
    List<ContractCall> calls = ContractCalls.inferred();

    assertThat(calls).extracting(ContractCall::call).contains(
        "POST /dci/v3/server/{id}/owner", "DELETE /dci/v3/server/{id}/owner",
        "POST /dci/v3/server/{id}/power_on", "POST /dci/v3/server/{id}/power_off",
        "POST /dci/v3/server/{id}/power_reset", "POST /dci/v3/switch/{switch id}/port/{port id}",
        "GET /dci/v3/location", "POST /vm/v3/host/{id}/stop", "POST /vm/v3/host")
        .doesNotContain("GET /dci/v3/server", "GET /dci/v3/server/{id}", "POST /dci/v3/user", "GET /vm/v3/ippool");
    assertThat(calls).allSatisfy(call -> {
      assertThat(call.mark()).containsIgnoringCase("inferred");
      assertThat(call.path()).matches("/(dci|vm)/v3/.*|/(dci|vm)/v3");
    });
    assertThat(calls).extracting(ContractCall::call).doesNotHaveDuplicates();
  }

  @Test
  void theBodyPropertiesAreTheQuotedKeysOfTheBodyCellAndTheFieldsTheCallIsMadeWith() {
    List<ContractCall> calls = ContractCalls.inferred();

    assertThat(body(calls, "POST /dci/v3/server/{id}/install")).containsExactlyInAnyOrder("os_template", "password",
        "domain", "recipe", "ssh_keys", "windows_license_key");
    assertThat(body(calls, "POST /dci/v3/server/{id}/ip")).containsExactlyInAnyOrder("family", "count", "pool",
        "name");
    assertThat(body(calls, "POST /dci/v3/switch/{switch id}/port/{port id}")).containsExactly("admin_status");
    assertThat(body(calls, "POST /vm/v3/host")).containsExactlyInAnyOrder("custom_interfaces", "mac", "bridge",
        "ip_name", "ippool", "ip_count");
    assertThat(body(calls, "POST /dci/v3/operation/{id}/stop")).isEmpty();
  }

  @Test
  void readsATableOfItsOwnFormAndRefusesAnInferredRowWithoutACall() {
    String table = """
        ## Some panel 7 (service `x/v1`)
        | what | method + path | body | answer | mark |
        |---|---|---|---|---|
        | reboot | `POST /x/v1/box/{id}/reboot` / `halt` | `{"hard":true\\|false}` | `{"id"}` | inferred |
        | list | `GET /x/v1/box` | – | list | seen |
        """;
    assertThat(ContractCalls.parse(table)).containsExactly(
        new ContractCall("Some panel 7", "reboot", "POST", "/x/v1/box/{id}/reboot", Set.of("hard"), "inferred"),
        new ContractCall("Some panel 7", "reboot", "POST", "/x/v1/box/{id}/halt", Set.of("hard"), "inferred"));

    assertThatThrownBy(() -> ContractCalls.parse(table.replace("`POST /x/v1/box/{id}/reboot`", "reboot")))
        .hasMessageContaining("the inferred row 'reboot' names no call");
  }

  private static Set<String> body(List<ContractCall> calls, String call) {
    return calls.stream().filter(one -> one.call().equals(call)).findFirst().orElseThrow().bodyFields();
  }
}
