package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BILLmanager's func API as a license server: {@code authinfo} or {@code func=auth} sessions, the {@code soft.*}
 * functions, {@code service.prolong}. Answers are {@code doc} documents ({@code "$"} for text, {@code "$attr"} for
 * attributes, lists under {@code elem}) in JSON or XML; every error is HTTP 200 with {@code doc.error}.
 */
final class BillingPanel {
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

  private final SimState state;
  private final Billing billing;

  BillingPanel(SimState state) {
    this.state = state;
    this.billing = state.billing;
  }

  Reply handle(Request r) {
    String out = r.param("out");
    boolean xml = out != null && out.equalsIgnoreCase("xml");
    ObjectNode doc;
    try {
      doc = dispatch(r);
    } catch (PanelException e) {
      doc = Json.object();
      ObjectNode error = doc.putObject("error");
      error.put("$type", e.type == null ? "value" : e.type);
      error.put("$object", e.object == null ? "" : e.object);
      error.putObject("msg").put("$", e.getMessage());
    }
    doc.put("$lang", "en");
    doc.put("$func", r.param("func") == null ? "" : r.param("func"));
    ObjectNode root = Json.object();
    root.set("doc", doc);
    return xml ? Reply.text(200, "text/xml; charset=UTF-8", Xml.of(root)) : Reply.json(root);
  }

  private ObjectNode dispatch(Request r) {
    String func = r.param("func");
    Instant now = state.now();
    if ("auth".equals(func)) {
      return auth(r, now);
    }
    authenticate(r, now);
    if (func == null || func.isEmpty()) {
      throw PanelException.billing("missed", "func", "Function is not specified");
    }
    PanelException scripted = billing.takeScriptedError(func);
    if (scripted != null) {
      throw scripted;
    }
    switch (func) {
      case "soft":
        return list();
      case "soft.order.param":
        return order(r, now);
      case "soft.checkip":
        return checkIp(r);
      case "soft.edit":
        return edit(r, now);
      case "service.prolong":
        return prolong(r, now);
      case "soft.suspend":
        return suspend(r, true);
      case "soft.resume":
        return suspend(r, false);
      case "soft.delete":
        return delete(r);
      default:
        throw PanelException.billing("missed", "func", "Unknown function '" + func + "'");
    }
  }

  private ObjectNode auth(Request r, Instant now) {
    String user = r.param("username");
    String password = r.param("password");
    if (!state.options.billingUser().equals(user) || !state.options.billingPassword().equals(password)) {
      throw PanelException.billing("auth", "", "Invalid username or password");
    }
    Billing.Session session = new Billing.Session(billing.newSessionId(), user, now);
    billing.sessions.put(session.id(), session);
    ObjectNode doc = Json.object();
    ObjectNode auth = doc.putObject("auth");
    auth.put("$id", session.id());
    auth.put("$level", "16");
    auth.put("$", session.id());
    return doc;
  }

  /** {@code authinfo=user:password} on the call, or {@code auth=<session>} idle no longer than the period. */
  private void authenticate(Request r, Instant now) {
    String authinfo = r.param("authinfo");
    if (authinfo != null) {
      int colon = authinfo.indexOf(':');
      if (colon > 0 && state.options.billingUser().equals(authinfo.substring(0, colon))
          && state.options.billingPassword().equals(authinfo.substring(colon + 1))) {
        return;
      }
      throw PanelException.billing("auth", "", "Invalid username or password");
    }
    String sessionId = r.param("auth");
    if (sessionId == null) {
      sessionId = r.cookie("billmgrses5");
    }
    Billing.Session session = sessionId == null ? null : billing.sessions.get(sessionId);
    if (session == null) {
      throw PanelException.billing("auth", "", "Authorization required");
    }
    if (!now.isBefore(session.lastUsed().plus(state.options.billingSessionPeriod()))) {
      billing.sessions.remove(sessionId);
      throw PanelException.billing("auth", "", "Session expired, log in again");
    }
    billing.sessions.put(sessionId, new Billing.Session(sessionId, session.user(), now));
  }

  private ObjectNode list() {
    ObjectNode doc = Json.object();
    ArrayNode elems = Json.array();
    for (License l : billing.licenses.values()) {
      fields(elems.addObject(), l.row());
    }
    if (state.options.singleElemAsObject() && elems.size() == 1) {
      doc.set("elem", elems.get(0));
    } else {
      doc.set("elem", elems);
    }
    return doc;
  }

  private static void fields(ObjectNode into, Map<String, String> fields) {
    fields.forEach((name, value) -> text(into, name, value));
  }

  private static void text(ObjectNode into, String name, String value) {
    into.putObject(name).put("$", value == null ? "" : value);
  }

  private License.Pricelist pricelist(Request r) {
    String value = r.param("pricelist");
    License.Pricelist pricelist = null;
    if (value != null && value.matches("\\d+")) {
      pricelist = Billing.PRICELISTS.get(Long.parseLong(value));
    }
    if (pricelist == null) {
      throw PanelException.billing("value", "pricelist", "Unknown tariff plan '" + value + "'");
    }
    return pricelist;
  }

  private static int period(Request r) {
    String value = r.param("period");
    if (value == null || value.isEmpty()) {
      return 1;
    }
    try {
      int period = Integer.parseInt(value);
      if (Billing.PERIODS.contains(period)) {
        return period;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw PanelException.billing("value", "period", "Period '" + value + "' is not offered for this tariff plan");
  }

  private static String ip(Request r, boolean allowZero) {
    String ip = r.param("ip");
    if (ip == null || !IPV4.matcher(ip).matches() || (!allowZero && ip.equals("0.0.0.0"))) {
      throw PanelException.billing("value", "ip", "Invalid IP address '" + (ip == null ? "" : ip) + "'");
    }
    return ip;
  }

  private void refuseTakenIp(License.Pricelist pricelist, String ip, long except) {
    for (License l : billing.licenses.values()) {
      if (l.id != except && l.status != License.DELETED && l.pricelist.id() == pricelist.id() && l.ip.equals(ip)
          && !ip.equals("0.0.0.0")) {
        throw PanelException.billing("exists", "ip", "A license of this type for IP " + ip + " already exists");
      }
    }
  }

  private ObjectNode checkIp(Request r) {
    License.Pricelist pricelist = pricelist(r);
    period(r);
    refuseTakenIp(pricelist, ip(r, false), -1);
    return ok();
  }

  private ObjectNode order(Request r, Instant now) {
    License.Pricelist pricelist = pricelist(r);
    int period = period(r);
    String ip = ip(r, false);
    refuseTakenIp(pricelist, ip, -1);
    if (!"ok".equals(r.param("sok"))) {
      // Without sok the wizard only shows its form back: nothing is ordered.
      ObjectNode doc = Json.object();
      text(doc, "pricelist", String.valueOf(pricelist.id()));
      text(doc, "period", String.valueOf(period));
      text(doc, "ip", ip);
      return doc;
    }
    boolean pay = "on".equals(r.param("skipbasket"));
    BigDecimal price = Billing.price(pricelist, period);
    if (pay && billing.balance.compareTo(price) < 0) {
      throw PanelException.billing("balance", "account",
          "Not enough money on the account balance: " + billing.balance + " < " + price);
    }
    LocalDate today = Billing.date(now);
    String licname = r.param("licname");
    License l = new License(billing.nextId++, pricelist, period, licname == null ? "" : licname, ip,
        pay ? License.PROCESSING : License.ORDERED, today, today.plusMonths(period), now);
    if (pay) {
      billing.balance = billing.balance.subtract(price);
      l.keyDueAt = now.plus(billing.keyDelay);
    }
    String autoprolong = r.param("autoprolong");
    l.autoprolong = autoprolong == null || autoprolong.equals("null") ? "" : autoprolong;
    String remoteid = r.param("remoteid");
    l.remoteid = remoteid == null ? "" : remoteid;
    billing.licenses.put(l.id, l);
    // A zero delay means the key is there at once, as the next advance would give it anyway.
    billing.advance(now);
    ObjectNode doc = ok();
    text(doc, "id", String.valueOf(l.id));
    return doc;
  }

  private License license(Request r) {
    String elid = r.param("elid");
    License l = null;
    if (elid != null && elid.matches("\\d+")) {
      l = billing.licenses.get(Long.parseLong(elid));
    }
    if (l == null) {
      throw PanelException.billing("missed", "elid", "License '" + (elid == null ? "" : elid) + "' not found");
    }
    return l;
  }

  private static void refuseDeleted(License l) {
    if (l.status == License.DELETED) {
      throw PanelException.billing("value", "elid", "License " + l.id + " is deleted");
    }
  }

  private ObjectNode edit(Request r, Instant now) {
    License l = license(r);
    if (!"ok".equals(r.param("sok"))) {
      ObjectNode doc = Json.object();
      fields(doc, l.form());
      return doc;
    }
    refuseDeleted(l);
    if ("newkey".equals(r.param("clicked_button"))) {
      if (l.status == License.PROCESSING || l.status == License.ORDERED) {
        throw PanelException.billing("value", "status", "License " + l.id + " is not active yet");
      }
      l.lickey = billing.newKey();
      l.keyChangedAt = now;
      ObjectNode doc = ok();
      text(doc, "lickey", l.lickey);
      return doc;
    }
    if (r.param("ip") != null) {
      String ip = ip(r, true);
      if (!ip.equals(l.ip)) {
        refuseTakenIp(l.pricelist, ip, l.id);
        l.ip = ip;
        l.ipChangedAt = now;
      }
    }
    if (r.param("licname") != null) {
      l.licname = r.param("licname");
    }
    if (r.param("remoteid") != null) {
      l.remoteid = r.param("remoteid");
    }
    ObjectNode doc = ok();
    text(doc, "id", String.valueOf(l.id));
    return doc;
  }

  /** Renews from the expiry date, or from today when it had already run out (the renewal KB article). */
  private ObjectNode prolong(Request r, Instant now) {
    License l = license(r);
    refuseDeleted(l);
    int period = period(r);
    BigDecimal price = Billing.price(l.pricelist, period);
    if (billing.balance.compareTo(price) < 0) {
      throw PanelException.billing("balance", "account",
          "Not enough money on the account balance: " + billing.balance + " < " + price);
    }
    billing.balance = billing.balance.subtract(price);
    LocalDate today = Billing.date(now);
    LocalDate from = l.expiredate.isBefore(today) ? today : l.expiredate;
    l.expiredate = from.plusMonths(period);
    if (l.expired) {
      l.expired = false;
      l.status = License.ACTIVE;
    }
    ObjectNode doc = ok();
    ObjectNode inner = doc.putObject("doc");
    text(inner, "newexpiredate", l.expiredate.toString());
    return doc;
  }

  private ObjectNode suspend(Request r, boolean suspend) {
    License l = license(r);
    refuseDeleted(l);
    if (suspend) {
      if (l.status == License.ACTIVE) {
        l.status = License.SUSPENDED;
      }
    } else {
      if (l.expired) {
        throw PanelException.billing("value", "expiredate", "License " + l.id + " has expired; prolong it first");
      }
      if (l.status == License.SUSPENDED) {
        l.status = License.ACTIVE;
      }
    }
    return ok();
  }

  private ObjectNode delete(Request r) {
    License l = license(r);
    l.status = License.DELETED;
    return ok();
  }

  private static ObjectNode ok() {
    ObjectNode doc = Json.object();
    doc.putObject("ok");
    return doc;
  }

  /** COREmanager's XML form of the same document: {@code $} is text, {@code $name} an attribute. */
  static final class Xml {
    private Xml() {}

    static String of(ObjectNode root) {
      StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        element(out, e.getKey(), e.getValue());
      }
      return out.toString();
    }

    private static void element(StringBuilder out, String name, JsonNode node) {
      if (node.isArray()) {
        node.forEach(item -> element(out, name, item));
        return;
      }
      out.append('<').append(name);
      StringBuilder body = new StringBuilder();
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          if (e.getKey().equals("$")) {
            body.append(escape(e.getValue().asText()));
          } else if (e.getKey().startsWith("$")) {
            out.append(' ').append(e.getKey().substring(1)).append("=\"").append(escape(e.getValue().asText()))
                .append('"');
          } else {
            element(body, e.getKey(), e.getValue());
          }
        }
      } else {
        body.append(escape(node.asText()));
      }
      if (body.length() == 0) {
        out.append("/>");
      } else {
        out.append('>').append(body).append("</").append(name).append('>');
      }
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
