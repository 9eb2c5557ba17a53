package dev.ispkit.adapters.internal;

import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelPermissionException;
import dev.ispkit.client.core.PanelUnavailableException;
import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.port.PanelFailure;
import java.util.function.Supplier;

/**
 * The calls of one panel, made so that whatever a client throws reaches the engine as a {@link PanelFailure}: the
 * one translation from the clients' exceptions to the engine's kinds, for all three adapters. Internal: see the
 * package description.
 *
 * <pre>{@code
 * PanelCalls calls = new PanelCalls("DCImanager 6 panel dci-msk");
 * Server server = calls.get("read server 3241", () -> client.servers().get(3241));
 * // a 404 becomes PanelFailure NOT_FOUND: "DCImanager 6 panel dci-msk: read server 3241 failed: <client message>"
 * }</pre>
 *
 * <p>The message names the panel and the call, then carries the client's message, which the clients have already
 * masked (no password, token, cookie or {@code authinfo}); nothing else is added to it.
 */
public final class PanelCalls {
  private final String panel;

  /**
   * The calls of one panel.
   *
   * @param panel how messages name the panel, for example {@code DCImanager 6 panel dci-msk}
   */
  public PanelCalls(String panel) {
    this.panel = InvalidSettingException.requireText("panel", panel);
  }

  /**
   * Makes a call that answers something.
   *
   * @param call what the call does, for the message (for example {@code read server 3241})
   * @param body the client calls
   * @param <T> what they answer
   * @return the answer
   * @throws PanelFailure when a client call fails; a {@link PanelFailure} from inside passes unchanged
   */
  public <T> T get(String call, Supplier<T> body) {
    try {
      return body.get();
    } catch (PanelException | InvalidInputException | InvalidSettingException e) {
      throw failure(call, e);
    }
  }

  /**
   * Makes a call that answers nothing.
   *
   * @param call what the call does, for the message
   * @param body the client calls
   * @throws PanelFailure when a client call fails
   */
  public void run(String call, Runnable body) {
    get(call, () -> {
      body.run();
      return null;
    });
  }

  /**
   * The failure of a call, of the kind {@link #kind(RuntimeException)} gives its cause.
   *
   * @param call what the call does
   * @param cause what the client threw
   * @return the failure to throw
   */
  public PanelFailure failure(String call, RuntimeException cause) {
    return failure(kind(cause), call, cause);
  }

  /**
   * The failure of a call, of a kind the adapter chose (for example {@link PanelFailure.Kind#REFUSED} for a power
   * command the IPMI did not carry out, which the client reports as a server error).
   *
   * @param kind the kind
   * @param call what the call does
   * @param cause what the client threw, or {@code null} when the adapter itself found the problem
   * @return the failure to throw
   */
  public PanelFailure failure(PanelFailure.Kind kind, String call, Throwable cause) {
    String why = cause == null ? "" : " failed: " + cause.getMessage();
    return new PanelFailure(kind, panel + ": " + call + why, cause);
  }

  /**
   * The failure of a call the adapter refuses or cannot complete from what the panel answered, without a client
   * exception (for example an OS template the location does not offer).
   *
   * @param kind the kind
   * @param call what the call does
   * @param problem what is wrong, naming the value
   * @return the failure to throw
   */
  public PanelFailure failure(PanelFailure.Kind kind, String call, String problem) {
    return new PanelFailure(kind, panel + ": " + call + ": " + problem, null);
  }

  /**
   * The engine's kind of a client's failure:
   * <ul>
   *   <li>{@code TIMED_OUT}: a wait ran out ({@link OperationTimeoutException});</li>
   *   <li>{@code OPERATION_FAILED}: an operation, task or key wait ended failed ({@link
   *       OperationFailedException});</li>
   *   <li>{@code NOT_FOUND}: the object is not there ({@link PanelNotFoundException});</li>
   *   <li>{@code UNAVAILABLE}: 503 and gateway errors after the retries, no connection or no answer ({@link
   *       PanelUnavailableException}, {@link PanelConnectionException});</li>
   *   <li>{@code REFUSED}: the panel refused the request as invalid, conflicting or not allowed ({@link
   *       PanelInvalidRequestException}, {@link PanelConflictException}, {@link PanelPermissionException}), or the
   *       client refused it before sending ({@link InvalidInputException});</li>
   *   <li>{@code OTHER}: a login refused, an answer that could not be read or that makes no engine value, a panel
   *       error (HTTP 500), anything else.</li>
   * </ul>
   *
   * @param cause what the client threw
   * @return the kind
   */
  public static PanelFailure.Kind kind(RuntimeException cause) {
    if (cause instanceof OperationTimeoutException) {
      return PanelFailure.Kind.TIMED_OUT;
    }
    if (cause instanceof OperationFailedException) {
      return PanelFailure.Kind.OPERATION_FAILED;
    }
    if (cause instanceof PanelNotFoundException) {
      return PanelFailure.Kind.NOT_FOUND;
    }
    if (cause instanceof PanelUnavailableException || cause instanceof PanelConnectionException) {
      return PanelFailure.Kind.UNAVAILABLE;
    }
    if (cause instanceof PanelInvalidRequestException || cause instanceof PanelConflictException
        || cause instanceof PanelPermissionException || cause instanceof InvalidInputException) {
      return PanelFailure.Kind.REFUSED;
    }
    return PanelFailure.Kind.OTHER;
  }

  @Override
  public String toString() {
    return panel;
  }
}
