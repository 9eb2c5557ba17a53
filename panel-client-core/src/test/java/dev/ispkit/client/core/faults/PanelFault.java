package dev.ispkit.client.core.faults;

/**
 * The rows of a fault matrix: what goes wrong on the panel's side of one call, in the order the reliability
 * document lists them. Each is made on the call's own endpoint (the login is left alone) by {@link FaultCell}.
 */
public enum PanelFault {
  /** Two 503 answers, then the normal answer: the panel waking up. */
  BURST_503("503 burst", "two 503 answers, then the normal one"),
  /** Every answer a 500. */
  ERROR_500("500", "every answer a 500 with the panel's error body"),
  /** The connection is reset before a byte of the answer came. */
  RESET_BEFORE_HEADERS("reset before headers", "the connection reset before any byte of the answer"),
  /** A 200 status and headers, then garbage and a closed connection (WireMock's malformed chunk). */
  RESET_MID_BODY("reset mid-body", "status 200 and headers, then a broken chunk and a closed connection"),
  /** No answer within the read timeout. */
  READ_TIMEOUT("read timeout before headers", "no status line within the read timeout"),
  /** The status, the headers and half the body, then nothing for longer than the read timeout. */
  SLOW_BODY("slow body", "status, headers and half the body, then silence past the read timeout"),
  /** A 200 whose JSON is cut in the middle (through a secret, where the answer carries one). */
  MALFORMED_JSON("malformed JSON", "status 200, the JSON cut in the middle (through a secret where it has one)"),
  /** A 200 whose body is the JSON literal {@code null}. */
  NULL_BODY("`null` body", "status 200, the body the JSON literal `null`"),
  /** An nginx "502 Bad Gateway" HTML page, as a proxy in front of a panel sends. */
  HTML_PAGE("HTML page", "an nginx `502 Bad Gateway` HTML page from a proxy in front of the panel"),
  /** The session refused once (the panel's own way), then accepted after a new login. */
  EXPIRED_401("401 expired", "the session refused once, accepted again after a new login");

  private final String label;
  private final String made;

  PanelFault(String label, String made) {
    this.label = label;
    this.made = made;
  }

  /** The row's name in the document and in test names. */
  public String label() {
    return label;
  }

  /** What the panel does, in a few words, for the document's list of faults. */
  public String made() {
    return made;
  }

  @Override
  public String toString() {
    return label;
  }
}
