package dev.ispkit.client.core;

import java.util.Objects;

/**
 * The call that failed: its HTTP method and the panel path, with every secret already masked.
 *
 * <p>Carried by each {@link PanelException} so a log line or an alert says which call broke without repeating a
 * password, token or {@code authinfo}.
 *
 * @param method the HTTP method, for example {@code GET}
 * @param target the path and query as sent, secrets masked, for example {@code /api/dci/v3/server/5}
 */
public record PanelCall(String method, String target) {
  /** Checks that neither part is null. */
  public PanelCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
  }

  @Override
  public String toString() {
    return method + " " + target;
  }
}
