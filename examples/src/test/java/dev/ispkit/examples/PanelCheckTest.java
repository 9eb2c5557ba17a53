package dev.ispkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ispkit.simulator.Panel;
import dev.ispkit.simulator.PanelSimulator;
import dev.ispkit.simulator.RecordedCall;
import dev.ispkit.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel check: on the embedded simulator against its own document; against documents that lack or change
 * calls; and against a simulator reached as a real panel, with a wrong password and a right one.
 */
class PanelCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WRONG = "Wr0ng-Pa55word-7731";
  /** A panel the check reaches by its URL, as it would a real one. */
  private static PanelSimulator panel;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    panel = PanelSimulator.start(SimulatorOptions.builder().servers(30).seed(3).build());
  }

  @AfterAll
  static void stop() {
    panel.close();
  }

  @Test
  void onTheEmbeddedSimulatorEveryListIsReadAndEveryInferredCallFoundInItsOwnDocument() {
    try (Run run = Run.of(PanelCheck::run)) {
      assertThat(run.exit).as(run.toString()).isZero();
      int calls = ContractCalls.inferred().size();
      assertThat(run.out).contains("The " + calls + " inferred calls of docs/panel-contract.md in "
              + run.simulator().baseUrl() + "/openapi.json",
          calls + " inferred calls: " + calls + " found, 0 not found, 0 differ.",
          "Every list was read; every inferred call was found.");
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  FAILED")).isEmpty();
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  ok      GET /")).hasSize(15);
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  found      ")).hasSize(calls);
    }
  }

  @Test
  void onlyLogsInAndReads() {
    try (Run run = Run.of(PanelCheck::run)) {
      for (RecordedCall call : run.simulator().calls()) {
        if (call.panel() == Panel.BILLMANAGER) {
          assertThat(call.func()).as(call.toString()).isIn("soft", "soft.edit");
          assertThat(call.body() + "&" + call.query()).as(call.toString()).doesNotContain("sok=");
        } else if (!call.path().equals("/auth/v4/public/token")) {
          assertThat(call.method()).as(call.path()).isEqualTo("GET");
        }
      }
    }
  }

  @Test
  void aDocumentWithTwoPathsRemovedHasExactlyThoseTwoReported() throws IOException {
    ObjectNode document = simulatorDocument();
    ObjectNode paths = (ObjectNode) document.get("paths");
    paths.remove("/dci/v3/server/{id}/diag");
    paths.remove("/dci/v3/operation/{id}/stop");

    try (Run run = Run.of(PanelCheck::run, "--openapi", write(document))) {
      int calls = ContractCalls.inferred().size();
      assertThat(run.exit).as(run.toString()).isEqualTo(1);
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  not found")).hasSize(2)
          .anySatisfy(line -> assertThat(line).contains("POST   /dci/v3/server/{id}/diag", "run diagnostics"))
          .anySatisfy(line -> assertThat(line).contains("POST   /dci/v3/operation/{id}/stop", "stop an operation"));
      assertThat(run.out).contains(calls + " inferred calls: " + (calls - 2) + " found, 2 not found, 0 differ.");
    }
  }

  @Test
  void aCallWithAnotherMethodOrAnotherBodyDiffersAndSaysHow() throws IOException {
    ObjectNode document = simulatorDocument();
    ObjectNode owner = (ObjectNode) document.at("/paths/~1dci~1v3~1server~1{id}~1owner/post/requestBody/content"
        + "/application~1json/schema/properties");
    owner.remove("owner");
    owner.putObject("user");
    ObjectNode recipes = (ObjectNode) document.at("/paths/~1dci~1v3~1location~1{id}~1recipe");
    recipes.set("post", recipes.remove("get"));

    try (Run run = Run.of(PanelCheck::run, "--openapi", write(document))) {
      assertThat(run.exit).isEqualTo(1);
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  differs")).containsExactly(
          "  differs    POST   /dci/v3/server/{id}/owner                  set owner (DCImanager 6): its request "
              + "body has no owner; it has user",
          "  differs    GET    /dci/v3/location/{id}/recipe               recipes of a location (DCImanager 6): "
              + "the document has POST at this path, not GET");
    }
  }

  @Test
  void aPanelThatDescribesEachServiceRelativeToItIsReadAsWell() throws IOException {
    String perService = """
        {"swagger": "2.0", "basePath": "/api/dci/v3",
         "paths": {"/server/{server_id}/owner": {
           "post": {"parameters": [{"in": "body", "name": "body", "schema": {"$ref": "#/definitions/Owner"}}]},
           "delete": {}}},
         "definitions": {"Owner": {"type": "object", "properties": {"owner": {"type": "integer"}}}}}
        """;
    OpenApiDocument document = OpenApiDocument.of("dci-back.json", perService);
    List<ContractCheck.Verdict> verdicts = ContractCheck.check(ContractCalls.inferred(), document);

    assertThat(verdicts).filteredOn(verdict -> verdict.outcome() == ContractCheck.Outcome.FOUND)
        .extracting(verdict -> verdict.call().call())
        .containsExactly("POST /dci/v3/server/{id}/owner", "DELETE /dci/v3/server/{id}/owner");
  }

  @Test
  void aWrongPasswordIsReportedAsSuchAndNeverPrinted() {
    Map<String, String> env = Map.of("ISPKIT_VM_PASSWORD", WRONG);
    try (Run run = Run.of(PanelCheck::run, env, "--dci-url", panel.baseUrl(), "--dci-user",
        panel.options().adminEmail(), "--dci-password", WRONG, "--vm-url", panel.baseUrl() + "/api",
        "--vm-user", panel.options().adminEmail(), "--license-url", panel.billmgrUrl(), "--license-user",
        panel.options().billingUser(), "--license-password", WRONG)) {
      assertThat(run.exit).as(run.toString()).isEqualTo(1);
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  FAILED  log in")).hasSize(3)
          .allSatisfy(line -> assertThat(line).contains("refused: wrong user or password"));
      assertThat(run.out).contains("3 read(s) failed").contains("(the other reads need a login: not tried)");
      assertThat(run.out + run.err).doesNotContain(WRONG).doesNotContain("Pa55word");
      assertThat(run.simulators).isEmpty();
    }
  }

  @Test
  void withTheRightPasswordsARealPanelIsReadAndCheckedAgainstTheDocumentGiven() {
    Map<String, String> env = Map.of("ISPKIT_DCI_PASSWORD", panel.options().adminPassword(),
        "ISPKIT_VM_PASSWORD", panel.options().adminPassword(),
        "ISPKIT_LICENSE_PASSWORD", panel.options().billingPassword());
    try (Run run = Run.of(PanelCheck::run, env, "--dci-url", panel.baseUrl(), "--dci-user",
        panel.options().adminEmail(), "--vm-url", panel.baseUrl(), "--vm-user", panel.options().adminEmail(),
        "--license-url", panel.billmgrUrl(), "--license-user", panel.options().billingUser(),
        "--openapi", panel.baseUrl() + "/openapi.json")) {
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.out).contains("DCImanager 6 at " + panel.baseUrl() + " as admin@example.com (plain http")
          .contains("Every list was read; every inferred call was found.");
      assertThat(run.out + run.err).doesNotContain(panel.options().adminPassword())
          .doesNotContain(panel.options().billingPassword());
    }
  }

  @Test
  void withoutADocumentARealPanelsInferredCallsAreListedUnchecked() {
    try (Run run = Run.of(PanelCheck::run, Map.of("ISPKIT_DCI_PASSWORD", panel.options().adminPassword()),
        "--dci-url", panel.baseUrl(), "--dci-user", panel.options().adminEmail())) {
      assertThat(run.exit).as(run.toString()).isZero();
      assertThat(run.lines()).filteredOn(line -> line.startsWith("  unchecked"))
          .hasSize(ContractCalls.inferred().size());
      assertThat(run.out).contains("give --openapi with the panel's OpenAPI document");
    }
  }

  @Test
  void aDocumentThatCannotBeReadIsReportedAndFailsTheCheck() throws IOException {
    Path html = Files.writeString(dir.resolve("swagger.html"), "<html><body>Swagger UI</body></html>");
    try (Run run = Run.of(PanelCheck::run, "--openapi", html.toString())) {
      assertThat(run.exit).isEqualTo(1);
      assertThat(run.out).contains("The OpenAPI document could not be read: " + html + " is not JSON");
    }
  }

  private ObjectNode simulatorDocument() throws IOException {
    try {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(panel.baseUrl() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
      return (ObjectNode) JSON.readTree(answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private String write(ObjectNode document) throws IOException {
    return Files.writeString(dir.resolve("openapi.json"), JSON.writeValueAsString(document)).toString();
  }
}
