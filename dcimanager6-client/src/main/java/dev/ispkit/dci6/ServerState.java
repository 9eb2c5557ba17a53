package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * The state of a server in DCImanager 6, its {@code state}.
 *
 * <pre>{@code
 * boolean settled = server.state().map(ServerState.OK::equals).orElse(false);
 * }</pre>
 *
 * <p>A value ispkit does not know is kept as sent (see {@link OpenEnum}).
 */
public final class ServerState extends OpenEnum {
  /** Nothing pending (seen in a production answer). */
  public static final ServerState OK = new ServerState("ok", true);
  /** Being suspended (the docs' sample value). */
  public static final ServerState SUSPENDING = new ServerState("suspending", true);

  private static final Map<String, ServerState> KNOWN = index(OK, SUSPENDING);

  private ServerState(String raw, boolean known) {
    super(raw, known);
  }

  /**
   * The value for a raw text: the known constant (ignoring case) or a new unknown value.
   *
   * @param raw the text as the panel writes it
   * @return the value
   * @throws dev.ispkit.client.core.InvalidInputException when the text is null or blank
   */
  public static ServerState of(String raw) {
    return of("state", raw, KNOWN, unknown -> new ServerState(unknown, false));
  }

  /** What the JSON reader calls: an empty text reads as no value rather than an error. */
  @JsonCreator
  static ServerState fromPanel(String raw) {
    return raw == null || raw.isBlank() ? null : of(raw);
  }
}
