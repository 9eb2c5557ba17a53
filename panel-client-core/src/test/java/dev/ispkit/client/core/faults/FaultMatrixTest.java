package dev.ispkit.client.core.faults;

import static dev.ispkit.client.core.faults.Outcome.fails;
import static dev.ispkit.client.core.faults.Outcome.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.PanelServerException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table a client's fault matrix is written in, and the document section it renders. */
final class FaultMatrixTest {
  private static FaultMatrix.Builder allCalls() {
    FaultMatrix.Builder builder = FaultMatrix.builder("sample-client", "Sample panel");
    for (CallKind kind : CallKind.values()) {
      builder.call(kind, "`" + kind.name().toLowerCase() + "()`");
    }
    return builder;
  }

  private static FaultMatrix everyCellOk() {
    FaultMatrix.Builder builder = allCalls();
    for (PanelFault fault : PanelFault.values()) {
      builder.row(fault, ok(1), ok(2), ok(1), ok(1), ok(1));
    }
    return builder.note("A note.").build();
  }

  @Test
  void anOutcomeReadsAsTheDocumentShowsIt() {
    assertThat(ok(1).text()).isEqualTo("ok, 1 request");
    assertThat(ok(3).text()).isEqualTo("ok, 3 requests");
    assertThat(fails(PanelServerException.class, 1).text()).isEqualTo("PanelServerException, 1 request");
    assertThat(ok(2).afterReLogin().text()).isEqualTo("ok, 2 requests, 1 re-login");
  }

  @Test
  void aMatrixWithoutARowForEveryFaultIsRefused() {
    FaultMatrix.Builder builder = allCalls().row(PanelFault.BURST_503, ok(3), ok(4), ok(3), ok(3), ok(3));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("500");
  }

  @Test
  void theSectionHasAHeaderRowALineAFaultAndTheNotes() {
    String markdown = everyCellOk().markdown();

    assertThat(markdown).startsWith("### Sample panel (`sample-client`)\n\n| fault | read: `read()` | ");
    assertThat(markdown.lines().filter(line -> line.startsWith("| "))).hasSize(1 + PanelFault.values().length);
    assertThat(markdown).contains("| 503 burst | ok, 1 request | ok, 2 requests | ok, 1 request | ok, 1 request | "
        + "ok, 1 request |\n").endsWith("\n- A note.\n");
  }

  @Test
  void everyCellIsATestCase() {
    assertThat(everyCellOk().cells()).hasSize(PanelFault.values().length * CallKind.values().length);
  }

  @Test
  void malformedJsonIsCutThroughTheFirstSecretTheAnswerCarries() {
    String answer = "{\"id\":812,\"lickey\":\"LK-7f3a9c0e2b1d4c58a6e2-SECRET\",\"ip\":\"192.0.2.10\"}";

    assertThat(FaultCell.cut(answer, List.of("absent-secret", "LK-7f3a9c0e2b1d4c58a6e2-SECRET")))
        .isEqualTo("{\"id\":812,\"lickey\":\"LK-7f3a9c0e2b1d");
    assertThat(FaultCell.cut("{\"id\":812}", List.of())).isEqualTo("{\"id\"");
  }
}
