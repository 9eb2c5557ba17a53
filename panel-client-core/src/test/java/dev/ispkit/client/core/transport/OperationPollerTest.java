package dev.ispkit.client.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.client.core.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class OperationPollerTest {
  private final FakeTime time = new FakeTime();
  private final WaitOptions options = WaitOptions.builder()
      .timeout(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(30)).build();

  private String await(Iterator<String> statuses, List<String> seen) {
    return OperationPoller.await("operation 17", statuses::next,
        status -> switch (status) {
          case "ok" -> OperationPoller.Outcome.SUCCEEDED;
          case "failed" -> OperationPoller.Outcome.FAILED;
          default -> OperationPoller.Outcome.RUNNING;
        },
        status -> "status " + status, options, seen::add, time, time);
  }

  @Test
  void returnsOnSuccessAfterReportingEachRead() {
    List<String> seen = new ArrayList<>();
    assertThat(await(List.of("new", "running", "running", "ok").iterator(), seen)).isEqualTo("ok");
    assertThat(seen).containsExactly("new", "running", "running", "ok");
    assertThat(time.sleeps).containsOnly(Duration.ofSeconds(30)).hasSize(3);
  }

  @Test
  void failsAtTheFirstFailedReadNotAtTheTimeout() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> await(List.of("running", "failed", "ok").iterator(), seen))
        .isInstanceOf(OperationFailedException.class)
        .hasMessage("operation 17 failed: status failed");
    assertThat(seen).containsExactly("running", "failed");
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void givesUpAtTheTimeoutWithTheLastStatus() {
    Iterator<String> forever = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        return "running";
      }
    };
    assertThatThrownBy(() -> await(forever, new ArrayList<>()))
        .isInstanceOf(OperationTimeoutException.class)
        .hasMessage("operation 17 did not end within PT5M; last seen: status running");
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(5));
  }

  /** Reads that answer from a script; a null entry is a 503 spell, "reset" a connection failure. */
  private static Supplier<String> script(String... reads) {
    Iterator<String> it = Arrays.asList(reads).iterator();
    return () -> {
      String next = it.hasNext() ? it.next() : null;
      if (next == null) {
        throw new PanelUnavailableException("the panel answered 503 [GET /vm/v3/task]",
            new PanelErrorDetails(503, null, null, null), null);
      }
      if (next.equals("reset")) {
        throw new PanelConnectionException("connection reset [GET /vm/v3/task]", PanelErrorDetails.none(), null);
      }
      return next;
    };
  }

  private String awaitScript(Supplier<String> read, List<String> seen) {
    return OperationPoller.await("operation 17", read,
        status -> status.equals("ok") ? OperationPoller.Outcome.SUCCEEDED : OperationPoller.Outcome.RUNNING,
        status -> "status " + status, options, seen::add, time, time);
  }

  @Test
  void aPanelUnavailableForLongerThanOneReadsRetriesDoesNotEndTheWait() {
    List<String> seen = new ArrayList<>();
    String[] reads = {"running", null, null, null, "reset", null, "running", "ok"};
    assertThat(awaitScript(script(reads), seen)).isEqualTo("ok");
    assertThat(seen).containsExactly("running", "running", "ok");
    assertThat(time.sleeps).hasSize(7).containsOnly(Duration.ofSeconds(30));
  }

  @Test
  void aPanelUnavailableUntilTheTimeoutEndsInATimeoutCarryingTheLastFailure() {
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> awaitScript(script("running"), seen))
        .isInstanceOf(OperationTimeoutException.class)
        .hasMessageStartingWith("operation 17 did not end within PT5M; last seen: the panel was unavailable")
        .hasMessageContaining("503")
        .hasCauseInstanceOf(PanelUnavailableException.class);
    assertThat(seen).containsExactly("running");
    assertThat(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aFailureThatIsNotAnOutageEndsTheWaitAtOnce() {
    Supplier<String> read = () -> {
      throw new PanelAuthenticationException("the panel refused the credentials", PanelErrorDetails.none(), null);
    };
    assertThatThrownBy(() -> awaitScript(read, new ArrayList<>()))
        .isInstanceOf(PanelAuthenticationException.class);
    assertThat(time.sleeps).isEmpty();
  }
}
