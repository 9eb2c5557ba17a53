package dev.ispkit.client.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.PanelResponseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind makes its own exception, and an exception tells its kind back, so a failure can be handed on whole. */
final class ErrorKindTest {
  private static final PanelErrorDetails DETAILS =
      new PanelErrorDetails(400, "1012", "Field 'email' is invalid", new PanelCall("POST", "/api/dci/v3/user"));

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void eachKindIsTheKindOfWhatItMakes(ErrorKind kind) {
    PanelException made = kind.create("DCImanager 6 answered 400", DETAILS, null);

    assertThat(ErrorKind.of(made)).isEqualTo(kind);
    assertThat(made).hasMessage("DCImanager 6 answered 400");
    assertThat(PanelErrorDetails.of(made)).isEqualTo(DETAILS);
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void aCopyKeepsTheKindTheDetailsAndTheOriginalAsCause(ErrorKind kind) {
    PanelException original = kind.withSuffix("BILLmanager answered 200", DETAILS).apply(" (after 2 attempts)");

    PanelException copy = ErrorKind.copyOf(original, " (the login another caller made)");

    assertThat(copy).isExactlyInstanceOf(original.getClass()).hasCause(original)
        .hasMessage("BILLmanager answered 200 (after 2 attempts) (the login another caller made)");
    assertThat(PanelErrorDetails.of(copy)).isEqualTo(DETAILS);
  }

  @ParameterizedTest
  @EnumSource(value = ErrorKind.class, names = {"OUTCOME_UNKNOWN", "RESPONSE"})
  void anOutcomeUnknownIsAResponseFailureOfItsOwnKind(ErrorKind kind) {
    PanelException made = kind.create("x", DETAILS, null);

    assertThat(made).isInstanceOf(PanelResponseException.class);
    assertThat(made instanceof PanelOutcomeUnknownException).isEqualTo(kind == ErrorKind.OUTCOME_UNKNOWN);
  }
}
