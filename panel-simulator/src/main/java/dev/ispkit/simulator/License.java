package dev.ispkit.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A software license on the license server, with BILLmanager's status codes, and the two ways the server shows it:
 * a row of the license list ({@link #row()}) and the edit form ({@link #form()}).
 *
 * <p>Column names follow public code that runs against ISPsystem's server (joonte/jbs): it reads {@code
 * pricelist_id}, {@code ip_change_date} and {@code lickey_change_date}, and reads the form of every license it needs
 * because the list rows lack data. So the key and the change times are in the form only. Which other columns each
 * carries is not seen; see docs/panel-contract.md for what the simulator decided.
 */
final class License {
  static final int ORDERED = 1;
  static final int ACTIVE = 2;
  static final int SUSPENDED = 3;
  static final int DELETED = 4;
  static final int PROCESSING = 5;

  record Pricelist(long id, String name, BigDecimal monthly) {}

  final long id;
  final Pricelist pricelist;
  int period;
  String licname;
  String ip;
  String lickey = "";
  int status;
  final LocalDate createdate;
  LocalDate expiredate;
  String autoprolong = "";
  String remoteid = "";
  Instant ipChangedAt;
  Instant keyChangedAt;
  /** When a processing license gets its key; null once it has one. */
  Instant keyDueAt;
  /** Suspended because it ran out, not by the reseller: prolonging resumes it. */
  boolean expired;

  /**
   * A row of {@code func=soft}: what the list shows of a license, without the key and the change times. {@code
   * pricelist} is the tariff's name here, as a list column shows it; the id is {@code pricelist_id}.
   */
  Map<String, String> row() {
    Map<String, String> row = shown();
    row.put("pricelist_id", String.valueOf(pricelist.id()));
    row.put("pricelist", pricelist.name());
    return row;
  }

  /**
   * The {@code soft.edit} form (without {@code sok}): the full read, with the key and the times of the last IP and
   * key change ({@code YYYY-MM-DD HH:MM:SS}, UTC). {@code pricelist} is the id here, as the form's select field.
   */
  Map<String, String> form() {
    Map<String, String> form = shown();
    form.put("elid", String.valueOf(id));
    form.put("pricelist", String.valueOf(pricelist.id()));
    form.put("pricelist_name", pricelist.name());
    form.put("lickey", lickey);
    form.put("ip_change_date", AuthService.DATE_TIME.format(ipChangedAt));
    form.put("lickey_change_date", AuthService.DATE_TIME.format(keyChangedAt));
    return form;
  }

  /** What the list and the form both show. */
  private Map<String, String> shown() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", String.valueOf(id));
    fields.put("name", pricelist.name());
    fields.put("licname", licname);
    fields.put("ip", ip);
    fields.put("status", String.valueOf(status));
    fields.put("period", String.valueOf(period));
    fields.put("createdate", createdate.toString());
    fields.put("expiredate", expiredate.toString());
    fields.put("autoprolong", autoprolong);
    fields.put("remoteid", remoteid);
    return fields;
  }

  License(long id, Pricelist pricelist, int period, String licname, String ip, int status, LocalDate createdate,
      LocalDate expiredate, Instant changedAt) {
    this.id = id;
    this.pricelist = pricelist;
    this.period = period;
    this.licname = licname;
    this.ip = ip;
    this.status = status;
    this.createdate = createdate;
    this.expiredate = expiredate;
    this.ipChangedAt = changedAt;
    this.keyChangedAt = changedAt;
  }
}
