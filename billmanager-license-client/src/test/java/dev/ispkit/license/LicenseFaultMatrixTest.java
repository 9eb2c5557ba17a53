package dev.ispkit.license;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.ispkit.client.core.faults.Outcome.fails;
import static dev.ispkit.client.core.faults.Outcome.ok;
import static dev.ispkit.license.LicenseServer.docJson;
import static dev.ispkit.license.LicenseServer.field;
import static dev.ispkit.license.LicenseServer.func;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.faults.CallKind;
import dev.ispkit.client.core.faults.FaultCell;
import dev.ispkit.client.core.faults.FaultMatrix;
import dev.ispkit.client.core.faults.FaultMatrixTestCase;
import dev.ispkit.client.core.faults.MatrixCall;
import dev.ispkit.client.core.faults.MatrixPanel;
import dev.ispkit.client.core.faults.PanelFault;
import java.util.List;
import java.util.Map;

/**
 * The license server client ({@link AuthMode#SESSION}, so a session id is at stake too) under every fault of the
 * matrix, for each kind of call it makes; the table below is also this client's section of {@code
 * docs/reliability.md}.
 *
 * <p>Its "idempotent write" column is {@code delete} ({@code soft.delete}), the func API's stand-in for a DELETE:
 * {@link FuncIdempotency} classifies no write idempotent (only {@code soft}, {@code soft.checkip}, {@code auth} and
 * {@code soft.edit} without {@code sok}, all reads), so the column shows a write that is not repeated.
 */
@WireMockTest
final class LicenseFaultMatrixTest extends FaultMatrixTestCase<LicenseServerClient> {
  /** What each fault makes of each call: the rules of {@code panel-client-core}'s README, cell by cell. */
  static final FaultMatrix MATRIX = FaultMatrix.builder("billmanager-license-client", "BILLmanager license server")
      .call(CallKind.READ, "`get(812)` (soft.edit)")
      .call(CallKind.PAGED_LIST, "`list()` (soft: one request, not paged)")
      .call(CallKind.IDEMPOTENT_WRITE, "`delete(812)` (soft.delete: not classified idempotent)")
      .call(CallKind.NON_IDEMPOTENT_POST, "`order(order)`")
      .call(CallKind.LONG_WAIT, "`awaitKey(812, 1 s)`")
      .row(PanelFault.BURST_503, ok(3), ok(3), ok(3), ok(3), ok(3))
      .row(PanelFault.ERROR_500, fails(PanelServerException.class, 3), fails(PanelServerException.class, 3),
          fails(PanelServerException.class, 1), fails(PanelServerException.class, 1),
          fails(PanelServerException.class, 3))
      .row(PanelFault.RESET_BEFORE_HEADERS, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 3), fails(PanelConnectionException.class, 1),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.RESET_MID_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 3), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.READ_TIMEOUT, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 3), fails(PanelConnectionException.class, 1),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.SLOW_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 3), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.MALFORMED_JSON, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 1), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(PanelResponseException.class, 1))
      .row(PanelFault.NULL_BODY, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 1), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelOutcomeUnknownException.class, 1), fails(PanelResponseException.class, 1))
      .row(PanelFault.HTML_PAGE, fails(PanelUnavailableException.class, 3),
          fails(PanelUnavailableException.class, 3), fails(PanelUnavailableException.class, 1),
          fails(PanelUnavailableException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.EXPIRED_401, ok(2).afterReLogin(), ok(2).afterReLogin(), ok(2).afterReLogin(),
          ok(2).afterReLogin(), ok(2).afterReLogin())
      .note("Every call is a POST of a form; `FuncIdempotency` judges by `func`: only the reads (`soft`, "
          + "`soft.edit` without `sok`, `soft.checkip`) are repeated after a failure that may have come after the "
          + "server acted. No write is classified idempotent, so the write column shows `soft.delete` not repeated.")
      .note("\"401 expired\" is BILLmanager's own refusal of a session: `doc.error` of type `auth` with HTTP 200; "
          + "the client logs in again once (`func=auth`) and repeats the call, an order included (the refused "
          + "request was not carried out).")
      .note("The order's `PanelOutcomeUnknownException` says the license may have been ordered and how to find it "
          + "(in `list()` by its license name and IP).")
      .build();

  private static final String LICENSE = docJson(String.join(",", field("id", "812"),
      field("name", "ISPmanager Lite"), field("licname", "Item #1042"), field("ip", "192.0.2.10"),
      field("lickey", LicenseServer.KEY), field("status", "2"), field("pricelist_id", "3541"),
      field("expiredate", "2026-12-22")));

  /** The license server at {@code /manager/billmgr}, in session mode. */
  private static final MatrixPanel<LicenseServerClient> SERVER = new MatrixPanel<>() {
    @Override
    public String basePath() {
      return LicenseServer.PATH;
    }

    @Override
    public Credentials credentials() {
      return Credentials.of(LicenseServer.USER, LicenseServer.PASSWORD);
    }

    @Override
    public LicenseServerClient connect(ClientConfig config) {
      return LicenseServerClient.builder(config).authMode(AuthMode.SESSION).build();
    }

    @Override
    public MappingBuilder login() {
      return func("auth").willReturn(LicenseServer.session(LicenseServer.SESSION));
    }

    @Override
    public boolean isLogin(LoggedRequest request) {
      return LicenseServer.form(request).contains(Map.entry("func", "auth"));
    }

    @Override
    public ResponseDefinitionBuilder error(int status) {
      return aResponse().withStatus(status).withHeader("Content-Type", "text/plain")
          .withBody(status == 503 ? "Service Unavailable" : "Internal Server Error");
    }

    @Override
    public ResponseDefinitionBuilder sessionRefused() {
      return LicenseServer.error("auth", "", "Session expired, log in again");
    }

    @Override
    public List<String> secrets() {
      return List.of(LicenseServer.PASSWORD, LicenseServer.SESSION, LicenseServer.KEY);
    }
  };

  LicenseFaultMatrixTest() {
    super(MATRIX, SERVER);
  }

  @Override
  protected MatrixCall<LicenseServerClient> call(CallKind kind) {
    switch (kind) {
      case READ:
        return MatrixCall.of(LicenseFaultMatrixTest::licenseForm, LICENSE, licenses -> licenses.get(812));
      case PAGED_LIST:
        return MatrixCall.of(() -> func("soft"), docJson("\"elem\":[{" + String.join(",", field("id", "812"),
                field("ip", "192.0.2.10"), field("lickey", LicenseServer.KEY), field("status", "2")) + "}]"),
            LicenseServerClient::list);
      case IDEMPOTENT_WRITE:
        return MatrixCall.of(() -> func("soft.delete"), docJson("\"ok\":{}"), licenses -> licenses.delete(812));
      case NON_IDEMPOTENT_POST:
        return MatrixCall.of(() -> func("soft.order.param"), docJson(field("id", "812")),
            licenses -> licenses.order(LicenseOrder.builder().pricelist("3541").period(1).ip("192.0.2.10")
                .licenseName("Item #1042").build()));
      case LONG_WAIT:
        return MatrixCall.of(LicenseFaultMatrixTest::licenseForm, LICENSE,
            licenses -> licenses.awaitKey(812, FaultCell.WAIT));
      default:
        throw new IllegalArgumentException("no call for " + kind);
    }
  }

  private static MappingBuilder licenseForm() {
    return func("soft.edit").withFormParam("elid", equalTo("812"));
  }
}
