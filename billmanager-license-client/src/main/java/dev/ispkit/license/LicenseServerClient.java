package dev.ispkit.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.InvalidInputException;
import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelInvalidRequestException;
import dev.ispkit.client.core.transport.PanelJson;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.client.core.PanelOutcomeUnknownException;
import dev.ispkit.client.core.transport.PanelErrors;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.transport.Authenticator;
import dev.ispkit.client.core.transport.OperationPoller;
import dev.ispkit.client.core.transport.PanelTransport;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of a BILLmanager used as a license server: ISPsystem's own ({@code
 * https://api.ispsystem.com/manager/billmgr}) or a reseller's. It checks IPs, orders ISPsystem software licenses and
 * keeps them: reads, lists, rebinds to another IP and name, makes new keys, prolongs, suspends, resumes, deletes and
 * changes their pricelist.
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder()
 *     .baseUrl("https://api.ispsystem.com/manager/billmgr")
 *     .credentials(Credentials.of("reseller", password))
 *     .build();
 * try (LicenseServerClient licenses = LicenseServerClient.create(config)) {
 *   if (licenses.checkIp("3541", 1, "192.0.2.10").orderable()) {
 *     long id = licenses.order(LicenseOrder.builder().pricelist("3541").period(1)
 *         .ip("192.0.2.10").licenseName("Item #1042 addon vps1042").build());
 *     License ready = licenses.awaitKey(id, WaitOptions.timeout(Duration.ofMinutes(5)));
 *   }
 * }
 * }</pre>
 *
 * <p>How it talks: every call is a POST form ({@code application/x-www-form-urlencoded}) to the base URL itself, with
 * {@code func}, the call's fields, {@code out=json}, {@code lang=en} (English error messages) and the credentials
 * ({@code authinfo}, or the session's {@code auth}), all in the body, so no password lands in an access log or in a
 * URL shown by an exception. The configuration's {@code apiPrefix} is not used: the base URL names the whole path.
 *
 * <p>Periods are BILLmanager's period codes, as {@code period=} carries them: a number of months (1 to 120; ISPsystem
 * licenses are sold for 1 and 12), {@code -100} trial, {@code -50} one day, {@code 0} lifetime. Which period a
 * license is bought or renewed for is the provisioning engine's business; this client only checks that the code is
 * one of these.
 *
 * <p>Failures: BILLmanager answers errors with HTTP 200 and {@code doc.error}; they become the exceptions of {@code
 * dev.ispkit.client.core}: type {@code value} a {@link PanelInvalidRequestException}, {@code missed} a {@link
 * PanelNotFoundException}, {@code exists} a {@link PanelConflictException}, {@code auth} a {@link
 * dev.ispkit.client.core.PanelAuthenticationException}, {@code access} a {@link
 * dev.ispkit.client.core.PanelPermissionException}, any other type (for example {@code balance}) a {@link
 * PanelInvalidRequestException} whose {@link PanelException#panelCode()} is the type. Reads ({@code soft}, {@code
 * soft.edit} without {@code sok}, {@code soft.checkip}) are repeated after timeouts and server errors; orders and
 * changes only when the server certainly did not process them (503, refused connection), so a timeout never buys a
 * second license. Bad input is refused with an {@link InvalidInputException} before anything is sent.
 *
 * <p>Thread-safe; build one per license server account and close it when done.
 */
public final class LicenseServerClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LicenseServerClient.class);
  static final String PANEL_NAME = "BILLmanager";
  private static final String LICENSE_MAY_EXIST = "the license may have been ordered";

  private final PanelTransport transport;
  private final BillmgrApi api;

  private LicenseServerClient(Builder builder) {
    ClientConfig config = builder.config;
    ObjectMapper mapper = PanelJson.newMapper();
    DocDecoder decoder = new DocDecoder(PANEL_NAME, mapper);
    this.transport = PanelTransport.builder(config)
        .panelName(PANEL_NAME)
        .mapper(mapper)
        .idempotency(new FuncIdempotency())
        .callDescriber(FuncCall::of)
        .callNamer(FuncCall::name)
        .encoder(new FormEncoder())
        .decoder(decoder)
        .build();
    URI root = config.baseUri();
    Authenticator authenticator;
    if (builder.authMode == AuthMode.SESSION) {
      BillmgrApi loginApi = transport.target(BillmgrApi.class, Authenticator.NONE, root);
      authenticator = new SessionAuthenticator(transport, loginApi, config.credentials());
    } else {
      authenticator = new AuthinfoAuthenticator(config.credentials());
    }
    decoder.refusalsGoTo(authenticator);
    this.api = transport.target(BillmgrApi.class, authenticator, root);
  }

  /**
   * A client that sends {@code authinfo} with every request ({@link AuthMode#AUTHINFO}).
   *
   * @param config base URL (with the path, for example {@code https://api.ispsystem.com/manager/billmgr}),
   *     credentials of the reseller account, timeouts, retry policy, logging
   * @return the client
   * @throws InvalidInputException when the credentials cannot be sent (see {@link Builder#build()})
   */
  public static LicenseServerClient create(ClientConfig config) {
    return builder(config).build();
  }

  /**
   * A builder, to choose the {@link AuthMode}.
   *
   * @param config the client configuration
   * @return the builder
   */
  public static Builder builder(ClientConfig config) {
    return new Builder(config);
  }

  /**
   * Asks whether a license of a pricelist may be ordered for an IP ({@code soft.checkip}), as BILLmanager's own
   * processing modules do before ordering.
   *
   * <p>Sent with {@code sok=yes}, as public code against ISPsystem's server does: the check is a confirmed
   * function call, not a form to show.
   *
   * @param pricelist the pricelist id, digits only, for example {@code 3541}
   * @param period the period code the order would be for: months (1 to 120), {@code -100} trial, {@code -50} day,
   *     {@code 0} lifetime
   * @param ip the IPv4 or IPv6 address
   * @return orderable, or the server's refusal ({@code doc.error} of type {@code value}, {@code exists} or {@code
   *     missed}; an authentication or permission error is thrown instead)
   * @throws InvalidInputException for a pricelist that is not numeric, an unknown period code, an IP that is not a
   *     literal
   */
  public IpCheck checkIp(String pricelist, int period, String ip) {
    Map<String, String> form = form("soft.checkip");
    form.put("pricelist", InputChecks.pricelist("pricelist", pricelist));
    form.put("period", String.valueOf(InputChecks.period("period", period)));
    form.put("ip", InputChecks.ip("ip", ip));
    form.put("sok", "yes");
    try {
      send(form);
      return IpCheck.allowed();
    } catch (PanelInvalidRequestException | PanelConflictException | PanelNotFoundException refusal) {
      if (!answeredWithDoc(refusal)) {
        throw refusal;
      }
      return IpCheck.refused(refusal.panelCode().orElse(null), refusal.panelMessage().orElse(null));
    }
  }

  /**
   * Orders a license and pays for it from the account balance ({@code soft.order.param} with {@code sok=ok}, {@code
   * skipbasket=on}, {@code clicked_button=finish}). The key may not be there at once: see {@link #awaitKey(long,
   * WaitOptions)}.
   *
   * <p>Never repeated after a timeout or a server error (it could buy a second license): on such a failure, {@link
   * #list()} tells whether the order went through. An answer that breaks off, cannot be read, or lacks the license id
   * is a {@link PanelOutcomeUnknownException} saying the license may have been ordered and how to find it.
   *
   * @param order what to order, checked when it was built
   * @return the new license's id ({@code doc.id}, else {@code doc.item.id})
   * @throws PanelInvalidRequestException when the server refuses the order (for example a low balance)
   * @throws PanelOutcomeUnknownException when the license may have been ordered but the answer does not say
   */
  public long order(LicenseOrder order) {
    Objects.requireNonNull(order, "order");
    Map<String, String> form = form("soft.order.param");
    form.put("pricelist", order.pricelist());
    form.put("period", String.valueOf(order.period()));
    form.put("ip", order.ip());
    form.put("licname", order.licenseName());
    order.autoprolong().ifPresent(autoprolong -> form.put("autoprolong", String.valueOf(autoprolong)));
    order.remoteId().ifPresent(remoteId -> form.put("remoteid", remoteId));
    order.addons().forEach((addon, quantity) -> form.put("addon_" + addon, String.valueOf(quantity)));
    form.put("sok", "ok");
    form.put("skipbasket", "on");
    form.put("clicked_button", "finish");
    PanelCall call = new PanelCall("POST", "[func=soft.order.param]");
    String lookFor = "in list() by its license name '" + order.licenseName() + "' and IP " + order.ip();
    JsonNode doc;
    try {
      doc = send(form);
    } catch (PanelOutcomeUnknownException unclear) {
      throw PanelErrors.mayExist(unclear, null, LICENSE_MAY_EXIST, lookFor, call);
    }
    // ISPsystem's own module reads doc.id; newer public code reads doc["item.id"]: either will do.
    long id = Doc.nonBlank(doc, "id").flatMap(LicenseServerClient::positive)
        .or(() -> Doc.nonBlank(doc, "item.id").flatMap(LicenseServerClient::positive)).orElseThrow(() ->
        PanelErrors.mayExist(null, PANEL_NAME + " accepted the order of pricelist " + order.pricelist() + " for "
            + order.ip() + " but sent no license id", LICENSE_MAY_EXIST, lookFor, call));
    LOG.debug("{}: ordered license {} (pricelist {}, {}, {})", PANEL_NAME, id, order.pricelist(), order.period(),
        order.ip());
    return id;
  }

  /**
   * Reads one license in full ({@code soft.edit} with its {@code elid} and without {@code sok}: the edit form, which
   * changes nothing). This is the read that carries the key and the times of the last IP and key change.
   *
   * @param id the license id
   * @return the license
   * @throws PanelNotFoundException when the server knows no such license ({@code missed})
   */
  public License get(long id) {
    return LicenseFields.read(readForm(id), id);
  }

  /**
   * Lists the account's licenses ({@code func=soft}), one row each, as the list carries them.
   *
   * <p>The list is not a full read: public code against ISPsystem's server reads every license it needs in full
   * with {@code soft.edit} because the rows "do not carry enough data". Expect the key and the change times to be
   * empty here; {@link #get(long)} reads them, and {@link #poolCandidates(String)} does both for the free-license
   * pool. A row without a usable id is skipped (and logged), since nothing could be done with it; a one-row list
   * sent as a single object instead of an array reads as one license.
   *
   * @return the licenses, in the server's order, deleted ones included when the server lists them
   */
  public List<License> list() {
    List<License> licenses = new ArrayList<>();
    for (Row row : rows()) {
      licenses.add(row.listed());
    }
    return licenses;
  }

  /**
   * The licenses that may be waiting in the free-license pool for a pricelist, each read in full: lists the
   * licenses ({@code func=soft}), then reads with {@code soft.edit} every one the list does not rule out, and keeps
   * those the full read does not rule out either. Ruled out is a license shown with another status than active or
   * suspended, another license name than {@code free.lic}, another IP than {@code 0.0.0.0}, or another pricelist; a
   * field a row does not carry rules nothing out.
   *
   * <p>Each license is its list row completed by its form (the form's fields win), so the key and the change times
   * come from the full read. Whether a license is free (expiry, change times over a month old) is the provisioning
   * engine's rule, not judged here. A license deleted between the list and its read is left out.
   *
   * <pre>{@code
   * List<License> candidates = client.poolCandidates("3541");   // one func=soft, one soft.edit per candidate
   * }</pre>
   *
   * @param pricelist the pricelist id, digits only, for example {@code 3541}
   * @return the candidates, in the list's order
   * @throws InvalidInputException for a pricelist that is not numeric
   */
  public List<License> poolCandidates(String pricelist) {
    long wanted = Long.parseLong(InputChecks.pricelist("pricelist", pricelist));
    List<License> candidates = new ArrayList<>();
    for (Row row : rows()) {
      long id = row.listed().id();
      if (!LicenseFields.mayBeFree(row.fields(), row.listed(), wanted)) {
        continue;
      }
      JsonNode form;
      try {
        form = readForm(id);
      } catch (PanelNotFoundException gone) {
        LOG.debug("{}: license {} was listed but is gone; not a pool candidate", PANEL_NAME, id);
        continue;
      }
      JsonNode full = LicenseFields.merge(row.fields(), form);
      License license = LicenseFields.read(full, id);
      if (LicenseFields.mayBeFree(full, license, wanted)) {
        candidates.add(license);
      }
    }
    return candidates;
  }

  /**
   * Binds a license to another IP and renames it ({@code soft.edit} with {@code ip}, {@code licname}, {@code
   * sok=ok}), for example {@code 0.0.0.0} and {@code free.lic} to put it back in the pool. The key is not renewed by
   * this; call {@link #newKey(long)} after it. License servers are understood to allow about one IP change a month.
   *
   * @param id the license id
   * @param ip the new IPv4 or IPv6 address ({@code 0.0.0.0} unbinds it)
   * @param licenseName the new license name, not blank
   */
  public void changeIpAndName(long id, String ip, String licenseName) {
    Map<String, String> form = form("soft.edit");
    form.put("elid", String.valueOf(Require.id("id", id)));
    form.put("ip", InputChecks.ip("ip", ip));
    form.put("licname", InputChecks.name("licenseName", licenseName));
    form.put("sok", "ok");
    send(form);
  }

  /**
   * Makes a new activation key ({@code soft.edit} with {@code clicked_button=newkey}, {@code sok=ok}), which the old
   * installation then no longer uses.
   *
   * @param id the license id
   * @return the new key when the answer carries it ({@code lickey}); otherwise read it later with {@link #get(long)}
   */
  public Optional<String> newKey(long id) {
    Map<String, String> form = form("soft.edit");
    form.put("elid", String.valueOf(Require.id("id", id)));
    form.put("clicked_button", "newkey");
    form.put("sok", "ok");
    return Doc.nonBlank(send(form), "lickey");
  }

  /**
   * Prolongs a license, paid from the balance ({@code service.prolong} with {@code period}, {@code sok=ok}). An
   * active license is renewed from its expiry date, a suspended one from today (ISPsystem's renewal rules).
   *
   * <p>Not read back when the answer lacks the date: a read that failed after a prolong that succeeded would tempt the
   * caller to prolong again.
   *
   * @param id the license id
   * @param period how long to prolong it for, as a period code (months 1 to 120; see the class description)
   * @return the new expiry date, from the answer's {@code doc.newexpiredate} (read one level deeper, {@code
   *     doc.doc.newexpiredate}, where BILLmanager puts it); empty when the answer has none
   */
  public Optional<LocalDate> prolong(long id, int period) {
    Map<String, String> form = form("service.prolong");
    form.put("elid", String.valueOf(Require.id("id", id)));
    form.put("period", String.valueOf(InputChecks.period("period", period)));
    form.put("sok", "ok");
    JsonNode doc = send(form);
    return Doc.date(doc.get("doc"), "newexpiredate").or(() -> Doc.date(doc, "newexpiredate"));
  }

  /**
   * Suspends a license ({@code soft.suspend}); it stops working until resumed.
   *
   * @param id the license id
   */
  public void suspend(long id) {
    Map<String, String> form = form("soft.suspend");
    form.put("elid", String.valueOf(Require.id("id", id)));
    send(form);
  }

  /**
   * Resumes a suspended license ({@code soft.resume}). One that ran out must be prolonged instead.
   *
   * @param id the license id
   */
  public void resume(long id) {
    Map<String, String> form = form("soft.resume");
    form.put("elid", String.valueOf(Require.id("id", id)));
    send(form);
  }

  /**
   * Deletes a license ({@code soft.delete} with {@code sok=ok}). Whether the unused period is refunded is not
   * documented; ISPsystem's own integration never deletes but returns licenses to the pool.
   *
   * @param id the license id
   */
  public void delete(long id) {
    Map<String, String> form = form("soft.delete");
    form.put("elid", String.valueOf(Require.id("id", id)));
    form.put("sok", "ok");
    send(form);
  }

  /**
   * Moves a license to another pricelist ({@code service.changepricelist} with {@code pricelist}, {@code period},
   * {@code sok=ok}), for example from ISPmanager Lite to Business.
   *
   * @param id the license id
   * @param pricelist the new pricelist id, digits only
   * @param period the period code under the new pricelist (see the class description)
   */
  public void changePricelist(long id, String pricelist, int period) {
    Map<String, String> form = form("service.changepricelist");
    form.put("elid", String.valueOf(Require.id("id", id)));
    form.put("pricelist", InputChecks.pricelist("pricelist", pricelist));
    form.put("period", String.valueOf(InputChecks.period("period", period)));
    form.put("sok", "ok");
    send(form);
  }

  /**
   * Waits until a license has its activation key, reading it ({@link #get(long)}) every poll interval: after an
   * order the server makes the key a little later (status {@link LicenseStatus#PROCESSING} meanwhile).
   *
   * @param id the license id
   * @param options timeout and poll interval
   * @return the license with its key
   * @throws OperationTimeoutException when the timeout passes first
   * @throws OperationFailedException at once when the license is deleted
   */
  public License awaitKey(long id, WaitOptions options) {
    return awaitKey(id, options, null);
  }

  /**
   * Waits until a license has its activation key, telling a listener of every read.
   *
   * @param id the license id
   * @param options timeout and poll interval
   * @param progress told of every read, in order; may be null
   * @return the license with its key
   * @throws OperationTimeoutException when the timeout passes first
   * @throws OperationFailedException at once when the license is deleted
   */
  public License awaitKey(long id, WaitOptions options, Consumer<? super License> progress) {
    Require.id("id", id);
    Require.present("options", options);
    return OperationPoller.await(transport, "license-key", "the key of license " + id, () -> get(id),
        license -> license.hasKey() ? OperationPoller.Outcome.SUCCEEDED
            : license.status() == LicenseStatus.DELETED ? OperationPoller.Outcome.FAILED
            : OperationPoller.Outcome.RUNNING,
        license -> "status " + license.status() + " (" + license.rawStatus().orElse("none") + "), "
            + (license.status() == LicenseStatus.DELETED ? "the license is deleted" : "no key yet"),
        options, progress);
  }

  /** Releases the connections and threads of this client. */
  @Override
  public void close() {
    transport.close();
  }

  private static Map<String, String> form(String func) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("func", func);
    return form;
  }

  private JsonNode send(Map<String, String> form) {
    form.put("out", "json");
    form.put("lang", "en");
    return api.call(form);
  }

  /** The {@code soft.edit} form of one license: its full read. */
  private JsonNode readForm(long id) {
    Map<String, String> form = form("soft.edit");
    form.put("elid", String.valueOf(Require.id("id", id)));
    return send(form);
  }

  /** The rows of {@code func=soft} that have a usable id; the others are logged and skipped. */
  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (JsonNode fields : Doc.elems(send(form("soft")))) {
      Optional<License> listed = LicenseFields.read(fields);
      if (listed.isPresent()) {
        rows.add(new Row(fields, listed.get()));
      } else {
        LOG.warn("{}: a license list row without an id was skipped (fields {})", PANEL_NAME, fieldNames(fields));
      }
    }
    return rows;
  }

  /** One row of the license list: its fields as sent and the license they make. */
  private record Row(JsonNode fields, License listed) {}

  /** Whether the failure is the server's {@code doc.error} (an answer), not an HTTP status of a proxy or the like. */
  private static boolean answeredWithDoc(PanelException failure) {
    int status = failure.httpStatus().orElse(-1);
    return status >= 200 && status < 300;
  }

  private static Optional<Long> positive(String text) {
    try {
      long value = Long.parseLong(text);
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static List<String> fieldNames(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Builds a {@link LicenseServerClient}. */
  public static final class Builder {
    private final ClientConfig config;
    private AuthMode authMode = AuthMode.AUTHINFO;

    private Builder(ClientConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * How the client logs in; {@link AuthMode#AUTHINFO} unless set.
     *
     * @param authMode the mode
     * @return this builder
     */
    public Builder authMode(AuthMode authMode) {
      this.authMode = Require.present("authMode", authMode);
      return this;
    }

    /**
     * Builds the client; sends nothing yet (a session is opened by the first call).
     *
     * @return the client
     * @throws InvalidInputException for a blank user name or password, or (with {@link AuthMode#AUTHINFO}) a user
     *     name with a colon, which {@code authinfo=<user>:<password>} cannot carry
     */
    public LicenseServerClient build() {
      Credentials credentials = config.credentials();
      Require.notBlank("username", credentials.username());
      Require.secret("password", credentials.password());
      if (authMode == AuthMode.AUTHINFO && credentials.username().indexOf(':') >= 0) {
        // Not repeated: a "user:password" pasted into the user name field would put the password in the message.
        throw InvalidInputException.secret("username",
            "must not contain ':' with AuthMode.AUTHINFO (authinfo is user:password); use AuthMode.SESSION");
      }
      return new LicenseServerClient(this);
    }
  }
}
