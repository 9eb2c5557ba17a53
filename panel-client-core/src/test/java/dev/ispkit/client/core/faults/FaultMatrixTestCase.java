package dev.ispkit.client.core.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import dev.ispkit.client.core.transport.FakeTime;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tests every client's fault matrix runs: each cell of its table ({@link FaultCell}), and its section of {@code
 * docs/reliability.md} against the table ({@link ReliabilityDoc}). A client's test gives the table, the panel and
 * the call of each column:
 *
 * <pre>{@code
 * @WireMockTest
 * final class Dci6FaultMatrixTest extends FaultMatrixTestCase<Dci6Client> {
 *   static final FaultMatrix MATRIX = FaultMatrix.builder("dcimanager6-client", "DCImanager 6")...build();
 *
 *   Dci6FaultMatrixTest() {
 *     super(MATRIX, new AuthV4Panel<>("/api", credentials, token, Dci6Client::create));
 *   }
 *
 *   @Override
 *   protected MatrixCall<Dci6Client> call(CallKind kind) { ... }
 * }
 * }</pre>
 *
 * @param <C> the client facade
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FaultMatrixTestCase<C extends AutoCloseable> {
  private final FaultMatrix matrix;
  private final MatrixPanel<C> panel;

  /**
   * The matrix and the panel its cells run against.
   *
   * @param matrix the client's table
   * @param panel the panel
   */
  protected FaultMatrixTestCase(FaultMatrix matrix, MatrixPanel<C> panel) {
    this.matrix = matrix;
    this.panel = panel;
  }

  /**
   * The call a column runs, made fresh for each cell.
   *
   * @param kind the column
   * @return the call
   */
  protected abstract MatrixCall<C> call(CallKind kind);

  /**
   * Runs the read column's call once without a fault on a patient client, before any cell: the first answers of a
   * fresh WireMock and JVM can take longer than the matrix's short read timeout, and a login timed out would fail
   * whichever cell came first.
   */
  @BeforeAll
  void warmUp(WireMockRuntimeInfo wm) {
    MatrixCall<C> read = call(CallKind.READ);
    wm.getWireMock().register(panel.login());
    read.alongside().forEach(wm.getWireMock()::register);
    wm.getWireMock().register(read.endpoint().get().willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(read.answer())));
    FakeTime time = new FakeTime();
    try (C client = panel.connect(time.clientConfig(wm.getHttpBaseUrl() + panel.basePath(), panel.credentials())
        .build())) {
      read.action().accept(client);
    } catch (Exception warmingUp) {
      // a cell that fails the same way says what is wrong
    } finally {
      wm.getWireMock().resetToDefaultMappings();
      wm.getWireMock().resetRequests();
      wm.getWireMock().resetScenarios();
    }
  }

  Stream<Arguments> cells() {
    return matrix.cells();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("cells")
  void cell(PanelFault fault, CallKind kind, WireMockRuntimeInfo wm) throws IOException {
    FaultCell.run(matrix, fault, kind, panel, call(kind), wm);
  }

  @Test
  void theReliabilityDocumentShowsThisMatrix() {
    ReliabilityDoc.check(matrix);
  }
}
