package dev.ispkit.adapters.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.MissingInputException;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelAuthenticationException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.PanelServerException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.PanelFailure;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one translation of the clients' failures into the engine's kinds, exception by exception. */
class PanelCallsTest {
  private static final PanelErrorDetails DETAILS = new PanelErrorDetails(400, "5002", "refused",
      new PanelCall("POST", "/api/dci/v3/server/5/owner"));
  private static final PanelCalls CALLS = new PanelCalls("DCImanager 6 panel dci-msk");

  static Stream<Arguments> everyClientFailure() {
    return Stream.of(
        row(message -> new OperationTimeoutException(message, DETAILS, null), PanelFailure.Kind.TIMED_OUT),
        row(message -> new OperationFailedException(message, DETAILS, null), PanelFailure.Kind.OPERATION_FAILED),
        row(message -> new PanelNotFoundException(message, DETAILS, null), PanelFailure.Kind.NOT_FOUND),
        row(message -> new PanelUnavailableException(message, DETAILS, null), PanelFailure.Kind.UNAVAILABLE),
        row(message -> new PanelConnectionException(message, DETAILS, null), PanelFailure.Kind.UNAVAILABLE),
        row(message -> new PanelInvalidRequestException(message, DETAILS, null), PanelFailure.Kind.REFUSED),
        row(message -> new PanelConflictException(message, DETAILS, null), PanelFailure.Kind.REFUSED),
        row(message -> new PanelPermissionException(message, DETAILS, null), PanelFailure.Kind.REFUSED),
        row(message -> new InvalidInputException("email", message, "must be an email address"),
            PanelFailure.Kind.REFUSED),
        row(message -> new MissingInputException("password"), PanelFailure.Kind.REFUSED),
        row(message -> new PanelAuthenticationException(message, DETAILS, null), PanelFailure.Kind.OTHER),
        row(message -> new PanelResponseException(message, DETAILS, null), PanelFailure.Kind.OTHER),
        row(message -> new PanelServerException(message, DETAILS, null), PanelFailure.Kind.OTHER),
        row(message -> new InvalidSettingException("license id", -1, message), PanelFailure.Kind.OTHER));
  }

  private static Arguments row(Function<String, RuntimeException> failure, PanelFailure.Kind kind) {
    RuntimeException example = failure.apply("the client's message");
    return Arguments.of(example.getClass().getSimpleName(), failure, kind);
  }

  @ParameterizedTest(name = "{0} is {2}")
  @MethodSource("everyClientFailure")
  void eachClientFailureHasItsKindAndNamesThePanelAndTheCall(String name,
      Function<String, RuntimeException> failure, PanelFailure.Kind kind) {
    RuntimeException thrown = failure.apply("the client's message");

    assertThat(PanelCalls.kind(thrown)).isEqualTo(kind);
    assertThatThrownBy(() -> CALLS.run("give server 5 to user 17", () -> {
      throw thrown;
    })).isInstanceOfSatisfying(PanelFailure.class, translated -> {
      assertThat(translated.kind()).isEqualTo(kind);
      assertThat(translated.getCause()).isSameAs(thrown);
      assertThat(translated).hasMessage("DCImanager 6 panel dci-msk: give server 5 to user 17 failed: "
          + thrown.getMessage());
    });
  }

  @Test
  void aPanelFailureFromInsidePassesUnchangedAndAnAnswerPassesThrough() {
    PanelFailure own = CALLS.failure(PanelFailure.Kind.NOT_FOUND, "install 'Gentoo' on server 5",
        "location 3 offers no OS template named 'Gentoo'");

    assertThatThrownBy(() -> CALLS.get("install", () -> {
      throw own;
    })).isSameAs(own);
    assertThat(own).hasMessage("DCImanager 6 panel dci-msk: install 'Gentoo' on server 5: location 3 offers no OS "
        + "template named 'Gentoo'").hasNoCause();
    assertThat(CALLS.get("read", () -> 42)).isEqualTo(42);
  }

  @Test
  void aProgrammingErrorIsNotDressedAsAPanelFailure() {
    NullPointerException bug = new NullPointerException("bug");
    assertThatThrownBy(() -> CALLS.run("read", () -> {
      throw bug;
    })).isSameAs(bug);
  }

  @Test
  void aSecretTheClientMaskedStaysMasked() {
    InvalidInputException secret = InvalidInputException.secret("password", "must not be blank");

    PanelFailure failure = CALLS.failure("create the user client@example.com", secret);

    assertThat(failure.kind()).isEqualTo(PanelFailure.Kind.REFUSED);
    assertThat(failure.getMessage()).isEqualTo("DCImanager 6 panel dci-msk: create the user client@example.com "
        + "failed: password must not be blank");
  }
}
