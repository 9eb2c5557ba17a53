package dev.ispkit.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal the way a panel words it. Each panel front turns it into its own error shape: the DCImanager and
 * VMmanager {@code {"error":{"code","msg","value"}}} with an HTTP status, or BILLmanager's {@code doc.error} with
 * HTTP 200.
 */
final class PanelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final int code;
  /** BILLmanager's error {@code type} attribute; the v6 panels ignore it. */
  final String type;
  /** BILLmanager's error {@code object} attribute, or the v6 panels' {@code value} object. */
  final String object;
  final transient ObjectNode value;

  private PanelException(int status, int code, String type, String object, ObjectNode value, String msg) {
    super(msg, null, false, false);
    this.status = status;
    this.code = code;
    this.type = type;
    this.object = object;
    this.value = value;
  }

  static PanelException of(PanelError error, String msg) {
    return new PanelException(error.status, error.code, null, null, null, msg);
  }

  static PanelException of(PanelError error, String msg, ObjectNode value) {
    return new PanelException(error.status, error.code, null, null, value, msg);
  }

  static PanelException notFound(String what, Object id) {
    return of(PanelError.INSTANCE_NOT_FOUND, what + " " + id + " not found",
        Json.object().put("object", what).put("id", String.valueOf(id)));
  }

  static PanelException invalid(String property, String msg) {
    return of(PanelError.INVALID_VALUE, msg, Json.object().put("property", property));
  }

  /** A BILLmanager error: {@code doc.error} with its {@code type} and {@code object}. */
  static PanelException billing(String type, String object, String msg) {
    return new PanelException(200, 0, type, object, null, msg);
  }
}
