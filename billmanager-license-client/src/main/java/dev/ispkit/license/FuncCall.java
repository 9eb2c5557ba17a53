package dev.ispkit.license;

import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.transport.PanelErrors;
import feign.Request;
import java.util.Map;

/**
 * A BILLmanager request as exceptions show it: the method and path, plus the function and the license id from its
 * form body, for example {@code POST /manager/billmgr [func=soft.edit elid=81234]}.
 *
 * <p>Only those two fields are named, on purpose: the form also carries {@code authinfo}, {@code password} or the
 * session id, and a list of what to show cannot leak a field someone adds later, as a list of what to hide could.
 */
final class FuncCall {
  private FuncCall() {}

  static PanelCall of(Request request) {
    PanelCall http = PanelErrors.callOf(request);
    Map<String, String> form = Form.parse(request);
    String func = form.get("func");
    if (func == null) {
      return http;
    }
    String elid = form.get("elid");
    return new PanelCall(http.method(), http.target() + " [func=" + safe(func)
        + (elid == null ? "" : " elid=" + safe(elid)) + "]");
  }

  /**
   * The call's name for a {@link dev.ispkit.client.core.PanelCallListener}: the function alone ({@code soft.edit}),
   * never the license id beside it, so it is a closed set (the functions this client calls). A call without a
   * function keeps the method's name.
   */
  static String name(String method, Object[] args) {
    if (args != null && args.length == 1 && args[0] instanceof Map) {
      Object func = ((Map<?, ?>) args[0]).get("func");
      if (func instanceof String) {
        return safe((String) func);
      }
    }
    return method;
  }

  /** Function names and ids are short words; anything else is cut so it cannot flood a message. */
  private static String safe(String value) {
    String cleaned = value.replaceAll("[^A-Za-z0-9._-]", "?");
    return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
  }
}
