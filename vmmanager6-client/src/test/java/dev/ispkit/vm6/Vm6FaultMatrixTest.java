package dev.ispkit.vm6;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ispkit.client.core.faults.Outcome.fails;
import static dev.ispkit.client.core.faults.Outcome.ok;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.faults.AuthV4Panel;
import dev.ispkit.client.core.faults.CallKind;
import dev.ispkit.client.core.faults.FaultCell;
import dev.ispkit.client.core.faults.FaultMatrix;
import dev.ispkit.client.core.faults.FaultMatrixTestCase;
import dev.ispkit.client.core.faults.MatrixCall;
import dev.ispkit.client.core.faults.PanelFault;

/**
 * The VMmanager 6 client under every fault of the matrix, for each kind of call it makes; the table below is also
 * this client's section of {@code docs/reliability.md}.
 */
@WireMockTest
final class Vm6FaultMatrixTest extends FaultMatrixTestCase<Vm6Client> {
  /** What each fault makes of each call: the rules of {@code panel-client-core}'s README, cell by cell. */
  static final FaultMatrix MATRIX = FaultMatrix.builder("vmmanager6-client", "VMmanager 6")
      .call(CallKind.READ, "`vms().get(101)`")
      .call(CallKind.PAGED_LIST, "`vms().stream(all, 2)`, fault on page 2")
      .call(CallKind.IDEMPOTENT_WRITE, "`vms().delete(101)` (DELETE)")
      .call(CallKind.NON_IDEMPOTENT_POST, "`vms().create(vm)`")
      .call(CallKind.LONG_WAIT, "`tasks().await(host_create 5551, 1 s)`")
      .row(PanelFault.BURST_503, ok(3), ok(4), ok(3), ok(3), ok(3))
      .row(PanelFault.ERROR_500, fails(PanelServerException.class, 3), fails(PanelServerException.class, 4),
          fails(PanelServerException.class, 3), fails(PanelServerException.class, 1),
          fails(PanelServerException.class, 3))
      .row(PanelFault.RESET_BEFORE_HEADERS, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.RESET_MID_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelOutcomeUnknownException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.READ_TIMEOUT, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.SLOW_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelOutcomeUnknownException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.MALFORMED_JSON, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 2), fails(PanelResponseException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(PanelResponseException.class, 1))
      .row(PanelFault.NULL_BODY, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 2), fails(PanelResponseException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(PanelResponseException.class, 1))
      .row(PanelFault.HTML_PAGE, fails(PanelUnavailableException.class, 3),
          fails(PanelUnavailableException.class, 4), fails(PanelUnavailableException.class, 3),
          fails(PanelUnavailableException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.EXPIRED_401, ok(2).afterReLogin(), ok(3).afterReLogin(), ok(2).afterReLogin(),
          ok(2).afterReLogin(), ok(2).afterReLogin())
      .note("The VM create's `PanelOutcomeUnknownException` says the VM may have been created and how to find it "
          + "(`vms().first(Where.field(\"name\").eq(...))`).")
      .note("A delete answers the task that carries it out, so an answer that cannot be read is a failure even "
          + "though the DELETE is idempotent: the caller may send it again (a repeat that finds the VM gone or "
          + "going is the success it was, see `VmAction.alreadyGone()`).")
      .build();

  private static final String PASSWORD = "Adm1n-pass-never-logged";
  private static final String TOKEN = "4-e9b7c0de-5a1f-4c2d-9f00-6ba7c69dcb7d";
  private static final String ROOT_PASSWORD = "R00t-secret-never-logged";
  private static final String VM = "{\"id\":101,\"name\":\"vps-10482\",\"state\":\"active\","
      + "\"ip4\":[{\"ip\":\"203.0.113.10\"}]}";

  Vm6FaultMatrixTest() {
    super(MATRIX, new AuthV4Panel<>("", Credentials.of("admin@example.com", PASSWORD), TOKEN, Vm6Client::create));
  }

  @Override
  protected MatrixCall<Vm6Client> call(CallKind kind) {
    switch (kind) {
      case READ:
        return MatrixCall.of(() -> get(urlPathEqualTo("/vm/v3/host"))
                .withQueryParam("where", matching(".*id EQ '101'.*")),
            "{\"list\":[" + VM + "],\"size\":1}", vm6 -> vm6.vms().get(101));
      case PAGED_LIST:
        return MatrixCall.<Vm6Client>of(() -> page("2,2"), "{\"list\":[{\"id\":103}],\"size\":3}",
                vm6 -> vm6.vms().stream(ListQuery.all(), 2).forEach(vm -> { }))
            .alongside(page("0,2").willReturn(okJson("{\"list\":[{\"id\":101},{\"id\":102}],\"size\":3}")));
      case IDEMPOTENT_WRITE:
        return MatrixCall.of(() -> delete(urlPathEqualTo("/vm/v3/host/101")), "{\"id\":101,\"task\":5553}",
            vm6 -> vm6.vms().delete(101));
      case NON_IDEMPOTENT_POST:
        return MatrixCall.<Vm6Client>of(() -> post(urlPathEqualTo("/vm/v3/host")), "{\"id\":101,\"task\":5551}",
                vm6 -> vm6.vms().create(NewVm.builder().name("vps-10482").clusterId(1).accountId(7).osId(25)
                    .cpuNumber(1).ramMib(1024).hddMib(10240).password(ROOT_PASSWORD).build()))
            .secrets(ROOT_PASSWORD);
      case LONG_WAIT:
        return MatrixCall.of(() -> get(urlPathEqualTo("/vm/v3/task")),
            "{\"list\":[{\"id\":777,\"consul_id\":5551,\"name\":\"host_create\",\"status\":\"complete\"}]}",
            vm6 -> vm6.tasks().await(TaskRef.of(5551, TaskRef.HOST_CREATE), FaultCell.WAIT, null));
      default:
        throw new IllegalArgumentException("no call for " + kind);
    }
  }

  private static MappingBuilder page(String limit) {
    return get(urlPathEqualTo("/vm/v3/host")).withQueryParam("limit", equalTo(limit));
  }
}
