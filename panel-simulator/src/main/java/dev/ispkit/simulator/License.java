package dev.ispkit.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A software license on the license server, with BILLmanager's status codes. */
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
