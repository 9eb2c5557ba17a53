package dev.ispkit.dci6;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
 * The DCImanager 6 client under every fault of the matrix, for each kind of call it makes; the table below is also
 * this client's section of {@code docs/reliability.md}.
 */
@WireMockTest
final class Dci6FaultMatrixTest extends FaultMatrixTestCase<Dci6Client> {
  /** What each fault makes of each call: the rules of {@code panel-client-core}'s README, cell by cell. */
  static final FaultMatrix MATRIX = FaultMatrix.builder("dcimanager6-client", "DCImanager 6")
      .call(CallKind.READ, "`servers().get(3241)`")
      .call(CallKind.PAGED_LIST, "`servers().stream(all, 2)`, fault on page 2")
      .call(CallKind.IDEMPOTENT_WRITE, "`ips().remove(3241, 19367)` (DELETE)")
      .call(CallKind.NON_IDEMPOTENT_POST, "`users().create(user)`")
      .call(CallKind.LONG_WAIT, "`operations().awaitOnServer(3241, 25, 1 s)`")
      .row(PanelFault.BURST_503, ok(3), ok(4), ok(3), ok(3), ok(3))
      .row(PanelFault.ERROR_500, fails(PanelServerException.class, 3), fails(PanelServerException.class, 4),
          fails(PanelServerException.class, 3), fails(PanelServerException.class, 1),
          fails(PanelServerException.class, 3))
      .row(PanelFault.RESET_BEFORE_HEADERS, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.RESET_MID_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), ok(1), fails(PanelOutcomeUnknownException.class, 1),
          fails(OperationTimeoutException.class, 4))
      .row(PanelFault.READ_TIMEOUT, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.SLOW_BODY, fails(PanelConnectionException.class, 3),
          fails(PanelConnectionException.class, 4), ok(1), fails(PanelOutcomeUnknownException.class, 1),
          fails(OperationTimeoutException.class, 4))
      .row(PanelFault.MALFORMED_JSON, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 2), ok(1), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelResponseException.class, 1))
      .row(PanelFault.NULL_BODY, fails(PanelResponseException.class, 1),
          fails(PanelResponseException.class, 2), ok(1), fails(PanelOutcomeUnknownException.class, 1),
          fails(PanelResponseException.class, 1))
      .row(PanelFault.HTML_PAGE, fails(PanelUnavailableException.class, 3),
          fails(PanelUnavailableException.class, 4), fails(PanelUnavailableException.class, 3),
          fails(PanelUnavailableException.class, 1), fails(OperationTimeoutException.class, 4))
      .row(PanelFault.EXPIRED_401, ok(2).afterReLogin(), ok(3).afterReLogin(), ok(2).afterReLogin(),
          ok(2).afterReLogin(), ok(2).afterReLogin())
      .note("The IP removal returns nothing: a success status whose body breaks off, stalls or cannot be read is "
          + "the success it says (the body is not needed).")
      .build();

  private static final String PREFIX = "/api";
  private static final String PASSWORD = "Adm1n-pa55-never-logged";
  private static final String TOKEN = "6BA7C69DCB7DF4DACFFC7E56";
  private static final String USER_PASSWORD = "Cl1ent-pa55-never-logged";
  private static final String SERVER = "{\"id\":3241,\"name\":\"cs59019\",\"state\":\"ok\",\"location\":{\"id\":3},"
      + "\"operation\":{\"id\":25,\"server_id\":3241,\"type\":\"install\",\"status\":\"ok\",\"status_info\":null}}";

  Dci6FaultMatrixTest() {
    super(MATRIX, new AuthV4Panel<>(PREFIX, Credentials.of("admin@example.com", PASSWORD), TOKEN,
        Dci6Client::create));
  }

  @Override
  protected MatrixCall<Dci6Client> call(CallKind kind) {
    switch (kind) {
      case READ:
        return MatrixCall.of(() -> get(urlPathEqualTo(PREFIX + "/dci/v3/server/3241")), SERVER,
            dci -> dci.servers().get(3241));
      case PAGED_LIST:
        return MatrixCall.<Dci6Client>of(() -> page("2,2"), "{\"list\":[{\"id\":3243}],\"size\":3}",
                dci -> dci.servers().stream(ListQuery.all(), 2).forEach(server -> { }))
            .alongside(page("0,2").willReturn(okJson("{\"list\":[{\"id\":3241},{\"id\":3242}],\"size\":3}")));
      case IDEMPOTENT_WRITE:
        return MatrixCall.of(() -> delete(urlPathEqualTo(PREFIX + "/dci/v3/server/3241/ip/19367")),
            "{\"id\":19367}", dci -> dci.ips().remove(3241, 19367));
      case NON_IDEMPOTENT_POST:
        return MatrixCall.<Dci6Client>of(() -> post(urlPathEqualTo(PREFIX + "/dci/v3/user")), "{\"id\":17}",
                dci -> dci.users().create(NewUser.builder().email("client@example.com").password(USER_PASSWORD)
                    .build()))
            .secrets(USER_PASSWORD);
      case LONG_WAIT:
        return MatrixCall.of(() -> get(urlPathEqualTo(PREFIX + "/dci/v3/server/3241")), SERVER,
            dci -> dci.operations().awaitOnServer(3241, 25, FaultCell.WAIT, null));
      default:
        throw new IllegalArgumentException("no call for " + kind);
    }
  }

  private static MappingBuilder page(String limit) {
    return get(urlPathEqualTo(PREFIX + "/dci/v3/server")).withQueryParam("limit", equalTo(limit));
  }
}
