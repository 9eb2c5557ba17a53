package dev.ispkit.simulator;

/**
 * The error codes the simulated DCImanager 6 and VMmanager 6 answer with. 1000, 1106 and 3080 are the panels' own
 * (seen in public clients); the 5xxx codes are the simulator's choice where the docs show none, listed in the
 * README so tests can rely on them.
 */
enum PanelError {
  /** Missing, unknown or expired token: log in again. */
  UNAUTHORIZED(401, 1000),
  /** Login with a wrong e-mail or password. */
  BAD_CREDENTIALS(401, 1001),
  /** No handler for the method and path. */
  HANDLER_NOT_FOUND(404, 1106),
  /** The object named in the path does not exist. */
  INSTANCE_NOT_FOUND(404, 3080),
  /** A body that is not JSON, lacks a property, has an unexpected one, or a bad value. */
  INVALID_VALUE(400, 5000),
  /** A where, orderby or limit the panel cannot parse, or a field it does not know. */
  INVALID_FILTER(400, 5001),
  /** The object is in a state that forbids the call: owned by someone else, an operation already running. */
  CONFLICT(400, 5002),
  /** The hardware refused: the BMC (IPMI) did not answer a power command. */
  IPMI_FAILURE(500, 5003);

  final int status;
  final int code;

  PanelError(int status, int code) {
    this.status = status;
    this.code = code;
  }
}
