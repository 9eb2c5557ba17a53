package dev.ispkit.client.core.transport;

/**
 * How a call is named for a {@link dev.ispkit.client.core.PanelCallListener}: from a closed set, never from request
 * data, so a name is a safe metric tag. By default the Java method of the API interface, as Feign names it ({@code
 * Dci6Api#server(long)}); a client whose one method carries many functions names them from its arguments (the
 * BILLmanager func API: {@code soft.edit}).
 *
 * <pre>{@code
 * PanelTransport.builder(config).callNamer((method, args) -> funcOf(args).orElse(method))
 * }</pre>
 */
@FunctionalInterface
public interface CallNamer {
  /** The method's name, as Feign's {@code configKey}. */
  CallNamer METHOD = (method, args) -> method;

  /**
   * Names one call.
   *
   * @param method the method, as Feign's {@code configKey}: {@code Dci6Api#server(long)}
   * @param args the call's arguments (may be null for none); read, never changed
   * @return the name; never an id, a URL or a secret
   */
  String name(String method, Object[] args);
}
