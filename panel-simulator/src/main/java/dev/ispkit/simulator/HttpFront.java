package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler behind the port: canonicalises the path, records the call, applies a fault if one is armed,
 * and hands the request to its panel under the state lock.
 */
final class HttpFront {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
  private static final String HTML_ERROR = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

  private final SimState state;
  private final Router router = new Router();
  private final BillingPanel billing;
  /** The OpenAPI document of the routes, made once: routes never change after start. */
  private final byte[] openApi;
  final FaultPlan faults = new FaultPlan();
  private final Deque<RecordedCall> calls = new ArrayDeque<>();

  HttpFront(SimState state) {
    this.state = state;
    new AuthPanel(state, router);
    new DciPanel(state, router);
    new VmPanel(state, router);
    this.billing = new BillingPanel(state);
    this.openApi = Json.bytes(OpenApi.document(router));
  }

  /**
   * The reply to one request as it came off the wire.
   *
   * @param headers names in lower case
   */
  Reply answer(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    Request request = null;
    Reply reply;
    Fault fault = null;
    try {
      request = request(method, uri, headers, body);
      fault = faults.take(request);
      reply = fault == null ? process(request) : apply(fault, request);
    } catch (RuntimeException | Error e) {
      LOG.warn("Simulator failed on {} {}", method, uri, e);
      reply = Reply.json(500, errorBody(1, "Simulator error: " + e, null));
    }
    if (request != null) {
      record(request, reply, fault);
    }
    return reply;
  }

  private Reply apply(Fault fault, Request request) {
    switch (fault.kind()) {
      case DELAY:
        sleep(fault.delay());
        return process(request);
      case TOKEN_EXPIRY:
        expireSessions();
        return process(request);
      case SERVICE_UNAVAILABLE:
        return Reply.json(503, errorBody(503, "Unavailable", null));
      case INTERNAL_ERROR:
        return Reply.json(500, errorBody(500, "Internal server error", null));
      case CONNECTION_RESET:
        return Reply.reset();
      case CONNECTION_RESET_AFTER_PROCESSING:
        process(request);
        return Reply.reset();
      case MALFORMED_JSON:
        Reply real = process(request);
        byte[] cut = java.util.Arrays.copyOf(real.body, Math.max(1, real.body.length / 2));
        if (real.body.length < 2) {
          cut = "{\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return Reply.jsonBytes(200, cut);
      case HTML_ERROR_PAGE:
        return Reply.text(502, "text/html", HTML_ERROR);
      default:
        throw new IllegalStateException("unknown fault " + fault.kind());
    }
  }

  void expireSessions() {
    state.lock.lock();
    try {
      state.auth.expireAll();
      state.billing.sessions.clear();
    } finally {
      state.lock.unlock();
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Reply process(Request request) {
    state.lock.lock();
    try {
      state.advance();
      if (request.panel == Panel.BILLMANAGER) {
        return billing.handle(request);
      }
      if (request.panel == Panel.NONE && request.method.equals("GET") && request.path.equals(OpenApi.PATH)) {
        return Reply.jsonBytes(200, openApi);
      }
      if (request.panel == Panel.NONE) {
        throw PanelException.of(PanelError.HANDLER_NOT_FOUND, "Request handler not found: " + request.path);
      }
      if (!AuthPanel.isPublic(request)) {
        state.auth.check(request, state.now());
      }
      Router.Handler handler = router.find(request);
      if (handler == null) {
        throw PanelException.of(PanelError.HANDLER_NOT_FOUND,
            "Request handler not found: " + request.method + " " + request.path);
      }
      return handler.handle(request);
    } catch (PanelException e) {
      return Reply.json(e.status, errorBody(e.code, e.getMessage(), e.value));
    } finally {
      state.lock.unlock();
    }
  }

  private static ObjectNode errorBody(int code, String msg, ObjectNode value) {
    ObjectNode root = Json.object();
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("msg", msg);
    if (value != null) {
      error.set("value", value);
    }
    return root;
  }

  private static Request request(String sentMethod, URI uri, Map<String, List<String>> sentHeaders, byte[] body) {
    String method = sentMethod.toUpperCase(Locale.ROOT);
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    String path = uri.getPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.startsWith("/api/")) {
      String rest = path.substring(4);
      if (rest.startsWith("/dci/") || rest.startsWith("/vm/") || rest.startsWith("/auth/")) {
        path = rest;
      }
    }
    if (path.equals("/manager/billmgr")) {
      path = "/billmgr";
    }
    Panel panel = path.startsWith("/dci/") ? Panel.DCIMANAGER
        : path.startsWith("/vm/") ? Panel.VMMANAGER
        : path.startsWith("/auth/") ? Panel.AUTH
        : path.equals("/billmgr") ? Panel.BILLMANAGER
        : Panel.NONE;
    String rawQuery = uri.getRawQuery();
    Map<String, String> params = Request.parseForm(rawQuery);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    sentHeaders.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    if (panel == Panel.BILLMANAGER && body.length > 0) {
      Request.parseForm(new String(body, java.nio.charset.StandardCharsets.UTF_8), params);
    }
    return new Request(method, rawPath, path, panel, rawQuery == null ? "" : rawQuery, params, headers, body);
  }

  private void record(Request request, Reply reply, Fault fault) {
    RecordedCall call = new RecordedCall(state.now(), request.panel, request.method, request.path, request.rawPath,
        request.rawQuery, request.headers, request.bodyText(), reply.reset ? 0 : reply.status,
        fault == null ? null : fault.kind());
    synchronized (calls) {
      calls.addLast(call);
      while (calls.size() > state.options.recordLimit()) {
        calls.removeFirst();
      }
    }
  }

  List<RecordedCall> calls() {
    synchronized (calls) {
      return new ArrayList<>(calls);
    }
  }

  void clearCalls() {
    synchronized (calls) {
      calls.clear();
    }
  }
}
